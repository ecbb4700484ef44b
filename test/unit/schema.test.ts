import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bankJsonSchema, glossaryJsonSchema } from '../../src/core/bank/jsonSchema';

const root = join(__dirname, '..', '..');

describe('JSON Schemas for bank authors', () => {
  it('are the ones generated from the checker field specs (run npm run schema after changing them)', () => {
    assert.deepEqual(JSON.parse(readFileSync(join(root, 'questions', 'schema', 'bank.schema.json'), 'utf8')), bankJsonSchema());
    assert.deepEqual(JSON.parse(readFileSync(join(root, 'questions', 'schema', 'glossary.schema.json'), 'utf8')), glossaryJsonSchema());
    assert.deepEqual(JSON.parse(readFileSync(join(root, 'questions', 'schema', 'bank.personal.schema.json'), 'utf8')), bankJsonSchema(true));
  });

  it('are contributed through yamlValidation for the bank and glossary files', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { yamlValidation: { url: string }[] } };
    assert.deepEqual(pkg.contributes.yamlValidation.map((v) => v.url).sort(), ['./questions/schema/bank.personal.schema.json', './questions/schema/bank.schema.json', './questions/schema/glossary.schema.json']);
  });
});
