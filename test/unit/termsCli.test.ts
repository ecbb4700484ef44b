// `sagemaker-study terms <file>`: one JSON line per term, 1-based positions that point at the text.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

  describe('on a folder', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'sms-terms-dir-'));
      const put = (path: string, text: string) => {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), text);
      };
      put('src/train.py', 'from sagemaker.estimator import Estimator\nest = Estimator(role=role)\n# deploy to a real-time endpoint\n');
      put('src/deploy.py', 'from sagemaker.estimator import Estimator\n');
      put('nb/explore.ipynb', JSON.stringify({ cells: [{ cell_type: 'markdown', source: 'Estimator' }, { cell_type: 'code', source: ['from sagemaker.estimator import Estimator\n', 'Estimator()\n'] }] }));
      put('node_modules/pkg/index.js', '// Amazon Bedrock\n');
      put('.gitignore', 'build/\n');
      put('build/out.py', 'from sagemaker.estimator import Estimator\n');
      put('notes.txt', 'Amazon Bedrock\n');
      put('big.py', `# Amazon Bedrock\n${'x = 1\n'.repeat(200_000)}`);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('prints each term with its places and files, skipping ignored folders, other languages and files over 1 MB', () => {
      const { code, out, err } = run([dir, GLOSSARY]);
      assert.equal(code, 0);
      assert.match(out[0], /^TERM\s+PLACES\s+FILES$/);
      const estimator = out.find((l) => l.startsWith('SageMaker AI Estimator'));
      assert.ok(estimator, out.join('\n'));
      assert.match(estimator, /\s5\s+nb\/explore\.ipynb, src\/deploy\.py, src\/train\.py$/);
      assert.ok(!out.some((l) => l.includes('Bedrock')), 'node_modules, .txt and the big file are not read');
      assert.ok(!out.some((l) => l.includes('build/')), '.gitignore is respected');
      assert.match(err.at(-1)!, /in 3 of 3 files scanned; 1 over 1 MB skipped \(big\.py\)/);
    });

    it('with --json prints one line per place, with the file and, in a notebook, the cell', () => {
      const lines = run([dir, '--json', GLOSSARY]).out.map((l) => JSON.parse(l) as Line & { file: string; cell?: number });
      const nb = lines.filter((l) => l.file === 'nb/explore.ipynb');
      assert.deepEqual(nb.map((l) => [l.cell, l.line, l.column, l.text]), [[2, 1, 33, 'Estimator'], [2, 2, 1, 'Estimator']]);
      const train = lines.find((l) => l.file === 'src/train.py' && l.line === 2)!;
      assert.deepEqual(Object.keys(train), ['file', 'line', 'column', 'endColumn', 'term', 'text']);
      assert.equal(train.text, 'Estimator');
    });
  });
});

