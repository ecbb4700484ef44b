// "Report a problem with this question" (issue 17): the new-issue link's fields, encoding, the
// tracker address it may go to, and the note cut to keep the link under 8 KB.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCatalog } from '../../src/core/bank/compile';
import { CatalogIndex } from '../../src/core/catalog/catalogIndex';
import { mergeWorkspaceBanks } from '../../src/core/catalog/workspaceCatalog';
import { MAX_REPORT_URL, NOTE_CUT_MARKER, reportBody, reportLink, ReportLinkError, trackerBase, type QuestionReport } from '../../src/core/report/questionReport';
import { questionSource, reportOf } from '../../src/core/report/questionSource';
import { BANK, EXAMS, fixtureIndex, GLOSSARY } from './fixtures';

const REPO = 'https://github.com/sagemaker-study/sagemaker-study';
const base: QuestionReport = {
  questionId: 'mla-d1-001', file: 'questions/mla-data-ingestion.yaml', line: 42, topic: 'Data ingestion',
  stem: 'Which service streams records?', extensionVersion: '0.1.0', note: 'Choice B is also right & "C" is outdated #42 100%',
};

/** The title and body the link carries, decoded as the issue page decodes them. */
function decoded(url: string): { path: string; title: string; body: string } {
  const u = new URL(url);
  return { path: `${u.origin}${u.pathname}`, title: u.searchParams.get('title')!, body: u.searchParams.get('body')! };
}

describe('question report link', () => {
  it('opens a new issue in the project tracker with every field, encoded', () => {
    const link = reportLink(REPO, base);
    const d = decoded(link.url);
    assert.equal(d.path, `${REPO}/issues/new`);
    assert.equal(d.title, 'Question mla-d1-001: problem report');
    assert.equal(d.body, link.body);
    for (const part of ['`mla-d1-001`', '`questions/mla-data-ingestion.yaml`, line 42', 'Topic: Data ingestion', 'Extension version: 0.1.0', base.note, '> Which service streams records?']) {
      assert.ok(d.body.includes(part), `the body holds ${part}`);
    }
    assert.equal(link.noteCut, false);
    // Only the two parameters: &, #, %, quotes and spaces in the note never break out of the body.
    assert.deepEqual([...new URL(link.url).searchParams.keys()], ['title', 'body']);
    assert.ok(!/[ "#]/.test(link.url.slice(link.url.indexOf('?'))), 'reserved characters are percent-encoded');
  });

  it('says so when there is no note, and names a glossary card\'s term', () => {
    const body = reportBody({ ...base, note: '   ', file: undefined, line: undefined, glossaryTerm: 'estimator', questionId: 'term:estimator' });
    assert.ok(body.includes('_(no note)_'));
    assert.ok(body.includes('Glossary term: `estimator`'));
    assert.ok(body.includes('a glossary file'));
  });

  it('accepts the usual repository forms and nothing but plain https', () => {
    for (const form of [REPO, `${REPO}.git`, `git+${REPO}.git`, `${REPO}/`]) assert.equal(trackerBase(form), REPO, form);
    for (const bad of [undefined, 42, 'http://github.com/a/b', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@github.com/a/b', 'https://github.com/a/b?x=1', 'not a url']) {
      assert.throws(() => trackerBase(bad), ReportLinkError, String(bad));
    }
  });

  it('cuts a long note, on whole characters, with a marker, to stay under the limit', () => {
    const note = `${'é😀 and a long story about the answer key; '.repeat(400)}THE END`;
    const link = reportLink(REPO, { ...base, note });
    assert.ok(link.url.length <= MAX_REPORT_URL, `${link.url.length} characters`);
    assert.equal(link.noteCut, true);
    const body = decoded(link.url).body;
    assert.ok(body.includes(NOTE_CUT_MARKER));
    assert.ok(!body.includes('THE END'));
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(body), 'no half of a surrogate pair');
    // As much of the note as fits: one more character would pass the limit.
    const kept = body.slice(body.indexOf('### What is wrong') + '### What is wrong\n\n'.length, body.indexOf(NOTE_CUT_MARKER));
    assert.ok(note.startsWith(kept) && kept.length > 1000, 'the start of the note is kept');
    const one = Array.from(note.trim()).slice(0, Array.from(kept).length + 1).join('');
    const longer = `${REPO}/issues/new?title=${encodeURIComponent(link.title)}&body=${encodeURIComponent(reportBody(base, one + NOTE_CUT_MARKER))}`;
    assert.ok(longer.length > MAX_REPORT_URL, 'the cut keeps the longest prefix that fits');
  });

  it('keeps a short note whole at any limit it fits, and fails clearly when nothing fits', () => {
    const link = reportLink(REPO, base, 2000);
    assert.equal(link.noteCut, false);
    assert.throws(() => reportLink(REPO, base, 100), ReportLinkError);
  });
});

describe('question source', () => {
  it('the catalog keeps the line where each question starts', () => {
    const index = fixtureIndex();
    const lines = BANK.text.split('\n');
    for (const id of ['q-single', 'q-multi', 'q-card']) {
      const s = questionSource(index, id)!;
      assert.equal(s.file, 'questions/mla-test.yaml');
      assert.match(lines[s.line! - 1], new RegExp(`id: ${id}$`), `${id} at line ${s.line}`);
      assert.equal(s.workspace, false);
    }
    assert.deepEqual(questionSource(index, 'term:estimator'), { workspace: false, glossaryTerm: 'estimator' });
    assert.equal(questionSource(index, 'nope'), undefined);
    const report = reportOf(index, 'q-single', '1.2.3', 'note')!;
    assert.equal(report.line, questionSource(index, 'q-single')!.line);
    assert.equal(report.stem, 'Which hosts a model for real-time inference?');
    assert.equal(report.topic, 'Deployment');
  });

  it('the shipped catalog has a line for every question', () => {
    const dir = join(__dirname, '..', '..', 'questions');
    const files = ['exams.yaml', 'mla-data-ingestion.yaml', 'glossary-data.yaml', 'glossary-ai-services.yaml', 'glossary-modeling.yaml', 'glossary-deployment.yaml', 'glossary-security.yaml', 'glossary-ai-fundamentals.yaml'];
    const { catalog } = compileCatalog(files.map((f) => ({ path: `questions/${f}`, text: readFileSync(join(dir, f), 'utf8') })));
    assert.ok(catalog.questions.length > 0);
    for (const q of catalog.questions) assert.ok(Number.isInteger(catalog.lines?.[q.id]) && catalog.lines![q.id] > 1, q.id);
  });

  it('a question of the learner\'s own bank is theirs to fix, with its file and line', () => {
    const bundled = compileCatalog([EXAMS, GLOSSARY, BANK]).catalog;
    const own = { path: 'my-banks/mine.yaml', text: BANK.text.replace('id: mla-test', 'id: mine').replace(/id: (q-[a-z]+|t-deploy|case-a)/g, 'id: my-$1').replace(/(topic|case): (t-deploy|case-a)/g, '$1: my-$2') };
    const index = new CatalogIndex(mergeWorkspaceBanks(bundled, [own]).catalog);
    const s = questionSource(index, 'ws:my-q-single')!;
    assert.equal(s.workspace, true);
    assert.equal(s.file, 'my-banks/mine.yaml');
    assert.match(own.text.split('\n')[s.line! - 1], /id: my-q-single$/);
  });
});
