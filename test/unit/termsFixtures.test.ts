// The shipped glossary on a file of each language the hover serves: every character of an expected
// term answers with that term and its whole range, and nothing answers inside the traps.
import * as assert from 'node:assert/strict';
import { fileImports } from '../../src/core/terms/fileImports';
import { TermIndex } from '../../src/core/terms/termIndex';
import { findTermAt, findTermInWindow, findTerms, lookupContext } from '../../src/core/terms/termLookup';
import { EXPECTATIONS, locate } from '../fixtures/terms/expectations';
import { fixture, shippedGlossary } from '../fixtures/terms/shippedGlossary';

const index = new TermIndex(shippedGlossary());

describe('term hovers on a file of each language', () => {
  for (const { file, language, hits, traps } of EXPECTATIONS) {
    describe(`${file} (${language})`, () => {
      const text = fixture(file);
      const ctx = lookupContext(language, text);

      it('answers with the expected term and range on every character of each term', () => {
        for (const h of hits) {
          const { start, end } = locate(text, h.find, h.text);
          for (let offset = start; offset < end; offset++) {
            assert.deepEqual(findTermInWindow(index, text, offset, ctx), { termId: h.term, start, end }, `${h.text} at offset ${offset - start}`);
          }
        }
      });

      it('answers nothing inside the traps', () => {
        for (const t of traps) {
          const { start, end } = locate(text, t.find, t.text);
          for (let offset = start; offset < end; offset++) {
            const m = findTermAt(index, text, offset, ctx);
            assert.ok(!m || m.end <= start || m.start >= end, `${t.text} at offset ${offset - start} matched ${JSON.stringify(m && { ...m, text: text.slice(m.start, m.end) })}`);
          }
        }
      });

      it('lists each expected term when scanning the whole file, and nothing in the traps', () => {
        const found = findTerms(index, text, ctx);
        for (const h of hits) {
          const { start, end } = locate(text, h.find, h.text);
          assert.ok(found.some((m) => m.start === start && m.end === end && m.termId === h.term), `the scan lists ${h.text}`);
        }
        for (const t of traps) {
          const { start, end } = locate(text, t.find, t.text);
          assert.deepEqual(found.filter((m) => m.start < end && m.end > start), [], `the scan finds nothing in ${t.text}`);
        }
        for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end, 'in order, never overlapping');
      });
    });
  }

  describe('notebook.ipynb (Jupyter cells)', () => {
    const cells = (JSON.parse(fixture('notebook.ipynb')) as { cells: { cell_type: string; source: string[] }[] }).cells.map((c) => ({ kind: c.cell_type, text: c.source.join('') }));
    const codeCells = cells.filter((c) => c.kind === 'code').map((c) => c.text);
    const usage = codeCells[1];
    const offset = usage.indexOf('Pipeline(') + 3;

    it('takes a cell’s imports from every code cell of the notebook', () => {
      const ownImports = lookupContext('python', usage);
      assert.equal(findTermAt(index, usage, offset, ownImports), undefined, 'the cell alone does not import SageMaker Pipelines');
      const notebookImports = { ...ownImports, imports: fileImports(codeCells.join('\n'), ['python']) };
      const m = findTermAt(index, usage, offset, notebookImports);
      assert.deepEqual(m && { term: m.termId, text: usage.slice(m.start, m.end) }, { term: 'sagemaker-pipelines', text: 'Pipeline' });
    });

    it('reads Markdown cells as prose', () => {
      const md = cells[0].text;
      const m = findTermAt(index, md, md.indexOf('Pipelines'), lookupContext('markdown', md));
      assert.deepEqual(m && { term: m.termId, text: md.slice(m.start, m.end) }, { term: 'sagemaker-pipelines', text: 'SageMaker Pipelines' });
    });
  });

  it('gives the same answer through the hover window as over the whole text', () => {
    for (const { file, language } of EXPECTATIONS) {
      const text = fixture(file);
      const ctx = lookupContext(language, text);
      for (let offset = 0; offset < text.length; offset += 3) {
        assert.deepEqual(findTermInWindow(index, text, offset, ctx), findTermAt(index, text, offset, ctx), `${file} at ${offset}`);
      }
    }
  });
});
