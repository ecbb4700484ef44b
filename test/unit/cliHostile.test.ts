// The check command on hostile files (issue 13): a cross-file id collision is never hidden, and a
// file that used to crash the CLI gets a positioned error and exit code 1.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from '../../src/cli/main';
import { captureConsole } from '../support/captureConsole';
import { BANK, EXAMS, GLOSSARY } from './fixtures';

function run(args: string[]): { code: number; out: string; err: string } {
  const r = captureConsole(() => main(args));
  return { code: r.code, out: r.out.join('\n'), err: r.err.join('\n') };
}

describe('sagemaker-study check on hostile files (issue 13)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sms-cli-hostile-'));
  const shown = (file: string) => relative(process.cwd(), join(dir, file));
  writeFileSync(join(dir, 'exams.yaml'), EXAMS.text);
  writeFileSync(join(dir, 'glossary-test.yaml'), GLOSSARY.text);
  // mla-a.yaml is the shipped bank; mla-b.yaml, read after it by the build, reuses one of its ids.
  writeFileSync(join(dir, 'mla-a.yaml'), BANK.text);
  const other = BANK.text.split('cases:\n')[0].replace('id: mla-test', 'id: mla-b').replace('id: t-deploy', 'id: t-other') +
    'questions:\n  - id: q-card\n    topic: t-other\n    type: flashcard\n    difficulty: 1\n    stem: S\n    answer: A\n    explanation: E\n    links: [https://docs.aws.amazon.com/x]\n';
  writeFileSync(join(dir, 'mla-b.yaml'), other);

  it('finding 9: check FILE reports a question id that collides with another file, whichever of the two is checked', () => {
    const error = `${shown('mla-b.yaml')}:12:9: error: duplicate question id 'q-card' (first defined at ${shown('mla-a.yaml')}:70:9)`;
    for (const file of ['mla-a.yaml', 'mla-b.yaml']) {
      const r = run(['check', join(dir, file)]);
      assert.equal(r.code, 1, `${file}: ${r.out} ${r.err}`);
      assert.ok(r.out.split('\n').includes(error), `${file}: ${r.out}`);
      assert.match(r.err, /1 error/);
    }
    // The build keeps the same question: the one in the file read first.
    const whole = run(['check', dir]);
    assert.ok(whole.out.split('\n').includes(error), whole.out);
  });

  it('finding 8: a 5,000-deep `- - - … x` line is an error with its position, not a crash', () => {
    writeFileSync(join(dir, 'deep.yaml'), `${'- '.repeat(5_000)}x\n`);
    const r = run(['check', join(dir, 'deep.yaml')]);
    assert.equal(r.code, 1, r.err);
    assert.equal(r.out, `${shown('deep.yaml')}:1:129: error: collections nest more than 64 levels deep here`);
  });
});
