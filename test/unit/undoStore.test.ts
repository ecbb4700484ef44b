// Undo in the real progress store (issue 17): in-memory mementos, a temporary storage folder and an
// injected clock. Answers taken back several steps, across reloads and snapshots, leave the saved
// state and the review log as if they never happened; an exam's answers cannot be taken back.
import './vscodeFake';
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type * as vscode from 'vscode';
import { dayKey, type Grade } from '../../src/core/progress/model';
import { encodeReviews } from '../../src/core/progress/reviewLog';
import { ProgressSerializer } from '../../src/core/progress/serializer';
import { JOURNAL_FILE, REVIEW_LOG_FILE } from '../../src/host/storage/progressFiles';
import { ProgressStore, type StoreContext } from '../../src/host/storage/progressStore';
import { StorageKey } from '../../src/host/storage/storageKeys';
import { memoryMemento, silentLog, type MemoryMemento } from './vscodeFake';

const uri = (p: string) => ({ scheme: 'file', fsPath: p, path: p }) as unknown as vscode.Uri;
const DAY = 86_400_000;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A memento that, like VS Code's, takes a while to save: a snapshot is still being written while answers go on. */
function slowMemento(): MemoryMemento {
  const m = memoryMemento();
  const update = m.update;
  m.update = (k, v) => new Promise((done) => setTimeout(() => void update(k, v).then(done), 2));
  return m;
}

