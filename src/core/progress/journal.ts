// The journal: each answer appends the card's new record, so saving an answer costs one short
// line whatever the number of cards. Now and then the store folds the journal into the snapshot
// (the state as a whole, kept in VS Code's state and synced) and starts a new journal.
//
// The first line names the journal's writer and the last sequence number already folded into a
// snapshot; every later line is one record. A torn last line (a crash mid-write) is dropped.
import { readCardRecord } from './load';
import { own, type CardRecord, type ProgressState } from './model';
import { newer } from './operations';

export interface JournalHeader {
  /** a random id of this storage folder's writer, to tell its snapshots from synced ones */
  writer: string;
  /** entries up to this sequence number are in a snapshot already */
  base: number;
}

export interface JournalEntry {
  s: number;
  id: string;
  r: CardRecord;
}

export interface SnapshotMark {
  writer?: string;
  /** the last journal sequence number the snapshot holds */
  seq?: number;
}

export const encodeJournalHeader = (h: JournalHeader) => `${JSON.stringify({ journal: 1, writer: h.writer, base: h.base })}\n`;
export const encodeJournalEntry = (e: JournalEntry) => `${JSON.stringify({ s: e.s, id: e.id, r: e.r })}\n`;

export interface ParsedJournal {
  header?: JournalHeader;
  entries: JournalEntry[];
  torn: boolean;
  skipped: number;
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
    const r = readCardRecord(o.r);
    if (Number.isSafeInteger(o.s) && typeof o.id === 'string' && r) out.entries.push({ s: o.s as number, id: o.id, r });
    else out.skipped++;
  }
  return out;
}

/**
 * The journal laid over a snapshot, in place. When the snapshot is this writer's own, entries after
 * the snapshot's mark replace their cards. When it came from elsewhere (Settings Sync brought
 * another machine's), the entries after the last fold are this machine's unsynced answers and
 * merge in: the newer review of each card wins. Returns how many entries changed the state.
 */
export function applyJournal(state: ProgressState, mark: SnapshotMark, journal: ParsedJournal): number {
  const header = journal.header;
  if (!header) return 0;
  const mine = mark.writer === header.writer;
  const after = mine ? (mark.seq ?? 0) : header.base;
  let applied = 0;
  for (const e of journal.entries) {
    if (e.s <= after) continue;
    const current = own(state.cards, e.id) ?? own(state.aside, e.id);
    const next = mine || !current ? e.r : newer(current, e.r);
    if (next === current) continue;
    if (Object.hasOwn(state.aside, e.id)) delete state.aside[e.id];
    state.cards[e.id] = next;
    applied++;
  }
  return applied;
}

/** The highest sequence number the journal holds (its base when empty). */
export function lastSeq(journal: ParsedJournal): number {
  let s = journal.header?.base ?? 0;
  for (const e of journal.entries) if (e.s > s) s = e.s;
  return s;
}

