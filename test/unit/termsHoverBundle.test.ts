// Issue 12: the first hover reads dist/terms.json, compiled at build time, instead of the catalog.
// The bundle must answer exactly as the catalog does: same terms, same question ids, same matches.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCatalog } from '../../src/core/bank/compile';
import { CatalogIndex } from '../../src/core/catalog/catalogIndex';
import { bundleQuestionIds, bundleTerms, hoverBundleText, isHoverBundleHead, readHoverBundle } from '../../src/core/terms/hoverBundle';
import { TermIndex } from '../../src/core/terms/termIndex';
import { findTermAt, lookupContext } from '../../src/core/terms/termLookup';
import { sageMakerSdkFile } from '../fixtures/terms/sdkFile';
import { QUESTIONS_DIR } from '../fixtures/terms/shippedGlossary';

const catalog = compileCatalog(
  readdirSync(QUESTIONS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ path: `questions/${f}`, text: readFileSync(join(QUESTIONS_DIR, f), 'utf8') })),
).catalog;
const index = new CatalogIndex(catalog);

describe('the hover bundle (dist/terms.json)', () => {
  const text = hoverBundleText(catalog);
  const parsed = readHoverBundle(new TextEncoder().encode(text));

  it('holds every term and the question ids of each, as the catalog does', () => {
    assert.ok(parsed);
    const term = bundleTerms(parsed);
    for (const t of catalog.terms) {
      assert.deepEqual(term(t.id), t);
      assert.deepEqual(bundleQuestionIds(parsed, t.id), index.questionsAboutTerm(t.id).map((q) => q.id), t.id);
    }
    assert.equal(term('constructor'), undefined);
    assert.deepEqual(bundleQuestionIds(parsed, '__proto__'), []);
  });

  it('is ASCII, one head line and the terms after it', () => {
    assert.match(text, /^[\x00-\x7e]*$/);
    assert.equal(text.split('\n').length, 2);
    assert.ok(catalog.terms.some((t) => /[^\x00-\x7e]/.test(JSON.stringify(t))), 'the glossary has characters beyond ASCII (the test would prove nothing)');
  });

  it('matches as an index built from the glossary does, at every position of an SDK file', () => {
    assert.ok(parsed);
    const fromBundle = new TermIndex(parsed.head.tables);
    const fromTerms = new TermIndex(catalog.terms);
    const text = sageMakerSdkFile(120);
    const ctx = lookupContext('python', text);
    for (let o = 0; o < text.length; o++) assert.deepEqual(findTermAt(fromBundle, text, o, ctx), findTermAt(fromTerms, text, o, ctx), `at ${o}`);
  });

  it('rejects a bundle of another format, so a stale build falls back to the catalog', () => {
    assert.ok(parsed);
    for (const stale of [null, {}, { format: 3, termIds: [], terms: [], questionIds: {}, tables: {} }, { ...parsed.head, format: 3 }, { ...parsed.head, termIds: [] }]) {
      assert.equal(isHoverBundleHead(stale), false, JSON.stringify(stale).slice(0, 60));
    }
    // The previous format, one JSON object: no head line.
    assert.equal(readHoverBundle(new TextEncoder().encode(JSON.stringify({ format: 3, termIds: [], terms: [] }))), undefined);
  });
});
