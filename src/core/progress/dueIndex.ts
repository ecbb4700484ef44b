// The due dates of the question cards, kept beside the snapshot, so that the status bar can count
// what is due right after start without reading the whole progress: a few bytes a card instead of
// a full record, and no validation. Valid only for the snapshot it was written with (same writer
// and sequence number); otherwise the store reads progress in full.
import { isUndoEntry, type JournalEntry } from './journal';
import type { ProgressState } from './model';

export interface DueIndex {
  writer: string;
  seq: number;
  /** card id → due time, ms since 1970 in base 36 */
  due: Record<string, string>;
}

const counts = (id: string) => !id.startsWith('term:');

export function buildDueIndex(state: ProgressState, writer: string, seq: number): string {
  const due: Record<string, string> = {};
  for (const id of Object.keys(state.cards)) if (counts(id)) due[id] = Date.parse(state.cards[id].card.due).toString(36);
  return JSON.stringify({ writer, seq, due });
}

const MARK = /^\{"version":\d+,"writer":("(?:[^"\\]|\\.)*"),"seq":(\d+),/;

/** The writer and sequence number at the head of a snapshot's text, without parsing the rest. */
export function snapshotHead(stored: unknown): { writer: string; seq: number } | undefined {
  if (typeof stored !== 'string') return undefined;
  const m = MARK.exec(stored.slice(0, 300));
  if (!m) return undefined;
  try {
    return { writer: JSON.parse(m[1]) as string, seq: Number(m[2]) };
  } catch {
    return undefined;
  }
}

/**
 * Question cards due at `now` from the index and the journal entries after it, or undefined when
 * the index does not belong to this snapshot (then progress must be read in full).
 */
export function countDueFromIndex(stored: unknown, indexText: unknown, journalWriter: string | undefined, entries: readonly JournalEntry[], now: number): number | undefined {
  const head = snapshotHead(stored);
  if (!head || typeof indexText !== 'string' || journalWriter !== head.writer) return undefined;
  let index: DueIndex;
  try {
    index = JSON.parse(indexText) as DueIndex;
  } catch {
    return undefined;
  }
  if (index.writer !== head.writer || index.seq !== head.seq || typeof index.due !== 'object' || index.due === null) return undefined;
  const due = new Map<string, number>();
  for (const id of Object.keys(index.due)) due.set(id, parseInt(index.due[id], 36));
  for (const e of entries) {
    if (e.s <= head.seq || !counts(e.id)) continue;
    if (!isUndoEntry(e)) due.set(e.id, Date.parse(e.r.card.due));
    // An undone answer: the card is back as it was, or gone if it was new (or aside).
    else if (e.u.b && e.u.x === undefined) due.set(e.id, Date.parse(e.u.b.card.due));
    else due.delete(e.id);
  }
  let n = 0;
  for (const t of due.values()) if (t <= now) n++;
  return n;
}
