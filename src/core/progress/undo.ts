// Taking an answer back. An answer changes three things: the card's record (created, replaced, or
// brought back from aside), the count of its day, and the review log. What it replaced is kept
// beside it (ReviewUndo), so that undo puts back exactly what was there, down to the order of the
// keys in the saved state: answer then undo leaves the snapshot byte for byte as it was.
import { DAYS_LIMIT, idMap, own, type CardRecord, type Grade, type IdMap, type ProgressState } from './model';

/** What one answer replaced. Short keys: it is written with every answer in the journal. */
export interface ReviewUndo {
  /** the card's record before the answer; absent when the card was new */
  b?: CardRecord;
  /** the card's position among the cards aside, when it was aside */
  x?: number;
  /** the count of the answer's day before it; absent when the day had none */
  n?: number;
  /** every day's count, in order, when the answer's new day pushed the oldest out (DAYS_LIMIT) */
  p?: [string, number][];
  /** the review-log entry's time (ms) and grade: with the id, the entry undo withdraws */
  t: number;
  g: Grade;
}

/** Counts one answer for `day`, in place; returns what undo needs to put the days back. */
export function countDay(days: IdMap<number>, day: string): Pick<ReviewUndo, 'n' | 'p'> {
  const before = own(days, day);
  const keys = Object.keys(days);
  // A new day past the limit drops the oldest days: keep all of them (400 numbers, once a day).
  const pruning = before === undefined && keys.length + 1 > DAYS_LIMIT;
  const out: Pick<ReviewUndo, 'n' | 'p'> = {};
  if (before !== undefined) out.n = before;
  if (pruning) out.p = keys.map((k) => [k, days[k]]);
  days[day] = (before ?? 0) + 1;
  if (pruning) {
    const all = Object.keys(days);
    for (const k of all.sort().slice(0, all.length - DAYS_LIMIT)) delete days[k];
  }
  return out;
}

/**
 * Puts a reviewed card's new record into the state, in place, and counts the review for its day.
 * Returns what it replaced, for undo (t and g are the caller's).
 */
export function applyAnswer(state: ProgressState, id: string, record: CardRecord, day: string): Omit<ReviewUndo, 't' | 'g'> {
  const undo: Omit<ReviewUndo, 't' | 'g'> = {};
  const inCards = own(state.cards, id);
  if (inCards) undo.b = inCards;
  else if (Object.hasOwn(state.aside, id)) {
    undo.b = state.aside[id];
    undo.x = Object.keys(state.aside).indexOf(id);
    delete state.aside[id];
  }
  state.cards[id] = record;
  return { ...undo, ...countDay(state.days, day) };
}

/** A copy of `map` with `id` put back at `position` (insertion order is what JSON keeps). */
function insertAt<T>(map: IdMap<T>, id: string, value: T, position: number): IdMap<T> {
  const out = idMap<T>();
  const keys = Object.keys(map);
  const at = Math.min(Math.max(0, position), keys.length);
  keys.forEach((k, i) => {
    if (i === at) out[id] = value;
    out[k] = map[k];
  });
  if (at === keys.length) out[id] = value;
  return out;
}

const sameRecord = (a: CardRecord | undefined, b: CardRecord) => a === b || (a !== undefined && JSON.stringify(a) === JSON.stringify(b));

/**
 * Takes back the answer that gave card `id` the record `after` on `day`, in place. Exact (the
 * state is the one the answer left, as in this session or replaying this machine's journal): the
 * state becomes what it was before the answer. Not exact (the journal laid over a snapshot synced
 * from another machine): the card goes back only while it still holds `after`, and the day's
 * count goes down by one. Returns whether the card was put back.
 */
export function revertAnswer(state: ProgressState, id: string, after: CardRecord, day: string, undo: ReviewUndo, exact: boolean): boolean {
  const holdsAfter = sameRecord(own(state.cards, id), after);
  if (exact && !holdsAfter) return false;
  if (holdsAfter) {
    if (undo.b && undo.x === undefined) state.cards[id] = undo.b;
    else {
      delete state.cards[id];
      if (undo.b) state.aside = insertAt(state.aside, id, undo.b, undo.x ?? Number.MAX_SAFE_INTEGER);
    }
  }
  if (exact) revertDay(state, day, undo);
  else {
    const count = own(state.days, day);
    if (count !== undefined && count <= 1 && undo.n === undefined) delete state.days[day];
    else if (count !== undefined) state.days[day] = Math.max(undo.n ?? 0, count - 1);
  }
  return holdsAfter;
}

function revertDay(state: ProgressState, day: string, undo: ReviewUndo): void {
  if (undo.p) {
    const days = idMap<number>();
    for (const [k, n] of undo.p) days[k] = n;
    state.days = days;
  } else if (undo.n === undefined) delete state.days[day];
  else state.days[day] = undo.n;
}
