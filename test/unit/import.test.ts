// Importers: each format to a bank that loads, with every question not taken reported by line.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { compileCatalog } from '../../src/core/bank/compile';
import type { DraftQuestion } from '../../src/core/import/draft';
import { detectFormat } from '../../src/core/import/detect';
import { importQuestions, type ImportOutcome } from '../../src/core/import/importQuestions';
import { buildBank } from '../../src/core/import/toBank';

const root = join(__dirname, '..', '..');
const EXAMS = { path: 'questions/exams.yaml', text: readFileSync(join(root, 'questions', 'exams.yaml'), 'utf8') };
const fixture = (name: string) => join(root, 'test', 'fixtures', 'import', name);

interface BankQuestion {
  id: string;
  type: string;
  stem: string;
  answer?: string;
  select?: number;
  explanation?: string;
  links?: string[];
  tags: string[];
  topic: string;
  choices?: { text: string; correct: boolean; why?: string }[];
}

function run(file: string, text = readFileSync(file, 'utf8'), extra: Partial<Parameters<typeof importQuestions>[0]> = {}) {
  const result = importQuestions({ fileName: file, text, exams: EXAMS, ...extra });
  return result;
}
function ok(result: ImportOutcome): Extract<ImportOutcome, { ok: true }> & { bank: { questions: BankQuestion[]; topics: { id: string; title: string }[] } } {
  if (!result.ok) assert.fail(`${result.error}\n${JSON.stringify(result.diagnostics)}`);
  return { ...result, bank: parse(result.yaml) };
}
const right = (q: BankQuestion) => q.choices!.filter((c) => c.correct).map((c) => c.text);

