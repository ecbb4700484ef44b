// Changes to progress. The answer path (applyReview) changes the state in place, so an answer
// costs the same with 10 cards or 100,000; every other change returns new state and leaves its
// input untouched, so the store can keep what it replaced for undo and backups.
import { dayKey, idMap, own, type CardRecord, type Grade, type IdMap, type ProgressState } from './model';
import { reviewEntry, type ReviewLogEntry } from './reviewLog';
import { newCard, review, type SchedulerOptions } from './scheduler';
import { applyAnswer, type ReviewUndo } from './undo';

/** A card's record after one more review, and the review's log entry. Pure. */
export function reviewRecord(prev: CardRecord | undefined, id: string, grade: Grade, now: Date, options: SchedulerOptions, answerMs?: number): { record: CardRecord; entry: ReviewLogEntry } {
  const at = now.toISOString();
  const correct = grade !== 1;
  const record: CardRecord = {
    attempts: (prev?.attempts ?? 0) + 1,
    correct: (prev?.correct ?? 0) + (correct ? 1 : 0),
    first: prev?.first ?? at,
    last: prev && Date.parse(prev.last) > now.getTime() ? prev.last : at,
    lastCorrect: correct,
    card: review(prev?.card ?? newCard(now), grade, now, options, id),
  };
  return { record, entry: reviewEntry(prev, id, grade, now, answerMs) };
}

/**
 * Puts a reviewed card's new record into the state, in place, and counts the review for its day.
 * Returns what the review replaced, for undo (undo.ts).
 */
export function applyReview(state: ProgressState, id: string, record: CardRecord, now: Date, entry: Pick<ReviewLogEntry, 'at' | 'grade'>): ReviewUndo {
  return { ...applyAnswer(state, id, record, dayKey(now)), t: entry.at, g: entry.grade };
}

/** One review as new state (the input untouched): for tests and callers that keep old states. */
export function recordReview(state: ProgressState, id: string, grade: Grade, now: Date, options: SchedulerOptions): ProgressState {
  const prev = own(state.cards, id) ?? own(state.aside, id);
  const { record, entry } = reviewRecord(prev, id, grade, now, options);
  const next: ProgressState = { ...state, cards: idMap(state.cards), aside: idMap(state.aside), days: idMap(state.days) };
  applyReview(next, id, record, now, entry);
  return next;
}

/** The later of two records of one card, by instant: the one reviewed last, the more-reviewed on a tie. */
export function newer(a: CardRecord, b: CardRecord): CardRecord {
  const ta = Date.parse(a.last);
  const tb = Date.parse(b.last);
  if (ta !== tb) return ta > tb ? a : b;
  return a.attempts >= b.attempts ? a : b;
}

function mergeInto(out: IdMap<CardRecord>, from: IdMap<CardRecord>): void {
  for (const id of Object.keys(from)) {
    const mine = own(out, id);
    out[id] = mine ? newer(mine, from[id]) : from[id];
  }
}

/**
 * A card both among the cards and aside (two states merged) lives among the cards, with the newer
 * record of the two. In place.
 */
export function settleAside(state: ProgressState): void {
  for (const id of Object.keys(state.aside)) {
    if (!Object.hasOwn(state.cards, id)) continue;
    state.cards[id] = newer(state.cards[id], state.aside[id]);
    delete state.aside[id];
  }
}

/** Two learners' states as one: per card the newer review wins, per day the larger count. */
export function mergeStates(a: ProgressState, b: ProgressState): ProgressState {
  const out: ProgressState = { ...a, cards: idMap(a.cards), aside: idMap(a.aside), days: idMap(a.days) };
  mergeInto(out.cards, b.cards);
  mergeInto(out.aside, b.aside);
  for (const day of Object.keys(b.days)) out.days[day] = Math.max(own(out.days, day) ?? 0, b.days[day]);
  settleAside(out);
  return out;
}

export interface ResetResult {
  state: ProgressState;
  /** what was removed, to hand back to restoreCards for undo */
  removed: IdMap<CardRecord>;
}

export function resetCards(state: ProgressState, ids: Iterable<string>): ResetResult {
  const cards = idMap(state.cards);
  const removed = idMap<CardRecord>();
  for (const id of ids) {
    const rec = own(cards, id);
    if (rec) {
      removed[id] = rec;
      delete cards[id];
    }
  }
  return { state: { ...state, cards }, removed };
}

/** Undo of a reset: brings the removed cards back, unless a card was reviewed again since. */
export function restoreCards(state: ProgressState, removed: Readonly<Record<string, CardRecord>>): ProgressState {
  const cards = idMap(state.cards);
  mergeInto(cards, idMap(removed));
  return { ...state, cards };
}

/**
 * After the banks change: cards of ids no longer in the banks go aside (not deleted), and cards
 * aside whose id is back return.
 */
export function reconcile(state: ProgressState, known: ReadonlySet<string>): { state: ProgressState; movedAside: number; restored: number } {
  let movedAside = 0;
  let restored = 0;
  const cards = idMap<CardRecord>();
  const aside = idMap(state.aside);
  for (const id of Object.keys(state.cards)) {
    const rec = state.cards[id];
    if (known.has(id)) cards[id] = rec;
    else {
      const there = own(aside, id);
      aside[id] = there ? newer(there, rec) : rec;
      movedAside++;
    }
  }
  for (const id of Object.keys(state.aside)) {
    if (!known.has(id)) continue;
    const here = own(cards, id);
    cards[id] = here ? newer(here, state.aside[id]) : state.aside[id];
    delete aside[id];
    restored++;
  }
  if (movedAside === 0 && restored === 0) return { state, movedAside, restored };
  return { state: { ...state, cards, aside }, movedAside, restored };
}
