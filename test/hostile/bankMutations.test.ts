// Mutated and malformed bank texts (1,000 a run; SAGEMAKER_STUDY_FUZZ_FACTOR multiplies them): each
// gives diagnostics or a bank, never throws, never takes more than 100 ms of CPU.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileCatalog } from '../../src/core/bank/compile';
import { BANK, EXAMS, GLOSSARY } from '../unit/fixtures';
import { cpuTimed } from '../support/cpuTime';

const FACTOR = Math.max(1, Number(process.env.SAGEMAKER_STUDY_FUZZ_FACTOR) || 1);
const lines = BANK.text.split('\n');
const junk = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(': ', '- ', '[', ']', '{', '}', '"', "'", '&a', '*a', '!!int', '|', '>', '#', '\t', '  ', '\u0000', '---', '...', 'null', '~', 'true', '1e999', '<script>'));

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), col: fc.nat(), text: junk }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replaceValue' as const), at: fc.nat(), text: junk }),
);

function mutate(source: string[], ms: unknown[]): string {
  const l = [...source];
  for (const m of ms as { kind: string; at: number; to?: number; col?: number; text?: string; by?: number }[]) {
    if (l.length === 0) break;
    const i = m.at % l.length;
    switch (m.kind) {
      case 'delete': l.splice(i, 1); break;
      case 'duplicate': l.splice(i, 0, l[i]); break;
      case 'swap': { const j = (m.to ?? 0) % l.length; [l[i], l[j]] = [l[j], l[i]]; break; }
      case 'insert': { const c = (m.col ?? 0) % (l[i].length + 1); l[i] = l[i].slice(0, c) + m.text + l[i].slice(c); break; }
      case 'indent': l[i] = (m.by ?? 0) >= 0 ? ' '.repeat(m.by ?? 0) + l[i] : l[i].replace(new RegExp(`^ {0,${-(m.by ?? 0)}}`), ''); break;
      case 'truncate': l.length = i; break;
      case 'replaceValue': l[i] = l[i].replace(/:\s.*$/, `: ${m.text}`); break;
    }
  }
  return l.join('\n');
}

describe('bank loader properties (fast-check)', () => {
  it('returns diagnostics or a bank for 1,000 mutated banks, each within 100 ms', function () {
    this.timeout(180_000 * FACTOR);
    let slowest = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        const text = mutate(lines, ms);
        // CPU time, not wall time: eight test runs share this machine's two cores.
        const run = () => {
          const { result, cpuMs } = cpuTimed(() => compileCatalog([EXAMS, GLOSSARY, { path: 'questions/mla-test.yaml', text }]));
          return { result, took: cpuMs };
        };
        // A case over budget is timed again: a slow input is slow every time, a GC pause or a busy
        // machine is not.
        const first = run();
        const result = first.result;
        let took = first.took;
        for (let retry = 0; retry < 2 && took >= 100; retry++) took = Math.min(took, run().took);
        slowest = Math.max(slowest, took);
        assert.ok(took < 100, `took ${took.toFixed(1)} ms`);
        assert.ok(Array.isArray(result.diagnostics));
        for (const d of result.diagnostics) assert.ok(d.line >= 1 && d.column >= 1 && d.message.length > 0);
      }),
      { numRuns: 1_000 * FACTOR },
    );
    assert.ok(slowest < 100);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        compileCatalog([{ path: 'x.yaml', text }]);
      }),
      { numRuns: 2_000 * FACTOR },
    );
  });
});
