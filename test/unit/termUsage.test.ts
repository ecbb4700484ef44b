// "In Your Code": what a scan finds in files (notebooks by their cells), how it adds up per term,
// and how rescanning one file replaces exactly that file's share.
import * as assert from 'node:assert/strict';
import { TermIndex } from '../../src/core/terms/termIndex';
import { findTerms, findTermsFrom, lookupContext } from '../../src/core/terms/termLookup';
import type { TermMatch } from '../../src/core/terms/termIndex';
import { scanText, type TermHit } from '../../src/core/terms/usage/fileScan';
import { TermUsage } from '../../src/core/terms/usage/termUsage';
import { fixture, shippedGlossary } from '../fixtures/terms/shippedGlossary';
import { seededRng } from './fixtures';

const index = new TermIndex(shippedGlossary());
const PY = new Set(['python']);

const hit = (termId: string, line: number, column = 0, extra: Partial<TermHit> = {}): TermHit => ({ termId, line, column, endColumn: column + 3, text: 'x', preview: 'x', ...extra });

describe('In Your Code: scanning a file', () => {
  it('finds what the hover finds, at 0-based lines and columns that point at the text', () => {
    const text = fixture('train_pipeline.py');
    const lines = text.split('\n');
    const hits = scanText(index, 'train_pipeline.py', text);
    assert.ok(hits.length > 10);
    for (const h of hits) {
      assert.equal(lines[h.line].slice(h.column, h.endColumn), h.text, JSON.stringify(h));
      assert.equal(h.preview, lines[h.line].trim().slice(0, 120).replace(/.$/, (c) => (lines[h.line].trim().length > 120 ? '…' : c)));
    }
    const whole = findTerms(index, text, lookupContext('python', text));
    assert.deepEqual(hits.map((h) => h.termId), whole.map((m) => m.termId), 'same terms, same order as the matcher over the whole file');
  });

  it('matched in slices, it finds exactly what one pass finds', () => {
    const text = fixture('sdkFile.ts');
    const ctx = lookupContext('typescript', text);
    const whole = findTerms(index, text, ctx);
    const sliced: TermMatch[] = [];
    let at = 0;
    let slices = 0;
    let calls = 0;
    // Stop at every chance: the most slices there can be.
    while (at < text.length) {
      at = findTermsFrom(index, text, ctx, at, sliced, () => ++calls % 2 === 0);
      slices++;
    }
    assert.ok(slices > 5, `${slices} slices`);
    assert.deepEqual(sliced, whole);
  });

  it('reads a notebook cell by cell: code cells only, with the imports of every code cell, lines within the cell', () => {
    const nb = JSON.stringify({
      metadata: { kernelspec: { language: 'python' } },
      cells: [
        { cell_type: 'markdown', source: ['Train with SageMaker Pipelines and an Estimator\n'] },
        { cell_type: 'code', source: ['from sagemaker.workflow.pipeline import Pipeline\n', 'import sagemaker\n'] },
        { cell_type: 'code', source: ['x = 1\n', 'pipeline = Pipeline(name="p", steps=[])\n'] },
      ],
    });
    const hits = scanText(index, 'work/explore.ipynb', nb, PY);
    assert.deepEqual(hits.filter((h) => h.text === 'Pipeline').map((h) => [h.cell, h.line, h.column]), [[1, 0, 40], [2, 1, 11]]);
    assert.ok(!hits.some((h) => h.cell === 0), 'markdown cells are not code');
    assert.ok(hits.every((h) => h.termId !== 'sagemaker-estimator'), 'the markdown cell is not read');
    assert.deepEqual(scanText(index, 'nb.ipynb', nb, new Set(['javascript'])), [], 'cells of a language the hover does not serve count for nothing');
    assert.deepEqual(scanText(index, 'broken.ipynb', '{"cells": [', PY), [], 'a broken notebook finds nothing and throws nothing');
  });

  it('without the import, a name other libraries share is no term (as in the hover)', () => {
    const hits = scanText(index, 'p.py', 'from sklearn.pipeline import Pipeline\np = Pipeline(steps=[])\n');
    assert.ok(!hits.some((h) => h.text === 'Pipeline'));
  });
});

