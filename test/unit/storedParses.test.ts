// Parses kept between sessions: a start with them gives exactly what parsing gives (catalog,
// diagnostics with their positions, "did you mean"), and a changed, renamed, other-build or damaged
// entry is parsed again, never used.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCatalog, type SourceFile } from '../../src/core/bank/compile';
import type { Catalog } from '../../src/core/bank/model';
import { checkQuality } from '../../src/core/bank/quality';
import { decodeStoredParses, encodeStoredParses } from '../../src/core/catalog/storedParses';
import { mergeWorkspaceBanks, ParseCache } from '../../src/core/catalog/workspaceCatalog';

const root = join(__dirname, '..', '..');
const shipped: SourceFile[] = readdirSync(join(root, 'questions'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ path: `questions/${f}`, text: readFileSync(join(root, 'questions', f), 'utf8') }));
const bundled: Catalog = compileCatalog(shipped).catalog;

// A learner's banks with problems of every kind the merge reports: a typo with "did you mean",
// a missing why (a warning in personal banks), a bad reference and a YAML error.
const workspace: SourceFile[] = [
  { path: '.sagemaker-study/a.bank.yaml', text: `id: team-a\ntitle: A\nexams:\n  - code: MLA-C01\n    guide: "1.0"\ntopics:\n  - id: a-topic\n    title: A topic\n    summary: Mine.\n    domain: 1\nquestions:\n  - id: a-1\n    topic: a-topic\n    type: single\n    difficulty: 2\n    stem: Which service labels data?\n    choices:\n      - text: Ground Truth\n        correct: true\n      - text: Glue\n        correct: false\n        why: It moves data.\n    explanation: Labelling.\n    terms: [ground-truth]\n  - id: a-2\n    topic: a-topc\n    type: single\n    difficulty: 2\n    stem: Which stores features?\n    choices:\n      - text: Feature Store\n        correct: true\n        why: Yes.\n      - text: S3 alone\n        correct: false\n        why: No.\n    explanation: Features.\n    stme: typo\n` },
  { path: '.sagemaker-study/b.bank.yaml', text: 'id: team-b\ntitle: [unclosed\n' },
];
function cold(sources: SourceFile[]) {
  return mergeWorkspaceBanks(bundled, sources, new ParseCache());
}

function storedBy(sources: SourceFile[], build = 'b1'): string {
  const cache = new ParseCache();
  mergeWorkspaceBanks(bundled, sources, cache);
  return encodeStoredParses(build, cache.toStore());
}

describe('parses stored between sessions', () => {
  it('gives the same catalog and the same positioned diagnostics as parsing, and parses nothing', () => {
    for (const sources of [workspace, shipped.map((s) => ({ ...s, path: `.sagemaker-study/${s.path}` }))]) {
      const first = new ParseCache();
      const expected = mergeWorkspaceBanks(bundled, sources, first);
      const cache = new ParseCache();
      cache.seed(decodeStoredParses('b1', encodeStoredParses('b1', first.toStore())));
      const warm = mergeWorkspaceBanks(bundled, sources, cache);
      assert.equal(cache.changed, false, 'a stored parse was not used');
      assert.deepEqual(warm.diagnostics, expected.diagnostics);
      assert.deepEqual(warm.writingWarnings(), expected.writingWarnings());
      assert.deepEqual(warm.catalog, expected.catalog);
      assert.deepEqual(warm.added, expected.added);
    }
    const found = cold(workspace).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity}`);
    assert.ok(found.some((d) => d.startsWith('.sagemaker-study/b.bank.yaml:') && d.endsWith('error')), 'the broken file has its error');
    assert.ok(cold(workspace).diagnostics.some((d) => /did you mean/.test(d.message)), 'the typo has its suggestion');
  });

  it('parses a file again when its text, its rules or the build changed, or the file is damaged', () => {
    const stored = storedBy(workspace);
    const edited = workspace.map((s, i) => (i === 0 ? { ...s, text: s.text.replace('Which service labels data?', 'Which service labels images?') } : s));
    const cache = new ParseCache();
    cache.seed(decodeStoredParses('b1', stored));
    const warm = mergeWorkspaceBanks(bundled, edited, cache);
    assert.equal(cache.changed, true);
    assert.equal(warm.catalog.questions.find((q) => q.id === 'ws:a-1')?.stem.length, cold(edited).catalog.questions.find((q) => q.id === 'ws:a-1')?.stem.length);
    assert.deepEqual(warm.diagnostics, cold(edited).diagnostics);

    assert.equal(decodeStoredParses('b2', stored).size, 0, 'another build');
    assert.equal(decodeStoredParses('b1', stored.slice(0, stored.length / 2)).size, 0, 'a torn file');
    assert.equal(decodeStoredParses('b1', 'null').size, 0);
    assert.equal(decodeStoredParses('b1', JSON.stringify({ format: 1, build: 'b1', files: { x: { rules: 'personal', hash: 'h', parsed: { file: 'y' } } } })).size, 0, 'an entry of another path');

    // The same text under another path is parsed under that path (positions name the file).
    const moved = workspace.map((s) => ({ ...s, path: s.path.replace('.sagemaker-study/', 'banks/') }));
    const c2 = new ParseCache();
    c2.seed(decodeStoredParses('b1', stored));
    assert.deepEqual(mergeWorkspaceBanks(bundled, moved, c2).diagnostics, cold(moved).diagnostics);
    assert.equal(c2.changed, true);
  });

  it('hands over the catalog before the item-writing checks, which give their warnings once asked', () => {
    // A sound question but for a choice the item-writing checks warn about.
    const text = `id: team-c\ntitle: C\nexams:\n  - code: MLA-C01\n    guide: "1.0"\ntopics:\n  - id: c-topic\n    title: C topic\n    summary: Mine.\n    domain: 1\nquestions:\n  - id: c-1\n    topic: c-topic\n    type: single\n    difficulty: 2\n    stem: Which service labels data?\n    choices:\n      - text: Ground Truth\n        correct: true\n        why: It labels.\n      - text: AWS Glue\n        correct: false\n        why: It moves data.\n      - text: None of the above\n        correct: false\n        why: One does.\n    explanation: Labelling.\n    links: [https://docs.aws.amazon.com/sagemaker/latest/dg/sms.html]\n`;
    const sources = [...workspace, { path: '.sagemaker-study/c.bank.yaml', text }];
    const merged = cold(sources);
    const compiled = compileCatalog(sources.map((s) => ({ ...s, personal: true })), { exams: bundled.exams, terms: bundled.terms });
    const expected = checkQuality(compiled);
    assert.ok(expected.some((d) => /above/.test(d.message)), 'the choice is warned about');
    assert.deepEqual(merged.diagnostics, compiled.diagnostics, 'the load reports the problems in the files themselves');
    const warnings = merged.writingWarnings();
    assert.deepEqual(warnings, expected);
    assert.equal(merged.writingWarnings(), warnings, 'worked out once');
    assert.ok(warnings.every((d) => d.severity === 'warning'));
  });

  it('forgets files that are gone, so the stored copy is written again', () => {
    const cache = new ParseCache();
    cache.seed(decodeStoredParses('b1', storedBy(workspace)));
    mergeWorkspaceBanks(bundled, workspace, cache);
    assert.equal(cache.changed, false);
    mergeWorkspaceBanks(bundled, workspace.slice(0, 1), cache);
    assert.equal(cache.changed, true);
    assert.deepEqual([...cache.toStore().keys()], [workspace[0].path]);
    assert.equal(cache.changed, false);
  });
});
