// Issue 12: the first hover reads dist/terms.json, compiled at build time, instead of the catalog.
// The bundle must answer exactly as the catalog does: same terms, same question ids, same matches.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCatalog } from '../../src/core/bank/compile';
import { CatalogIndex } from '../../src/core/catalog/catalogIndex';
import { bundleQuestionIds, bundleTerms, hoverBundle, isHoverBundle } from '../../src/core/terms/hoverBundle';
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
  const parsed: unknown = JSON.parse(JSON.stringify(hoverBundle(catalog)));

  it('holds every term and the question ids of each, as the catalog does', () => {
    assert.ok(isHoverBundle(parsed));
    const term = bundleTerms(parsed);
    for (const t of catalog.terms) {
      assert.deepEqual(term(t.id), t);
      assert.deepEqual(bundleQuestionIds(parsed, t.id), index.questionsAboutTerm(t.id).map((q) => q.id), t.id);
    }
    assert.equal(term('constructor'), undefined);
    assert.deepEqual(bundleQuestionIds(parsed, '__proto__'), []);
  });

  it('matches as an index built from the glossary does, at every position of an SDK file', () => {
    assert.ok(isHoverBundle(parsed));
    const fromBundle = new TermIndex(parsed.tables);
    const fromTerms = new TermIndex(catalog.terms);
    const text = sageMakerSdkFile(120);
    const ctx = lookupContext('python', text);
    for (let o = 0; o < text.length; o++) assert.deepEqual(findTermAt(fromBundle, text, o, ctx), findTermAt(fromTerms, text, o, ctx), `at ${o}`);
  });

  it('rejects a bundle of another format, so a stale build falls back to the catalog', () => {
    for (const stale of [null, {}, { format: 1, terms: [], questionIds: {}, tables: {} }, { ...(parsed as object), format: 2 }, { ...(parsed as object), termIds: [] }]) {
      assert.equal(isHoverBundle(stale), false, JSON.stringify(stale).slice(0, 60));
    }
  });
});
