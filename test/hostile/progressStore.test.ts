// Hostile-input suite, saved state: random learner sessions through the real store: answers, reloads, crashes mid-write, resets and
// undo, exports and imports, scope moves. No card is lost, a reload sees what the session saw,
// export then import into an empty store exports the same cards and reviews, and
// Object.prototype is never touched.
import '../unit/vscodeFake';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import type { CardRecord, Grade, IdMap } from '../../src/core/progress/model';
import { JOURNAL_FILE } from '../../src/host/storage/progressFiles';
import { ProgressStore, type ProgressScope, type StoreContext } from '../../src/host/storage/progressStore';
import { memoryMemento, silentLog } from '../unit/vscodeFake';

const ids = ['q1', 'q2', 'q3', 'term:t1', 'constructor', '__proto__'];
type Op =
  | { kind: 'answer'; id: string; grade: Grade; minutes: number }
  | { kind: 'reload' }
  | { kind: 'crash' }
  | { kind: 'reset'; ids: string[] }
  | { kind: 'undo' }
  | { kind: 'move' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('answer' as const), id: fc.constantFrom(...ids), grade: fc.constantFrom<Grade>(1, 2, 3, 4), minutes: fc.integer({ min: 1, max: 60 * 24 * 20 }) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'reload' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'crash' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reset' as const), ids: fc.subarray(ids, { minLength: 1 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'move' as const }) },
);

const uri = (p: string) => ({ scheme: 'file', fsPath: p, path: p }) as unknown as vscode.Uri;
const cardsOf = (s: ProgressStore) => JSON.stringify(Object.keys(s.current.cards).sort().map((id) => [id, s.current.cards[id]]));

describe('progress store properties (fast-check)', () => {
  it('loses nothing across answers, reloads, torn writes, resets, undo and scope moves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const dir = mkdtempSync(join(tmpdir(), 'sms-prop-'));
        try {
          const scope = { value: 'workspace' as ProgressScope };
          let t = Date.parse('2026-03-01T09:00:00Z');
          const context: StoreContext = { workspaceState: memoryMemento(), globalState: memoryMemento(), storageUri: uri(join(dir, 'ws')), globalStorageUri: uri(join(dir, 'global')) };
          const open = () => new ProgressStore(context, () => ({ scope: scope.value, retention: 0.9, newPerDay: 20, reviewsPerDay: 200 }), silentLog as unknown as vscode.LogOutputChannel, () => new Date(t));
          let store = open();
          let reviews = 0;
          let undo: IdMap<CardRecord> | undefined;
          for (const o of ops) {
            if (o.kind === 'answer') {
              t += o.minutes * 60_000;
              await store.record(o.id, o.grade);
              reviews++;
            } else if (o.kind === 'reload' || o.kind === 'crash') {
              await store.flush();
              const before = cardsOf(store);
              store.dispose();
              // A crash mid-append leaves half a line at the end of the journal.
              if (o.kind === 'crash') {
                const folder = join(dir, scope.value === 'global' ? 'global' : 'ws', 'progress');
                mkdirSync(folder, { recursive: true });
                appendFileSync(join(folder, JOURNAL_FILE), '{"s":999999,"id":"q1","r":{"att');
              }
              store = open();
              assert.equal(cardsOf(store), before);
            } else if (o.kind === 'reset') {
              undo = await store.reset(o.ids);
            } else if (o.kind === 'undo' && undo) {
              await store.restore(undo);
              undo = undefined;
            } else if (o.kind === 'move') {
              const before = cardsOf(store);
              const target: ProgressScope = store.currentScope === 'workspace' ? 'global' : 'workspace';
              await store.moveTo(target);
              scope.value = target;
              assert.equal(cardsOf(store), before);
            }
            for (const id of Object.keys(store.current.aside)) assert.ok(!Object.hasOwn(store.current.cards, id), `${id} both in cards and aside`);
          }
          await store.flush();
          assert.equal((await store.readReviews()).length, reviews, 'every review is in the log once');
          // Export, import into an empty store, export again: the same cards and reviews.
          const exported = JSON.parse(JSON.stringify(await store.exportData())) as { cards: unknown; reviews: string[] };
          const fresh = mkdtempSync(join(tmpdir(), 'sms-prop-'));
          try {
            const other = new ProgressStore({ workspaceState: memoryMemento(), globalState: memoryMemento(), storageUri: uri(join(fresh, 'ws')), globalStorageUri: uri(join(fresh, 'global')) }, () => ({ scope: 'workspace', retention: 0.9, newPerDay: 20, reviewsPerDay: 200 }), silentLog as unknown as vscode.LogOutputChannel, () => new Date(t));
            await other.importData(exported);
            const again = JSON.parse(JSON.stringify(await other.exportData())) as { cards: unknown; reviews: string[] };
            assert.deepEqual(again.cards, exported.cards);
            assert.deepEqual(again.reviews, exported.reviews);
          } finally {
            rmSync(fresh, { recursive: true, force: true });
          }
          assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).filter((k) => ['attempts', 'card', 'q1'].includes(k)), []);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      // The hostile step's share: SAGEMAKER_STUDY_FUZZ_FACTOR multiplies it for long runs.
      { numRuns: 200 * Math.max(1, Number(process.env.SAGEMAKER_STUDY_FUZZ_FACTOR) || 1) },
    );
  });
});
