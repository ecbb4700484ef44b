// The real progress store (journal, snapshot, review log, backups) with in-memory mementos, a
// temporary storage folder and an injected clock: the learner's path across reloads and days.
import './vscodeFake';
import * as assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { COMPACT_LIMIT, ProgressStore, type ProgressScope, type StoreContext } from '../../src/host/storage/progressStore';
import { JOURNAL_FILE, REVIEW_LOG_FILE } from '../../src/host/storage/progressFiles';
import { StorageKey } from '../../src/host/storage/storageKeys';
import { UNDO_DEPTH } from '../../src/host/storage/scopeState';
import { memoryMemento, shown, silentLog, type MemoryMemento } from './vscodeFake';

const uri = (p: string) => ({ scheme: 'file', fsPath: p, path: p }) as unknown as vscode.Uri;

interface Rig {
  dir: string;
  ws: MemoryMemento;
  global: MemoryMemento;
  clock: { t: number };
  scope: { value: ProgressScope };
  open(): ProgressStore;
  context: StoreContext;
}

function rig(initialWs: Record<string, unknown> = {}): Rig {
  const dir = mkdtempSync(join(tmpdir(), 'sms-store-'));
  const ws = memoryMemento(initialWs);
  const global = memoryMemento();
  const clock = { t: Date.parse('2026-03-01T09:00:00Z') };
  const scope = { value: 'workspace' as ProgressScope };
  const context: StoreContext = { workspaceState: ws, globalState: global, storageUri: uri(join(dir, 'ws')), globalStorageUri: uri(join(dir, 'global')) };
  return {
    dir, ws, global, clock, scope, context,
    open: () => new ProgressStore(context, () => ({ scope: scope.value, retention: 0.9, newPerDay: 20, reviewsPerDay: 200 }), silentLog as unknown as vscode.LogOutputChannel, () => new Date(clock.t)),
  };
}

const DAY = 86_400_000;
const rigs: Rig[] = [];
afterEach(() => {
  for (const r of rigs.splice(0)) rmSync(r.dir, { recursive: true, force: true });
});
function newRig(initial?: Record<string, unknown>) {
  const r = rig(initial);
  rigs.push(r);
  return r;
}