function rig(options: { fuzz?: boolean; folder?: boolean; slow?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sms-undo-'));
  dirs.push(dir);
  const clock = { t: Date.parse('2026-03-01T09:00:00Z') };
  const context: StoreContext = {
    workspaceState: options.slow ? slowMemento() : memoryMemento(), globalState: memoryMemento(),
    ...(options.folder === false ? {} : { storageUri: uri(join(dir, 'ws')) }), globalStorageUri: uri(join(dir, 'global')),
  };
  const open = () => new ProgressStore(context, () => ({ scope: 'workspace', retention: 0.9, fuzz: options.fuzz ?? true, newPerDay: 20, reviewsPerDay: 200 }), silentLog as unknown as vscode.LogOutputChannel, () => new Date(clock.t));
  return { dir, clock, context, open };
}

const serializer = new ProgressSerializer();
const saved = (s: ProgressStore) => serializer.serialize(s.current);
const logText = async (s: ProgressStore) => encodeReviews(await s.readReviews());
/** A snapshot now, as the store takes one in a pause between answers. */
const snapshot = (s: ProgressStore) => (s as unknown as { snapshots: { compact(): Promise<void> } }).snapshots.compact();

describe('undo in the progress store (issue 17)', () => {
  it('takes answers back several steps, across a reload, and the state and log are as before them', async () => {
    const r = rig();
    let store = r.open();
    await store.record('q1', 3, 2500);
    const afterFirst = saved(store);
    const logAfterFirst = await logText(store);
    r.clock.t += 60_000;
    await store.record('q2', 1, 4000);
    r.clock.t += DAY;
    await store.record('q1', 4, 1200);
    await store.flush();

    store = r.open(); // a window reload
    assert.equal(store.lastUndoable, 'q1');
    assert.equal(await store.undoLast('q2'), undefined, 'only the last answer, and only for its own card');
    assert.equal(await store.undoLast(), 'q1');
    assert.equal(await store.undoLast(), 'q2');
    assert.equal(saved(store), afterFirst);
    assert.equal(await logText(store), logAfterFirst);

    store = r.open();
    assert.equal(saved(store), afterFirst, 'the undos outlive a reload');
    assert.equal(await logText(store), logAfterFirst);
    assert.equal(await store.undoLast(), 'q1');
    assert.deepEqual(Object.keys(store.current.cards), []);
    assert.deepEqual(Object.keys(store.current.days), []);
    assert.equal(await store.undoLast(), undefined, 'nothing left to undo');
    store = r.open();
    assert.equal(saved(store), serializer.serialize({ version: 3, cards: {}, aside: {}, days: {}, suspended: {} }));
    assert.equal((await store.readReviews()).length, 0);
    // The files only grew: the undone review is withdrawn by a line of its own.
    const log = readFileSync(join(r.dir, 'ws', 'progress', REVIEW_LOG_FILE), 'utf8');
    assert.equal(log.split('\n').filter((l) => l.startsWith('-')).length, 3);
  });

  it('keeps what undo can reach when the journal is folded into a snapshot', async () => {
    const r = rig();
    let store = r.open();
    await store.record('a', 3);
    const before = saved(store);
    await store.record('b', 3);
    await store.record('c', 1);
    await snapshot(store);
    const journal = readFileSync(join(r.dir, 'ws', 'progress', JOURNAL_FILE), 'utf8');
    assert.equal(journal.trim().split('\n').length, 4, 'the header and the three answers, below its base');
    store = r.open();
    assert.equal(await store.undoLast(), 'c');
    assert.equal(await store.undoLast(), 'b');
    store = r.open();
    assert.equal(saved(store), before);
    // The status bar's quick count (due index and journal) agrees with a full read.
    r.clock.t += 2 * DAY;
    const quick = r.open().dueCount();
    assert.equal(quick, store.dueCount());
  });

  it('counts the day of a journaled answer after a reload, and takes it back with the answer', async () => {
    const r = rig();
    let store = r.open();
    const today = dayKey(new Date(r.clock.t));
    await store.record('q1', 3);
    await store.record('q2', 3);
    store = r.open();
    assert.equal(store.current.days[today], 2);
    await store.undoLast();
    store = r.open();
    assert.equal(store.current.days[today], 1);
  });

  it('cannot take back an exam\'s answers, and they end what undo reaches', async () => {
    const r = rig();
    const store = r.open();
    await store.record('study', 3);
    await store.record('exam-1', 1, undefined, { undoable: false });
    assert.equal(store.lastUndoable, undefined);
    assert.equal(await store.undoLast(), undefined);
    assert.equal(r.open().lastUndoable, undefined, 'nor after a reload');
  });

  it('forgets what undo would restore when progress is replaced (a reset)', async () => {
    const r = rig();
    const store = r.open();
    await store.record('q1', 3);
    await store.reset(['q1']);
    assert.equal(store.lastUndoable, undefined);
    assert.equal(r.open().lastUndoable, undefined);
  });

  it('undoes in memory without a storage folder (no folder open)', async () => {
    const r = rig({ folder: false });
    const store = r.open();
    await store.record('q1', 3);
    const before = saved(store);
    await store.record('q2', 2);
    assert.equal(await store.undoLast(), 'q2');
    assert.equal(saved(store), before);
    await store.flush();
    assert.equal(r.context.workspaceState.get<string>(StorageKey.progress), serializer.serialize(store.current, {}));
  });

  it('for any answers, undos, snapshots and reloads, saves what the answers not undone alone would (fast-check)', async () => {
    type Op = { kind: 'answer'; id: string; grade: Grade; minutes: number } | { kind: 'undo' } | { kind: 'reload' } | { kind: 'snapshot'; wait: boolean };
    const op: fc.Arbitrary<Op> = fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('answer' as const), id: fc.constantFrom('a', 'b', 'c'), grade: fc.constantFrom<Grade>(1, 2, 3, 4), minutes: fc.integer({ min: 0, max: 60 * 24 * 9 }) }) },
      { weight: 3, arbitrary: fc.constant({ kind: 'undo' as const }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'reload' as const }) },
      // A snapshot awaited, or one still being written while the learner answers and undoes on.
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('snapshot' as const), wait: fc.boolean() }) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 20 }), async (ops) => {
        const r = rig({ slow: true });
        let store = r.open();
        let kept: { id: string; grade: Grade; at: number }[] = [];
        for (const o of ops) {
          if (o.kind === 'answer') {
            r.clock.t += o.minutes * 60_000;
            await store.record(o.id, o.grade, 1000);
            kept.push({ id: o.id, grade: o.grade, at: r.clock.t });
          } else if (o.kind === 'undo') {
            // Every answer of the run can be taken back, the last first, across reloads and snapshots.
            assert.equal(await store.undoLast(), kept.at(-1)?.id);
            kept = kept.slice(0, -1);
          } else if (o.kind === 'reload') {
            await store.flush();
            store = r.open();
          } else if (o.wait) await snapshot(store);
          else {
            void snapshot(store);
            // The snapshot has started (its sequence number taken) and is still being saved.
            await new Promise((go) => setImmediate(go));
          }
        }
        await store.flush();
        const ref = rig();
        const reference = ref.open();
        for (const k of kept) {
          ref.clock.t = k.at;
          await reference.record(k.id, k.grade, 1000);
        }
        const reloaded = r.open();
        assert.equal(saved(reloaded), saved(reference));
        assert.equal(await logText(reloaded), await logText(reference));
      }),
      {
        numRuns: 100,
        // An undo while a snapshot is being saved, then a reload: the answer it took back must stay in the journal.
        examples: [[[{ kind: 'answer', id: 'a', grade: 3, minutes: 0 }, { kind: 'answer', id: 'b', grade: 3, minutes: 0 }, { kind: 'snapshot', wait: false }, { kind: 'undo' }, { kind: 'reload' }, { kind: 'undo' }]]],
      },
    );
  });
});
