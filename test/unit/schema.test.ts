import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bankJsonSchema, glossaryJsonSchema } from '../../src/core/bank/jsonSchema';
import * as schema from '../../src/core/bank/schema';
import type { FieldSpec, ObjectSpec } from '../../src/core/bank/schema';

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

describe('field specs', () => {
  it('name no field as Object.prototype does, so the reader may keep values in plain objects', () => {
    const specs = Object.values(schema).filter((v): v is ObjectSpec => typeof v === 'object' && v !== null && 'fields' in v);
    const tables: Record<string, FieldSpec>[] = [...specs.map((s) => s.fields), schema.QUESTION_COMMON_FIELDS, ...Object.values(schema.QUESTION_TYPE_FIELDS)];
    const names = new Set<string>();
    const visit = (fields: Record<string, FieldSpec>) => {
      for (const [name, field] of Object.entries(fields)) {
        names.add(name);
        const type = field.type as { kind: string; spec?: ObjectSpec; of?: { spec?: ObjectSpec } };
        const nested = type.spec ?? type.of?.spec;
        if (nested) visit(nested.fields);
      }
    };
    tables.forEach(visit);
    assert.ok(names.has('stem') && names.has('why') && names.has('definition'), 'the walk reached the question, choice and term fields');
    assert.deepEqual([...names].filter((n) => n in Object.prototype || n === '__proto__'), []);
  });
});
