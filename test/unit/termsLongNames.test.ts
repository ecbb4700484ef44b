// Issue 13, finding 11: a hover's cost exploded with long code names (a 1,001-character `a.a.…`
// name cost seconds, overlapping wildcards minutes). Names are capped at load and a lookup is
// bounded; these are the cases that were slow, each held to a generous bound so a slow machine
// does not fail them, while the old matcher failed them by orders of magnitude.
import * as assert from 'node:assert/strict';
import type { GlossaryTerm } from '../../src/core/bank/model';
import { CodeNames } from '../../src/core/terms/codeNames';
import { MAX_CODE_NAME } from '../../src/core/terms/codeTables';
import { TermIndex } from '../../src/core/terms/termIndex';
import { findTermAt, lookupContext } from '../../src/core/terms/termLookup';

const term = (id: string, code: string[], aliases: string[] = []): GlossaryTerm => ({
  id,
  name: id,
  category: 'sagemaker-feature',
  aliases,
  code: code.map((name) => ({ name })),
  definition: 'd',
  tip: 't',
  related: [],
  link: 'https://docs.aws.amazon.com/sagemaker/latest/dg/x.html',
});

/** The slowest of hovers at `samples` evenly spread positions of the line, in milliseconds (the first builds the tries' slices). */
function worstHover(terms: GlossaryTerm[], line: string, samples = 40): number {
  const index = new TermIndex(terms);
  const ctx = lookupContext('python', line);
  let worst = 0;
  for (let k = 0; k < samples; k++) {
    const offset = Math.floor((k * line.length) / samples);
    // The best of three: the machine's other work can stall one call, the lookup's own cost stays.
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t = process.hrtime.bigint();
      findTermAt(index, line, offset, ctx);
      best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

describe('term hovers with long and hostile code names', () => {
  it('leaves out names over the cap, and names a `*` cannot stand in, and says why', () => {
    const names = new CodeNames([term('t', ['a.'.repeat(60) + 'a', `x${'y'.repeat(MAX_CODE_NAME - 1)}`, 'ml.p4*.x', '.lead', 'ok.*'])]);
    assert.deepEqual(names.skipped.map((s) => s.reason), ['too long', 'wildcard inside a segment', 'no word at an end']);
    assert.ok(names.maxLength <= MAX_CODE_NAME + 31);
  });

  it('still finds names up to the cap, and the longest on a line of them', () => {
    const long = 'a.'.repeat(49) + 'a';
    const index = new TermIndex([term('long', [long]), term('short', ['a.a'])]);
    const line = `x = ${'a.'.repeat(300)}a`;
    const m = findTermAt(index, line, line.length - 1, lookupContext('python', line));
    assert.deepEqual(m && { term: m.termId, length: m.end - m.start }, { term: 'long', length: long.length });
  });

  it('answers a hover on a line of a long dotted or dashed name quickly', () => {
    for (const [name, line] of [
      ['a.'.repeat(250).slice(0, 499), `x = ${'a.'.repeat(400)}`],
      ['a-'.repeat(500).slice(0, 1001), `x = "${'a-'.repeat(600)}"`],
      ['a.'.repeat(50).slice(0, 99), `x = ${'a.'.repeat(2000)}`],
    ]) {
      const ms = worstHover([term('t', [name])], line);
      assert.ok(ms < 50, `${name.length}-character name: ${ms.toFixed(1)} ms`);
    }
  });

  it('answers quickly where many overlapping wildcards could each match the line', () => {
    const code = ['a.*.'.repeat(12) + 'a', '*.a.'.repeat(12) + '*', ...Array.from({ length: 40 }, (_, i) => `${'a.'.repeat(i % 20)}*.${'*.'.repeat(i % 7)}a`)];
    const ms = worstHover([term('w', code)], `x = ${'a.'.repeat(600)}a`);
    assert.ok(ms < 50, `${ms.toFixed(1)} ms`);
  });

  it('caps prose names too', () => {
    const words = Array.from({ length: 60 }, () => 'alpha').join(' ');
    const index = new TermIndex([term('p', [], [words, 'alpha beta'])]);
    const line = `# ${words} beta`;
    const ms = worstHover([term('p', [], [words, 'alpha beta'])], line);
    assert.ok(ms < 50, `${ms.toFixed(1)} ms`);
    assert.equal(findTermAt(index, line, 3, lookupContext('python', line)), undefined, 'a name over the cap is left out');
  });
});
