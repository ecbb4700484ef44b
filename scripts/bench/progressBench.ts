// Progress figures measured as in use: the real store (journal, review log, snapshot folding) over
// n stored cards in a real folder, answering questions one after another; after each answer the
// next due question is picked among all n cards. Baselines in the same run:
//  - the previous build's write: the whole state copied, serialized, and stringified by VS Code;
//  - sharded state keys: one shard re-encoded, but VS Code stringifies the extension's whole state
//    on every memento update (ExtensionMemento.setValue), so the cost stays O(n).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { memoryMemento, silentLog } from './fakeVscode';
import { recordReview } from '../../src/core/progress/operations';
import { nextDue } from '../../src/core/progress/queue';
import { encodeReview } from '../../src/core/progress/reviewLog';
import { ProgressSerializer } from '../../src/core/progress/serializer';
import { ProgressStore } from '../../src/host/storage/progressStore';
import { StorageKey } from '../../src/host/storage/storageKeys';
import { formatTwoText, progressOf, snapshotText } from './progressFixtures';
import { median, percentile } from './timing';

const ANSWERS = 600;
const uri = (p: string) => ({ scheme: 'file', fsPath: p, path: p }) as unknown as vscode.Uri;
const now = () => process.hrtime.bigint();
const since = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
const fmt = (v: number[]) => `p50 ${median(v).toFixed(3)} / p99 ${percentile(v, 99).toFixed(3)} / mean ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(3)} ms`;

async function asInUse(n: number): Promise<{ write: number[]; next: number[]; snapshotKb: number; journalKb: number }> {
  const { state, ids } = progressOf(n);
  const folder = mkdtempSync(join(tmpdir(), 'sms-bench-'));
  const ws = memoryMemento({ [StorageKey.progress]: snapshotText(state) });
  let clock = Date.parse('2026-03-01T09:00:00Z');
  const store = new ProgressStore(
    { workspaceState: ws, globalState: memoryMemento(), storageUri: uri(join(folder, 'ws')), globalStorageUri: uri(join(folder, 'global')) },
    () => ({ scope: 'workspace', retention: 0.9, newPerDay: 20, reviewsPerDay: 200 }),
    silentLog as unknown as vscode.LogOutputChannel,
    () => new Date(clock),
  );
  store.dueCount(); // progress read once, as the status bar does after activation
  await store.flush();
  const write: number[] = [];
  const next: number[] = [];
  let id = nextDue(ids, store.current, new Date(clock)) ?? ids[0];
  for (let i = 0; i < ANSWERS; i++) {
    clock += 20_000;
    const t = now();
    await store.record(id, i % 5 === 0 ? 1 : 3, 15_000);
    write.push(since(t));
    const u = now();
    id = nextDue(ids, store.current, new Date(clock)) ?? ids[i % ids.length];
    next.push(since(u));
  }
  await store.flush();
  const snapshotKb = (ws.data.get(StorageKey.progress) as string).length / 1024;
  const journalKb = statSync(join(folder, 'ws', 'progress', 'progress-journal.jsonl')).size / 1024;
  store.dispose();
  rmSync(folder, { recursive: true, force: true });
  return { write, next, snapshotKb, journalKb };
}

/** The previous build's answer: new state by copy, serialized whole, and stringified again by VS Code. */
function previousWrite(n: number): number[] {
  const { state, ids } = progressOf(n);
  const serializer = new ProgressSerializer();
  serializer.serialize(state);
  let s = state;
  let t = Date.parse('2026-03-01T09:00:00Z');
  const out: number[] = [];
  for (let i = 0; i < 200; i++) {
    t += 20_000;
    const u = now();
    s = recordReview(s, ids[i % ids.length], 3, new Date(t), { retention: 0.9 });
    JSON.stringify({ [StorageKey.progress]: serializer.serialize(s) });
    out.push(since(u));
  }
  return out;
}

/** Sharded keys: the answer re-encodes its shard, and VS Code stringifies every key of the extension. */
function shardedWrite(n: number, shards = 16): number[] {
  const { state, ids } = progressOf(n);
  const shardOf = (id: string) => id.charCodeAt(id.length - 1) % shards;
  const values: Record<string, string> = {};
  const texts: Record<number, Record<string, string>> = {};
  for (const id of ids) (texts[shardOf(id)] ??= {})[id] = JSON.stringify(state.cards[id]);
  const encode = (k: number) => `{${Object.entries(texts[k] ?? {}).map(([id, j]) => `${JSON.stringify(id)}:${j}`).join(',')}}`;
  for (let k = 0; k < shards; k++) values[`progress.${k}`] = encode(k);
  let t = Date.parse('2026-03-01T09:00:00Z');
  const out: number[] = [];
  for (let i = 0; i < 200; i++) {
    t += 20_000;
    const id = ids[i % ids.length];
    const u = now();
    const s = recordReview({ ...state, cards: { [id]: state.cards[id] } as typeof state.cards }, id, 3, new Date(t), { retention: 0.9 });
    texts[shardOf(id)][id] = JSON.stringify(s.cards[id]);
    values[`progress.${shardOf(id)}`] = encode(shardOf(id));
    JSON.stringify(values);
    out.push(since(u));
  }
  return out;
}

export async function benchProgress(bankIds: readonly string[]): Promise<Record<string, string>> {
  const bankCards = bankIds.length;
  const rows: Record<string, string> = {};
  for (const n of [bankCards, 10_000]) {
    const r = await asInUse(n);
    const prev = previousWrite(n);
    const sharded = shardedWrite(n);
    rows[`store write, ${n} cards, ${ANSWERS} answers in a row through the store (journal line + review-log line; snapshot folded every 200) (target <= 1 ms)`] = fmt(r.write);
    rows[`  baseline: previous build, whole state serialized per answer (${n} cards)`] = `${fmt(prev)}; ratio p50 ${(median(prev) / median(r.write)).toFixed(1)}x`;
    rows[`  alternative: 16 sharded state keys (VS Code stringifies all keys on each update) (${n} cards)`] = fmt(sharded);
    rows[`next due after each answer, ${n} cards, as in use (target <= 1 ms)`] = fmt(r.next);
    rows[`  snapshot in VS Code state / journal on disk after ${ANSWERS} answers (${n} cards)`] = `${r.snapshotKb.toFixed(0)} KB / ${r.journalKb.toFixed(0)} KB; format 2 stored ${(formatTwoText(progressOf(n).state).length / 1024).toFixed(0)} KB`;
  }
  // A million reviews over the bank's real ids (questions and glossary cards), written as the store writes them.
  let bytes = 0;
  const t0 = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < 1_000_000; i++) bytes += encodeReview({ at: t0 + i * 37_000, id: bankIds[(i * 7919) % bankCards], grade: (1 + (i % 4)) as 1 | 2 | 3 | 4, elapsedDays: (i % 9000) / 100, answerMs: 3000 + (i % 40_000) }).length;
  rows['review log size, 1,000,000 reviews of the bank\'s ids with elapsed days and answer time (target well under 50 MB)'] = `${(bytes / 1048576).toFixed(1)} MB (${(bytes / 1e6).toFixed(1)} bytes a review)`;
  return rows;
}