describe('In Your Code: adding up', () => {
  it('counts places and files per term, most used first, and lists places by file, cell, line and column', () => {
    const u = new TermUsage();
    u.set('b.py', [hit('estimator', 9), hit('endpoint', 2), hit('estimator', 1)]);
    u.set('A.py', [hit('estimator', 4, 7), hit('estimator', 4, 2)]);
    u.set('nb.ipynb', [hit('endpoint', 0, 0, { cell: 3 }), hit('endpoint', 5, 0, { cell: 1 })]);
    u.set('empty.py', []);
    assert.deepEqual(u.summary(), [{ termId: 'estimator', count: 4, files: 2 }, { termId: 'endpoint', count: 3, files: 2 }]);
    assert.equal(u.fileCount, 3, 'a file without terms is not kept');
    assert.deepEqual(u.locations('estimator').map((l) => `${l.file}:${l.hit.line}:${l.hit.column}`), ['A.py:4:2', 'A.py:4:7', 'b.py:1:0', 'b.py:9:0']);
    assert.deepEqual(u.locations('endpoint').map((l) => `${l.file}:${l.hit.cell ?? ''}:${l.hit.line}`), ['b.py::2', 'nb.ipynb:1:5', 'nb.ipynb:3:0']);
    assert.deepEqual(u.locations('nothing'), []);
  });

  it('a rescan of one file replaces only its share; a deletion or a rename moves it', () => {
    const u = new TermUsage();
    u.set('a.py', [hit('estimator', 1), hit('endpoint', 2)]);
    u.set('b.py', [hit('estimator', 1)]);
    u.set('a.py', [hit('estimator', 3)]);
    assert.deepEqual(u.summary(), [{ termId: 'estimator', count: 2, files: 2 }], 'endpoint went with the edit');
    u.rename('b.py', 'c.py');
    assert.deepEqual(u.locations('estimator').map((l) => l.file), ['a.py', 'c.py']);
    u.delete('a.py');
    u.delete('never-seen.py');
    assert.deepEqual(u.summary(), [{ termId: 'estimator', count: 1, files: 1 }]);
    assert.equal(u.fileCountOf('estimator'), 1);
    u.set('c.py', []);
    assert.deepEqual(u.summary(), []);
    assert.equal(u.countsByTerm().size, 0);
    assert.equal(u.fileCount, 0);
  });

  it('stays consistent with a recount from scratch through any sequence of edits', () => {
    const terms = ['a', 'b', 'c'];
    const files = ['x.py', 'y.py', 'z.py'];
    const rng = seededRng(7);
    const rnd = (n: number) => Math.floor(rng() * n);
    const u = new TermUsage();
    const truth = new Map<string, TermHit[]>();
    for (let step = 0; step < 300; step++) {
      const f = files[rnd(3)];
      if (rnd(5) === 0) {
        u.delete(f);
        truth.delete(f);
      } else {
        // Often the same term twice in a file: a file's share of a term is several places.
        const hits = Array.from({ length: rnd(5) }, (_, i) => hit(terms[rnd(3)], i));
        u.set(f, hits);
        if (hits.length) truth.set(f, hits);
        else truth.delete(f);
      }
      const expected = new Map<string, { count: number; files: Set<string> }>();
      for (const [file, hits] of truth) for (const h of hits) {
        const e = expected.get(h.termId) ?? { count: 0, files: new Set<string>() };
        e.count++;
        e.files.add(file);
        expected.set(h.termId, e);
      }
      assert.deepEqual(
        u.summary().map((s) => [s.termId, s.count, s.files]).sort(),
        [...expected].map(([t, e]) => [t, e.count, e.files.size]).sort(),
      );
    }
  });
});
