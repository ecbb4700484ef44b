// The journal: each answer appends the card's new record, so saving an answer costs one short
// line whatever the number of cards. Now and then the store folds the journal into the snapshot
// (the state as a whole, kept in VS Code's state and synced) and starts a new journal.
//
// The first line names the journal's writer and the last sequence number already folded into a
// snapshot; every later line is one entry. A torn last line (a crash mid-write) is dropped.
//
// An answer's entry holds the card's new record, the day it counted for, and what it replaced
// (undo.ts), so it can be taken back after a reload. Taking it back appends an undo entry: the
// journal stays append-only. The answers that can still be undone stay in the journal when it is
// folded (below its base, so they are not applied twice), so undo outlives a snapshot too.
import { readCardRecord } from './load';
import { DAYS_LIMIT, MAX_TIME, MIN_TIME, own, type CardRecord, type Grade, type ProgressState } from './model';
import { newer } from './operations';
import { applyAnswer, countDay, revertAnswer, type ReviewUndo } from './undo';

export interface JournalHeader {
  /** a random id of this storage folder's writer, to tell its snapshots from synced ones */
  writer: string;
  /** entries up to this sequence number are in a snapshot already */
  base: number;
}

/** One answer: the card's new record `r`, the local day `d` it counted for, and `u`, what it replaced (absent: it cannot be undone). */
export interface AnswerEntry {
  s: number;
  id: string;
  r: CardRecord;
  d?: string;
  u?: ReviewUndo;
}

/** Undo of the answer with sequence number `undo`, which gave the card the record `a` on day `d`. */
export interface UndoEntry {
  s: number;
  id: string;
  undo: number;
  a: CardRecord;
  d: string;
  u: ReviewUndo;
}

export type JournalEntry = AnswerEntry | UndoEntry;

/** An answer that can still be undone. */
export type UndoableAnswer = AnswerEntry & { d: string; u: ReviewUndo };

export const isUndoEntry = (e: JournalEntry): e is UndoEntry => 'undo' in e;
export const isUndoable = (e: JournalEntry): e is UndoableAnswer => !isUndoEntry(e) && e.u !== undefined && e.d !== undefined;

export interface SnapshotMark {
  writer?: string;
  /** the last journal sequence number the snapshot holds */
  seq?: number;
}

export const encodeJournalHeader = (h: JournalHeader) => `${JSON.stringify({ journal: 1, writer: h.writer, base: h.base })}\n`;

export function encodeJournalEntry(e: JournalEntry): string {
  if (isUndoEntry(e)) return `${JSON.stringify({ s: e.s, id: e.id, undo: e.undo, a: e.a, d: e.d, u: e.u })}\n`;
  return `${JSON.stringify({ s: e.s, id: e.id, r: e.r, ...(e.d !== undefined ? { d: e.d } : {}), ...(e.u ? { u: e.u } : {}) })}\n`;
}

export interface ParsedJournal {
  header?: JournalHeader;
  entries: JournalEntry[];
  torn: boolean;
  skipped: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isDay = (x: unknown): x is string => typeof x === 'string' && DAY.test(x);

/** An answer's undo record, or undefined when any part is unreadable (the answer then cannot be undone). */
function readUndo(x: unknown): ReviewUndo | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const o = x as Record<string, unknown>;
  const g = o.g;
  if (!Number.isSafeInteger(o.t) || (o.t as number) < MIN_TIME || (o.t as number) >= MAX_TIME || (g !== 1 && g !== 2 && g !== 3 && g !== 4)) return undefined;
  const u: ReviewUndo = { t: o.t as number, g: g as Grade };
  if (o.b !== undefined) {
    const b = readCardRecord(o.b);
    if (!b) return undefined;
    u.b = b;
  }
  if (o.x !== undefined) {
    if (!isCount(o.x) || !u.b) return undefined;
    u.x = o.x;
  }
  if (o.n !== undefined) {
    if (!isCount(o.n)) return undefined;
    u.n = o.n;
  }
  if (o.p !== undefined) {
    if (!Array.isArray(o.p) || o.p.length > DAYS_LIMIT + 1) return undefined;
    if (!o.p.every((d: unknown) => Array.isArray(d) && d.length === 2 && isDay(d[0]) && isCount(d[1]))) return undefined;
    u.p = (o.p as [string, number][]).map(([k, n]) => [k, n]);
  }
  return u;
}