describe('progress store', () => {
  it('reads nothing until progress is first used', () => {
    const r = newRig({ [StorageKey.progress]: '{"version":3,"cards":{},"aside":{},"days":{}}' });
    const store = r.open();
    assert.equal(store.isLoaded, false);
    assert.equal(store.dueCount(), 0);
    assert.equal(store.isLoaded, true);
  });

  it('follows a learner: a wrong answer, a reload, the next day it is due, a right answer, a reload', async () => {
    const r = newRig();
    let store = r.open();
    await store.record('q1', 1, 4200);
    await store.record('q2', 3);
    await store.flush();
    // Reload: a new store over the same state and folder, as after a window reload.
    store = r.open();
    assert.equal(store.current.cards.q1.attempts, 1);
    assert.equal(store.current.cards.q1.lastCorrect, false);
    assert.equal(store.dueCount(), 0);
    r.clock.t += DAY;
    assert.equal(store.dueCount(), 2);
    await store.record('q1', 3, 1800);
    await store.flush();
    store = r.open();
    assert.equal(store.current.cards.q1.attempts, 2);
    assert.equal(store.current.cards.q1.correct, 1);
    assert.ok(Date.parse(store.current.cards.q1.card.due) > r.clock.t);
    const reviews = await store.readReviews();
    assert.deepEqual(reviews.map((e) => [e.id, e.grade, e.answerMs]), [['q1', 1, 4200], ['q2', 3, undefined], ['q1', 3, 1800]]);
    assert.equal(reviews[2].elapsedDays, 1);
    assert.equal(reviews[0].elapsedDays, 0);
  });

  it('counts what is due at start from the due index and the journal, without reading progress, as a full read would', async () => {
    const r = newRig();
    const store = r.open();
    for (let i = 0; i < 30; i++) await store.record(`q${i}`, i % 3 === 0 ? 1 : 3);
    await store.record('term:t', 1);
    await store.reset(['q29']);
    await store.record('q1', 1);
    await store.record('q2', 4);
    await store.flush();
    for (const days of [0, 1, 3, 10, 100]) {
      r.clock.t = Date.parse('2026-03-01T09:00:00Z') + days * DAY;
      const quick = r.open();
      const n = quick.dueCount();
      assert.equal(quick.isLoaded, false, 'the count read progress');
      const full = r.open();
      void full.current;
      assert.equal(n, full.dueCount(), `day ${days}`);
      await full.flush();
    }
    // A snapshot from elsewhere (Settings Sync) does not match the index: progress is read in full.
    const snap = r.ws.data.get(StorageKey.progress) as string;
    await r.ws.update(StorageKey.progress, snap.replace(/"writer":"[^"]*"/, '"writer":"another-machine"'));
    const other = r.open();
    other.dueCount();
    assert.equal(other.isLoaded, true);
  });

  it('writes an answer as journal lines, not the whole state, and folds the journal into a snapshot now and then', async () => {
    const r = newRig();
    const store = r.open();
    for (let i = 0; i < 5; i++) await store.record(`q${i}`, 3);
    await store.flush();
    // Nothing has rewritten the snapshot: the answers are in the journal.
    assert.equal(r.ws.data.get(StorageKey.progress), undefined);
    const journal = readFileSync(join(r.dir, 'ws', 'progress', JOURNAL_FILE), 'utf8').trim().split('\n');
    assert.equal(journal.length, 6);
    // Past the limit a snapshot is written at once (below it, in the next pause between answers).
    for (let i = 5; i < COMPACT_LIMIT + 5; i++) await store.record(`q${i}`, 3);
    await store.flush();
    const snap = JSON.parse(r.ws.data.get(StorageKey.progress) as string) as { version: number; seq: number; cards: object };
    assert.equal(snap.version, 3);
    assert.ok(Object.keys(snap.cards).length >= COMPACT_LIMIT);
    const after = readFileSync(join(r.dir, 'ws', 'progress', JOURNAL_FILE), 'utf8').trim().split('\n');
    // What is left: the header, the answers undo can still take back, and any made while folding.
    assert.ok(after.length < UNDO_DEPTH + 10, `journal has ${after.length} lines after folding`);
    assert.equal(Object.keys(r.open().current.cards).length, COMPACT_LIMIT + 5);
    store.dispose();
  });

  it('drops a torn last record after a crash and keeps the rest, in the journal and in the review log', async () => {
    const r = newRig();
    const store = r.open();
    await store.record('a', 3);
    await store.record('b', 1);
    await store.flush();
    const folder = join(r.dir, 'ws', 'progress');
    appendFileSync(join(folder, JOURNAL_FILE), '{"s":3,"id":"c","r":{"attem');
    appendFileSync(join(folder, REVIEW_LOG_FILE), 'mh0x4k2a,3,0,,');
    const again = r.open();
    assert.deepEqual(Object.keys(again.current.cards).sort(), ['a', 'b']);
    await again.record('d', 4);
    await again.flush();
    const third = r.open();
    assert.deepEqual(Object.keys(third.current.cards).sort(), ['a', 'b', 'd']);
    assert.deepEqual((await third.readReviews()).map((e) => e.id), ['a', 'b', 'd']);
  });

  it('migrates format 2 losslessly: cards kept, their last reviews moved into the log, the old value backed up', async () => {
    const v2 = {
      version: 2,
      cards: {
        q1: {
          attempts: 2, correct: 1, first: '2026-02-01T10:00:00.000Z', last: '2026-02-03T10:00:00.000Z', lastCorrect: true,
          card: { due: '2026-02-10T10:00:00.000Z', stability: 5, difficulty: 5, elapsed_days: 2, scheduled_days: 7, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: '2026-02-03T10:00:00.000Z' },
          log: [{ at: '2026-02-01T10:00:00.000Z', grade: 1 }, { at: '2026-02-03T10:00:00.000Z', grade: 3 }],
        },
      },
      aside: {},
      days: { '2026-02-01': 1, '2026-02-03': 1 },
    };
    const r = newRig({ [StorageKey.progress]: v2 });
    const store = r.open();
    assert.equal(store.current.cards.q1.attempts, 2);
    assert.equal(store.current.cards.q1.card.due, '2026-02-10T10:00:00.000Z');
    await store.flush();
    assert.deepEqual((await store.readReviews()).map((e) => [e.grade, e.elapsedDays]), [[1, 0], [3, 2]]);
    const backups = await store.listBackups();
    assert.equal(backups.length, 1);
    assert.equal(backups[0].reason, 'migration');
    assert.equal(backups[0].cards, 1);
    assert.equal((JSON.parse(r.ws.data.get(StorageKey.progress) as string) as { version: number }).version, 3);
    // Loading again migrates nothing and adds no review twice.
    const again = r.open();
    assert.equal(again.current.cards.q1.attempts, 2);
    await again.flush();
    assert.equal((await again.readReviews()).length, 2);
  });

  it('backs up before reset and import, and restores a backup (backing up what it replaces)', async () => {
    const r = newRig();
    const store = r.open();
    await store.record('a', 3);
    await store.record('b', 3);
    const removed = await store.reset(['a', 'b']);
    assert.equal(Object.keys(removed).length, 2);
    await store.flush();
    const [backup] = await store.listBackups();
    assert.equal(backup.reason, 'reset');
    assert.equal(backup.cards, 2);
    assert.deepEqual(Object.keys(store.current.cards), []);
    r.clock.t += 1000;
    assert.equal(await store.restoreBackup(backup.file), 2);
    await store.flush();
    assert.deepEqual(Object.keys(r.open().current.cards).sort(), ['a', 'b']);
    const reasons = (await store.listBackups()).map((b) => b.reason);
    assert.deepEqual(reasons, ['restore', 'reset']);
  });

  it('moves between scopes with a backup of both, merging cards and review logs, no id both in cards and aside', async () => {
    const r = newRig();
    const store = r.open();
    await store.record('shared', 1);
    await store.record('mine', 3);
    await store.flush();
    // The global scope already holds progress, including the shared card set aside.
    r.scope.value = 'global';
    const other = r.open();
    r.clock.t += 60_000;
    await other.record('shared', 3);
    await other.record('theirs', 3);
    await other.reconcile(new Set(['theirs']));
    await other.flush();
    assert.ok(other.current.aside.shared);
    r.scope.value = 'workspace';
    const moved = await store.moveTo('global');
    assert.equal(moved, 2);
    assert.equal(store.currentScope, 'global');
    assert.deepEqual(Object.keys(store.current.cards).sort(), ['mine', 'shared', 'theirs']);
    assert.deepEqual(Object.keys(store.current.aside), []);
    assert.equal(store.current.cards.shared.attempts, 1);
    assert.equal(store.current.cards.shared.lastCorrect, true);
    assert.equal(r.ws.data.get(StorageKey.progress), undefined);
    const backups = await store.listBackups();
    assert.deepEqual(backups.map((b) => b.reason), ['scope-move', 'scope-move']);
    assert.deepEqual(backups.map((b) => b.scope).sort(), ['global', 'workspace']);
    assert.equal((await store.readReviews()).length, 4);
    r.scope.value = 'global';
    assert.deepEqual(Object.keys(r.open().current.cards).sort(), ['mine', 'shared', 'theirs']);
    assert.deepEqual(r.global.synced, [StorageKey.progress]);
  });

  it('keeps unreadable saved state, far-future dates included, as a backup and goes on with the rest', async () => {
    const good = { attempts: 1, correct: 1, first: '2026-02-01T10:00:00.000Z', last: '2026-02-01T10:00:00.000Z', lastCorrect: true, card: { due: '2026-02-02T10:00:00.000Z', stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: '2026-02-01T10:00:00.000Z' } };
    const stored = { version: 3, cards: { good, future: { ...good, last: '+275760-09-13T00:00:00.000Z' }, constructor: good }, aside: {}, days: {} };
    const r = newRig({ [StorageKey.progress]: stored });
    shown.length = 0;
    const store = r.open();
    assert.deepEqual(Object.keys(store.current.cards).sort(), ['constructor', 'good']);
    await store.record('constructor', 3);
    await store.flush();
    assert.match(shown.join('\n'), /could not be fully read \(1 record was unreadable \(future\)\)/);
    const [backup] = await store.listBackups();
    assert.equal(backup.reason, 'unreadable');
    const file = JSON.parse(readFileSync(join(r.dir, 'global', 'backups', backup.file), 'utf8')) as { stored: unknown };
    assert.deepEqual(file.stored, stored);
    assert.equal(({} as Record<string, unknown>).attempts, undefined);
  });

  it('exports cards, reviews and exam history, and an import merges them all', async () => {
    const r = newRig();
    const store = r.open();
    await store.record('a', 3, 900);
    const exam = { examCode: 'MLA-C01', startedAt: '2026-02-01T10:00:00.000Z', finishedAt: '2026-02-01T11:00:00.000Z', questionCount: 20, scaled: 800, percent: 80, passed: true, perDomain: [{ domain: 1, correct: 4, total: 5 }] };
    await r.ws.update(StorageKey.examHistory, { version: 1, attempts: [exam] });
    const file = JSON.parse(JSON.stringify(await store.exportData())) as { reviews: string[]; examHistory: { attempts: unknown[] } };
    assert.equal(file.reviews.length, 1);
    assert.equal(file.examHistory.attempts.length, 1);
    const fresh = newRig();
    const other = fresh.open();
    fresh.clock.t += DAY;
    await other.record('b', 1);
    const summary = await other.importData(file);
    assert.equal(summary.added, 1);
    assert.deepEqual(Object.keys(other.current.cards).sort(), ['a', 'b']);
    assert.deepEqual((await other.readReviews()).map((e) => [e.id, e.answerMs]), [['a', 900], ['b', undefined]]);
    assert.equal((fresh.ws.data.get(StorageKey.examHistory) as { attempts: unknown[] }).attempts.length, 1);
    // Importing the same file again adds no review twice.
    await other.importData(file);
    assert.equal((await other.readReviews()).length, 2);
    assert.equal((await other.listBackups()).filter((b) => b.reason === 'import').length, 2);
  });

  it('without a storage folder (no folder open) writes the snapshot on each answer', async () => {
    const r = newRig();
    const store = new ProgressStore({ ...r.context, storageUri: undefined }, () => ({ scope: 'workspace', retention: 0.9, newPerDay: 20, reviewsPerDay: 200 }), silentLog as unknown as vscode.LogOutputChannel, () => new Date(r.clock.t));
    await store.record('a', 3);
    await store.flush();
    assert.ok((JSON.parse(r.ws.data.get(StorageKey.progress) as string) as { cards: object }).cards);
    assert.equal((await store.readReviews()).length, 1);
    assert.ok(readdirSync(join(r.dir, 'global')).includes('progress-no-folder'));
  });
});
