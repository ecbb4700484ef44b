// The sagemaker-study command line: check reports compiler-style and fails on errors.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { BANK, EXAMS, GLOSSARY } from './fixtures';
import { captureConsole } from '../support/captureConsole';

function run(args: string[]): { code: number; out: string; err: string } {
  const r = captureConsole(() => main(args));
  return { code: r.code, out: r.out.join('\n'), err: r.err.join('\n') };
}

describe('sagemaker-study CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sms-cli-'));
  writeFileSync(join(dir, 'exams.yaml'), EXAMS.text);
  writeFileSync(join(dir, 'glossary-test.yaml'), GLOSSARY.text);

  it('check passes a valid bank with exit code 0', () => {
    writeFileSync(join(dir, 'mla-test.yaml'), BANK.text);
    const r = run(['check', join(dir, 'mla-test.yaml')]);
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(r.out, '');
    assert.match(r.err, /1 file: 5 questions, 6 terms; 0 errors, 0 warnings/);
  });

  it('check prints file:line:col: error: … and exits 1 on errors', () => {
    writeFileSync(join(dir, 'mla-test.yaml'), BANK.text.replace('    explanation: Endpoints serve.', '    explanaton: Endpoints serve.'));
    const r = run(['check', join(dir, 'mla-test.yaml')]);
    assert.equal(r.code, 1);
    assert.match(r.out, /mla-test\.yaml:29:5: error: question q-single: unknown field 'explanaton' \(did you mean 'explanation'\?\)/);
  });

  it('check prints item-writing warnings without failing, and --figures prints the table', () => {
    writeFileSync(join(dir, 'mla-test.yaml'), BANK.text.replace('    stem: Which hosts a model for real-time inference?', '    stem: Which is the most common way to host a model for real-time inference?'));
    const r = run(['check', join(dir, 'mla-test.yaml'), '--figures']);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /mla-test\.yaml:20:11: warning: question q-single: write the qualifier 'most' in capitals \(MOST\)/);
    assert.match(r.out, /\| figure \| MLA-C01 \| AIF-C01 \|\n\|---\|---\|---\|\n\| questions \| 5 \| 0 \|/);
    assert.match(r.err, /0 errors, 1 warning/);
  });

  it('compile writes the catalog, and refuses to when a bank has errors', () => {
    writeFileSync(join(dir, 'mla-test.yaml'), BANK.text);
    const out = join(dir, 'out', 'catalog.json');
    assert.equal(run(['compile', out, dir]).code, 0);
    assert.equal((JSON.parse(readFileSync(out, 'utf8')) as { questions: unknown[] }).questions.length, 5);
    writeFileSync(join(dir, 'mla-test.yaml'), 'id: [broken');
    assert.equal(run(['compile', join(dir, 'out', 'other.json'), dir]).code, 1);
  });

  it('answers usage errors with exit code 2', () => {
    assert.equal(run(['nonsense']).code, 2);
    assert.equal(run(['check', join(dir, 'missing.yaml')]).code, 2);
  });
});
