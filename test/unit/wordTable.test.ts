// The hover's word table against a plain Map: the same id for every span of any text, in any case,
// with characters outside ASCII (which change length when lowercased) included.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isWordCode } from '../../src/core/terms/chars';
import { WordTable, wordTableData } from '../../src/core/terms/wordTable';

const PIECES = ['a', 'B', 'c', 'sage', 'Maker', 'ENDPOINT', '_', '1', 'é', 'É', '\u212a', '\u0130', 'ß', 'ǅ', ' ', '.', '-', '²'];
const word = fc.array(fc.constantFrom(...PIECES.filter((p) => [...p].every((c) => isWordCode(c.charCodeAt(0))))), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join(''));

function expected(words: readonly string[], caseless: boolean, span: string): number {
  const key = caseless ? span.toLowerCase() : span;
  const id = words.indexOf(key);
  return id;
}

describe('word table', () => {
  for (const caseless of [true, false]) {
    it(`finds the same ids as a Map, ${caseless ? 'in any case' : 'exactly'}, for every span of random text`, () => {
      fc.assert(
        fc.property(fc.array(word, { maxLength: 30 }), text, (raw, t) => {
          const words = [...new Set(caseless ? raw.map((w) => w.toLowerCase()) : raw)];
          const data = wordTableData(words);
          assert.deepEqual(data.words, words, 'ids follow the order given');
          const table = new WordTable(JSON.parse(JSON.stringify(data)), caseless);
          for (const w of words) assert.equal(table.idOfWord(w), words.indexOf(w));
          for (let s = 0; s <= t.length; s++) {
            for (let e = s; e <= t.length; e++) assert.equal(table.idOf(t, s, e), expected(words, caseless, t.slice(s, e)), `${JSON.stringify(t.slice(s, e))}`);
            // A run of word characters: its end as isWordCode finds it, and its id.
            let end = s;
            while (end < t.length && isWordCode(t.charCodeAt(end))) end++;
            const limit = Math.min(t.length, s + 3);
            const cut = Math.min(end, limit);
            assert.equal(table.idOfRun(t, s, limit), expected(words, caseless, t.slice(s, cut)));
            assert.equal(table.runEnd, cut);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('finds a word whose text lowercases to ASCII only through the exact way (the Kelvin sign)', () => {
    const table = new WordTable(wordTableData(['k8s', 'kelvin']), true);
    assert.equal(table.idOf('\u212a8s', 0, 3), 0);
    assert.equal(table.idOf('KELVIN', 0, 6), 1);
    assert.equal(table.idOf('kelvi', 0, 5), -1);
  });

  it('answers -1 from an empty table', () => {
    const table = new WordTable(wordTableData([]), true);
    assert.equal(table.idOf('abc', 0, 3), -1);
    assert.equal(table.idOfRun('abc', 0, 3), -1);
    assert.equal(table.runEnd, 3);
  });
});