describe('importers', () => {
  it('mkdocs-quiz: task lists become choices, > feedback the why, the rest the explanation', () => {
    const r = ok(run(fixture('quiz.md')));
    assert.equal(r.format, 'mkdocs-quiz');
    const [one, two] = r.bank.questions;
    assert.equal(one.type, 'single');
    assert.deepEqual(right(one), ['A serverless endpoint without provisioned concurrency']);
    assert.equal(one.choices![0].why, 'Provisioned concurrency is billed while it waits.');
    assert.match(one.stem, /\*\*real-time\*\*/, 'inline Markdown is kept');
    assert.match(one.explanation!, /^Serverless inference scales to zero/);
    assert.deepEqual(one.links, ['https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html']);
    assert.equal(two.type, 'multiple');
    assert.equal(two.select, 2);
    assert.equal(two.choices!.length, 4, 'a quote at the margin does not end the answers');
    assert.equal(two.choices![2].why, 'A larger volume does not make the download faster.');
    assert.equal(r.bank.topics[0].title, 'Endpoint drills', 'the front matter title names the topic');
    assert.deepEqual(r.skipped, [{ line: 28, reason: 'quiz block has no answers (- [x] / - [ ]), skipped' }]);
  });

  it('practice-test: the italic paragraph is the answer, struck text and trailing paragraphs explain, code survives', () => {
    const r = ok(run(fixture('practice.md')));
    assert.equal(r.format, 'practice-test');
    const [one, three] = r.bank.questions;
    assert.equal(one.type, 'flashcard');
    assert.match(one.answer!, /^Asynchronous inference\./);
    assert.match(one.explanation!, /Not the best choice: Serverless inference/);
    assert.deepEqual(one.links, ['https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html']);
    assert.match(three.explanation!, /```python\nestimator = Estimator\(use_spot_instances=True/);
    assert.deepEqual(r.bank.topics.map((t) => t.title), ['Deployment', 'Training'], 'each ## heading is a topic');
    assert.deepEqual(r.skipped.map((s) => s.line), [13]);
  });

  it('mkdocs-material admonitions: the bold run is the answer, quotes inside titles survive', () => {
    const r = ok(run(fixture('cards.md')));
    assert.equal(r.format, 'mkdocs-admonition');
    assert.deepEqual(r.bank.questions.map((q) => [q.stem, q.answer]), [
      ['Which service turns speech into text?', 'Amazon Transcribe'],
      ['What does "Pipe mode" stream?', 'Training data from S3, without downloading it first'],
    ]);
    assert.deepEqual(r.skipped, [{ line: 9, reason: 'question has no bold answer at the start of its body, skipped' }]);
  });

  it('GIFT: single, weighted multiple response, true/false; broken and essay questions reported by line', () => {
    const r = ok(run(fixture('sample.gift')));
    assert.equal(r.format, 'gift');
    const [q1, q2, q3] = r.bank.questions;
    assert.equal(q1.type, 'single');
    assert.deepEqual(right(q1), ['Serverless inference']);
    assert.equal(q1.choices![1].why, 'It bills while idle.');
    assert.equal(q1.explanation, 'Serverless suits intermittent traffic.');
    assert.equal(q2.type, 'multiple');
    assert.equal(q2.select, 2);
    assert.match(q2.stem, /Select TWO/);
    assert.equal(q3.type, 'flashcard');
    assert.match(q3.answer!, /^True\. Pre-training bias metrics\./);
    assert.ok(q1.topic.endsWith('-deployment'), 'the $CATEGORY names the topic');
    assert.deepEqual(r.skipped.map((s) => s.line), [20, 22]);
    assert.match(r.skipped[1].reason, /essay/);
  });

  it('Anki plain text: headers, HTML to Markdown, clozes, CRLF, quoted fields; empty notes reported', () => {
    const r = ok(run(fixture('notes.txt')));
    assert.equal(r.format, 'anki');
    const [feature, cloze, quoted] = r.bank.questions;
    assert.equal(feature.stem, 'What does **Feature Store** offer?');
    assert.match(feature.answer!, /Online and offline stores/);
    assert.deepEqual(feature.tags, ['imported', 'sagemaker', 'features']);
    assert.equal(cloze.stem, '[…] turns text into speech.');
    assert.match(cloze.answer!, /\*\*Amazon Polly\*\*/);
    assert.match(quoted.stem, /Quoted "front" with/);
    assert.deepEqual(r.skipped.map((s) => s.line), [6, 7]);
  });

  it('CSV: option columns, letter and text keys; a key pointing at a missing option is reported', () => {
    const r = ok(run(fixture('questions.csv')));
    assert.equal(r.format, 'csv');
    const [store, two, parquet] = r.bank.questions;
    assert.deepEqual(right(store), ['Online store']);
    assert.equal(two.type, 'multiple');
    assert.deepEqual(right(two), ['Serverless', 'Asynchronous']);
    assert.deepEqual(right(parquet), ['Parquet']);
    assert.deepEqual(r.skipped, [
      { line: 4, reason: "answer 'E' points at option E, but the row has 3 options, skipped" },
      { line: 6, reason: 'row has no question, skipped' },
    ]);
  });

  it('CSV with a BOM, CRLF and one options column split by |', () => {
    const text = '\uFEFFStem;Choices;Key\r\nWhich is columnar?;A. Parquet | B. CSV | C. JSON;a\r\n';
    const r = ok(run('sheet.csv', text));
    assert.deepEqual(right(r.bank.questions[0]), ['Parquet']);
  });

  it('importing the same file twice gives the same ids; inserting a question keeps the others', () => {
    const text = readFileSync(fixture('quiz.md'), 'utf8');
    const a = ok(run('quiz.md', text));
    assert.equal(ok(run('quiz.md', text)).yaml, a.yaml);
    const inserted = text.replace('<quiz>', '<quiz>\nA new first question?\n- [x] Yes\n- [ ] No\n- [ ] Maybe\n</quiz>\n\n<quiz>');
    const b = ok(run('quiz.md', inserted));
    const idsA = a.bank.questions.map((q) => q.id);
    assert.deepEqual(b.bank.questions.slice(1).map((q) => q.id), idsA);
  });

  it('refuses what it cannot read, with a reason, and writes nothing', () => {
    const big = run('huge.csv', 'question,answer\n' + 'x'.repeat(6 * 1024 * 1024));
    assert.equal(big.ok, false);
    assert.match((big as { error: string }).error, /over 5 MB/);
    const unknown = run('notes.bin', 'just some words');
    assert.match((unknown as { error: string }).error, /could not tell the format/);
    const none = run('q.csv', 'question,answer\n,\n');
    assert.equal(none.ok, false);
    const badExam = run(fixture('quiz.md'), undefined, { exam: 'XYZ-C01' });
    assert.match((badExam as { error: string }).error, /exam 'XYZ-C01' is not in/);
  });

  it('hostile input: broken HTML, tabs, NULs, and 2,000 rows (npm run bench times them)', function () {
    this.timeout(20_000);
    const html = ok(run('n.txt', '#separator:tab\n#html:true\n<div><b>Unclosed <i>front\t<script>alert(1)</script>back<br\n'));
    assert.doesNotMatch(html.yaml, /<script>/i);
    const rows = Array.from({ length: 2_000 }, (_, i) => `"Question ${i}\u0000 about Parquet?",Parquet,CSV,JSON,A,"Because ${'x'.repeat(150)}"`);
    const big = ok(run('big.csv', `question,a,b,c,answer,explanation\n${rows.join('\n')}`));
    assert.equal(big.questions, 2_000);
  });

  it('detects the format from content when the name does not say', () => {
    assert.equal(detectFormat('a.txt', '<quiz>\nQ?\n- [x] a\n</quiz>'), 'mkdocs-quiz');
    assert.equal(detectFormat('a.txt', '??? question "Q?"\n    **A**'), 'mkdocs-admonition');
    assert.equal(detectFormat('a.txt', '::t:: Q? {=a ~b ~c}'), 'gift');
    assert.equal(detectFormat('a.txt', '#separator:tab\nf\tb'), 'anki');
    assert.equal(detectFormat('a.txt', '1. Q?\n\n    *A.*'), 'practice-test');
    assert.equal(detectFormat('a.csv', 'question,answer'), 'csv');
  });

  it('never produces a bank the loader rejects (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 });
    const draft: fc.Arbitrary<DraftQuestion> = fc.record({
      line: fc.nat(),
      stem: text,
      choices: fc.option(fc.array(fc.record({ text, correct: fc.boolean(), why: fc.option(text, { nil: undefined }) }), { maxLength: 8 }), { nil: undefined }),
      answer: fc.option(text, { nil: undefined }),
      explanation: fc.option(text, { nil: undefined }),
      links: fc.array(fc.constantFrom('https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html', 'https://example.com/a'), { maxLength: 2 }),
      tags: fc.array(fc.constantFrom('a', 'B c', 'd'), { maxLength: 2 }),
      section: fc.option(text, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(draft, { minLength: 1, maxLength: 6 }), (drafts) => {
        const built = buildBank(drafts, { bankId: 'my-prop', title: 'Prop', exam: 'MLA-C01', guide: '1.0', domain: 2, source: 'p.txt', format: 'csv' });
        const { diagnostics, catalog } = compileCatalog([EXAMS, { path: 'my-prop.yaml', text: built.yaml, personal: true }]);
        const errors = diagnostics.filter((d) => d.severity === 'error');
        if (built.questions > 0) {
          assert.deepEqual(errors, [], built.yaml);
          assert.equal(catalog.questions.length, built.questions);
        }
        assert.equal(built.questions + built.skipped.length, drafts.length, 'every draft is either a question or reported');
      }),
      { numRuns: 200 },
    );
  });
});

describe('importing the seed documents', () => {
  const seeds = join(root, '..', 'shared', 'seeds');
  const seed = (prefix: string) => (existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith(prefix)) : undefined);
  const cases: [string, string, number, string, [number, string]][] = [
    ['000', 'mkdocs-admonition', 20, 'flashcard', [1, 'Amazon Textract']],
    ['001', 'mkdocs-quiz', 20, 'single', [0, 'The statistical distribution of the input data in production has changed compared to the training data baseline.']],
    ['003', 'practice-test', 17, 'flashcard', [0, 'Receiver operating characteristic (ROC) curve.']],
  ];
  for (const [prefix, format, count, type, [index, answer]] of cases) {
    it(`seed ${prefix}: ${count} questions as ${format}, answers as checked by hand`, function () {
      const name = seed(prefix);
      if (!name) this.skip();
      const r = ok(run(join(seeds, name!)));
      assert.equal(r.format, format);
      assert.equal(r.questions, count);
      assert.deepEqual(r.skipped, []);
      assert.ok(r.bank.questions.every((q) => q.type === type));
      const q = r.bank.questions[index];
      const got = q.answer ?? right(q).join();
      assert.ok(got.startsWith(answer), `${got} should start with ${answer}`);
    });
  }
});