function readEntry(o: Record<string, unknown>): JournalEntry | undefined {
  if (!Number.isSafeInteger(o.s) || typeof o.id !== 'string') return undefined;
  const s = o.s as number;
  if (o.undo !== undefined) {
    const a = readCardRecord(o.a);
    const u = readUndo(o.u);
    return Number.isSafeInteger(o.undo) && a && u && isDay(o.d) ? { s, id: o.id, undo: o.undo as number, a, d: o.d, u } : undefined;
  }
  const r = readCardRecord(o.r);
  if (!r) return undefined;
  const e: AnswerEntry = { s, id: o.id, r };
  if (isDay(o.d)) e.d = o.d;
  const u = o.u === undefined ? undefined : readUndo(o.u);
  if (u && e.d !== undefined) e.u = u;
  return e;
}

export function parseJournal(text: string): ParsedJournal {
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  const out: ParsedJournal = { entries: [], torn: tail.length > 0, skipped: 0 };
  for (const line of lines) {
    if (line === '') continue;
    let x: unknown;
    try {
      x = JSON.parse(line);
    } catch {
      out.skipped++;
      continue;
    }
    if (typeof x !== 'object' || x === null) {
      out.skipped++;
      continue;
    }
    const o = x as Record<string, unknown>;
    if (o.journal === 1 && typeof o.writer === 'string' && Number.isSafeInteger(o.base)) {
      out.header = { writer: o.writer, base: o.base as number };
      continue;
    }
    const e = readEntry(o);
    if (e) out.entries.push(e);
    else out.skipped++;
  }
  return out;
}

/**
 * The journal laid over a snapshot, in place. When the snapshot is this writer's own, entries after
 * the snapshot's mark replay exactly what happened after it: answers replace their cards and count
 * their days, undos put back what the answer replaced. When it came from elsewhere (Settings Sync
 * brought another machine's), the entries after the last fold are this machine's unsynced answers and
 * merge in: the newer review of each card wins, and an undo takes back only a card still as its
 * answer left it. Returns how many entries changed a card.
 */
export function applyJournal(state: ProgressState, mark: SnapshotMark, journal: ParsedJournal): number {
  const header = journal.header;
  if (!header) return 0;
  const mine = mark.writer === header.writer;
  const after = mine ? (mark.seq ?? 0) : header.base;
  let applied = 0;
  for (const e of journal.entries) {
    if (e.s <= after) continue;
    if (isUndoEntry(e)) {
      if (revertAnswer(state, e.id, e.a, e.d, e.u, mine)) applied++;
      continue;
    }
    if (mine && e.d !== undefined) {
      applyAnswer(state, e.id, e.r, e.d);
      applied++;
      continue;
    }
    if (e.d !== undefined) countDay(state.days, e.d);
    const current = own(state.cards, e.id) ?? own(state.aside, e.id);
    const next = mine || !current ? e.r : newer(current, e.r);
    if (next === current) continue;
    if (Object.hasOwn(state.aside, e.id)) delete state.aside[e.id];
    state.cards[e.id] = next;
    applied++;
  }
  return applied;
}

/**
 * The answers that can still be undone, oldest first, as the journal's entries leave them: each
 * undoable answer goes on the stack, an undo takes its answer off, and an answer that cannot be
 * undone (an exam's) ends what came before it. At most `depth` answers are kept.
 */
export function undoStack(entries: readonly JournalEntry[], depth: number): UndoableAnswer[] {
  let stack: UndoableAnswer[] = [];
  for (const e of entries) {
    if (isUndoEntry(e)) {
      if (stack.at(-1)?.s === e.undo) stack.pop();
      else stack = [];
    } else if (isUndoable(e)) {
      stack.push(e);
      if (stack.length > depth) stack.shift();
    } else stack = [];
  }
  return stack;
}

/**
 * What a journal folded at `base` (a snapshot holds everything up to it) keeps: the answers undo
 * could reach at `base`, below the base so they are not replayed, then every entry after it. An
 * answer taken back by an undo made while the snapshot was being written is among the first: the
 * undo entry after the base names it, and rebuilding the stack needs it.
 */
export function entriesToKeep(stack: readonly UndoableAnswer[], unfolded: readonly JournalEntry[], base: number): JournalEntry[] {
  const kept = new Map<number, JournalEntry>();
  for (const e of stack) if (e.s <= base) kept.set(e.s, e);
  for (const e of unfolded) {
    if (isUndoEntry(e) && e.s > base && e.undo <= base && !kept.has(e.undo)) kept.set(e.undo, { s: e.undo, id: e.id, r: e.a, d: e.d, u: e.u });
  }
  return [...[...kept.values()].sort((a, b) => a.s - b.s), ...unfolded.filter((e) => e.s > base)];
}

/** The highest sequence number the journal holds (its base when empty). */
export function lastSeq(journal: ParsedJournal): number {
  let s = journal.header?.base ?? 0;
  for (const e of journal.entries) if (e.s > s) s = e.s;
  return s;
}
