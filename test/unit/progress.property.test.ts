// Random sequences of answer, reset, undo, export/import and reload never lose or corrupt a card.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { exportProgress, importProgress } from '../../src/core/progress/exchange';
import { loadProgress } from '../../src/core/progress/load';
import { ProgressSerializer } from '../../src/core/progress/serializer';
import { emptyProgress, type CardRecord, type Grade, type ProgressState } from '../../src/core/progress/model';
import { recordReview, resetCards, restoreCards } from '../../src/core/progress/operations';

const ids = ['q1', 'q2', 'q3', 'q4', 'term:t1'];
const opts = { retention: 0.9 };

type Op =
  | { kind: 'answer'; id: string; grade: Grade; minutes: number }
  | { kind: 'reset'; ids: string[] }
  | { kind: 'undo' }
  | { kind: 'exportImport' }
  | { kind: 'reload' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('answer' as const), id: fc.constantFrom(...ids), grade: fc.constantFrom<Grade>(1, 2, 3, 4), minutes: fc.integer({ min: -600, max: 60 * 24 * 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reset' as const), ids: fc.subarray(ids) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'exportImport' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reload' as const }) },
);

function checkInvariants(s: ProgressState): void {
  for (const [id, r] of Object.entries(s.cards)) {
    assert.ok(r.attempts >= 1 && r.correct >= 0 && r.correct <= r.attempts, `${id} counts ${r.correct}/${r.attempts}`);
    assert.ok(r.card.lapses >= 0 && r.card.reps >= 0 && r.card.stability >= 0, `${id} card`);
    assert.ok(Number.isFinite(Date.parse(r.card.due)), `${id} due`);
  }
  for (const n of Object.values(s.days)) assert.ok(n >= 0);
}

describe('progress properties (fast-check)', () => {
  it('keep counts non-negative, export/import lossless, and every card accounted for', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        let s = emptyProgress();
        let t = Date.parse('2026-01-01T00:00:00Z');
        let lastReset: Record<string, CardRecord> | undefined;
        const serializer = new ProgressSerializer();
        /** ids that should exist: answered and not removed by a reset still in force */
        const expected = new Set<string>();
        const removedByReset = new Set<string>();
        for (const o of ops) {
          if (o.kind === 'answer') {
            t += o.minutes * 60_000;
            s = recordReview(s, o.id, o.grade, new Date(t), opts);
            expected.add(o.id);
            removedByReset.delete(o.id);
          } else if (o.kind === 'reset') {
            const r = resetCards(s, o.ids);
            s = r.state;
            lastReset = r.removed;
            for (const id of Object.keys(r.removed)) {
              expected.delete(id);
              removedByReset.add(id);
            }
          } else if (o.kind === 'undo' && lastReset) {
            s = restoreCards(s, lastReset);
            for (const id of Object.keys(lastReset)) {
              expected.add(id);
              removedByReset.delete(id);
            }
            lastReset = undefined;
          } else if (o.kind === 'exportImport') {
            const file = JSON.parse(JSON.stringify(exportProgress(s, new Date(t))));
            const back = importProgress(emptyProgress(), file);
            assert.deepEqual(back.state, s);
            assert.deepEqual(back.summary.rejected, []);
            // Importing into itself changes nothing.
            assert.deepEqual(importProgress(s, file).state, s);
          } else if (o.kind === 'reload') {
            const loaded = loadProgress(serializer.serialize(s));
            assert.ok(loaded.ok);
            assert.deepEqual(loaded.state, s);
            s = loaded.state;
          }
          checkInvariants(s);
          for (const id of expected) assert.ok(s.cards[id], `card ${id} is still there`);
          for (const id of Object.keys(s.cards)) assert.ok(expected.has(id), `card ${id} was not answered or was reset`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('migrates any version 1 store without losing a question or changing its counts', () => {
    const v1Record = fc.record({
      attempts: fc.integer({ min: 1, max: 50 }),
      last: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
      lastCorrect: fc.boolean(),
    }).chain((r) => fc.integer({ min: 0, max: r.attempts }).map((correct) => ({ ...r, correct })));
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), v1Record, { maxKeys: 30 }), (questions) => {
        const loaded = loadProgress({ version: 1, questions });
        assert.ok(loaded.ok);
        assert.deepEqual(Object.keys(loaded.state.cards).sort(), Object.keys(questions).sort());
        for (const [id, r] of Object.entries(questions)) {
          assert.equal(loaded.state.cards[id].attempts, r.attempts);
          assert.equal(loaded.state.cards[id].correct, r.correct);
          assert.equal(loaded.state.cards[id].lastCorrect, r.lastCorrect);
        }
        checkInvariants(loaded.state);
      }),
      { numRuns: 300 },
    );
  });
});
