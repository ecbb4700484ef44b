// `sagemaker-study terms <file>`: one JSON line per term, 1-based positions that point at the text.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { termsCommand } from '../../src/cli/terms';
import { fixture, QUESTIONS_DIR } from '../fixtures/terms/shippedGlossary';
import { captureConsole } from '../support/captureConsole';

const FIXTURES = join(__dirname, '..', 'fixtures', 'terms');
const GLOSSARY = `--glossary=${QUESTIONS_DIR}`;

interface Line {
  line: number;
  column: number;
  endColumn: number;
  term: string;
  text: string;
}

/** Runs the command with console output captured. */
const run = (args: string[]) => captureConsole(() => termsCommand(args));

describe('sagemaker-study terms', function () {
  this.timeout(20_000);

  it('prints each term as a JSON line whose line and columns point at its text', () => {
    const { code, out } = run([join(FIXTURES, 'main.tf'), GLOSSARY]);
    assert.equal(code, 0);
    const lines = fixture('main.tf').split('\n');
    const found = out.map((l) => JSON.parse(l) as Line);
    assert.ok(found.length >= 7);
    for (const f of found) {
      assert.deepEqual(Object.keys(f), ['line', 'column', 'endColumn', 'term', 'text']);
      assert.equal(lines[f.line - 1].slice(f.column - 1, f.endColumn - 1), f.text, JSON.stringify(f));
    }
    assert.deepEqual(found.find((f) => f.text === 'ml.g4dn.xlarge'), { line: 14, column: 31, endColumn: 45, term: 'instance-g4dn', text: 'ml.g4dn.xlarge' });
    assert.equal(found.filter((f) => f.term === 'endpoint-config' && f.text === 'aws_sagemaker_endpoint_configuration').length, 3);
  });

  it('reads a notebook as JSON with the imports of its code cells', () => {
    const found = run([join(FIXTURES, 'notebook.ipynb'), GLOSSARY]).out.map((l) => JSON.parse(l) as Line);
    assert.ok(found.some((f) => f.text === 'Pipeline' && f.term === 'sagemaker-pipelines'), 'Pipeline( in a later cell counts: an earlier cell imports it');
    assert.ok(found.some((f) => f.text === 'SageMaker Pipelines'));
  });

  it('finds nothing in a file without terms, and says how to use it when called wrongly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sms-terms-'));
    try {
      const empty = join(dir, 'empty.py');
      writeFileSync(empty, 'x = 1\n');
      assert.deepEqual(run([empty, GLOSSARY]), { code: 0, out: [], err: [] });
      assert.equal(run([]).code, 2);
      assert.equal(run([empty, empty]).code, 2);
      const unknown = run([empty, '--fast']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.err[0], /unknown option --fast/);
      const missing = run([join(dir, 'nope.py'), GLOSSARY]);
      assert.equal(missing.code, 2);
      assert.match(missing.err[0], /nope\.py/);
      assert.equal(run([empty, `--glossary=${join(dir, 'none')}`]).code, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
