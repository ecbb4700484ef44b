// Changes to progress. Each returns new state and leaves its input untouched, so the store can
// keep the previous state for undo and write snapshots in order.
import { DAYS_LIMIT, dayKey, LOG_LIMIT, type CardRecord, type Grade, type ProgressState } from './model';
import { newCard, review, type SchedulerOptions } from './scheduler';

export function recordReview(state: ProgressState, id: string, grade: Grade, now: Date, options: SchedulerOptions): ProgressState {
  const prev = state.cards[id] ?? state.aside[id];
  const at = now.toISOString();
  const correct = grade !== 1;
  const next: CardRecord = {
    attempts: (prev?.attempts ?? 0) + 1,
    correct: (prev?.correct ?? 0) + (correct ? 1 : 0),
    first: prev?.first ?? at,
    last: prev && prev.last > at ? prev.last : at,
    lastCorrect: correct,
    card: review(prev?.card ?? newCard(now), grade, now, options),
    log: [...(prev?.log ?? []), { at, grade }].slice(-LOG_LIMIT),
  };
  const day = dayKey(now);
  const days = { ...state.days, [day]: (state.days[day] ?? 0) + 1 };
  const keys = Object.keys(days);
  if (keys.length > DAYS_LIMIT) for (const k of keys.sort().slice(0, keys.length - DAYS_LIMIT)) delete days[k];
  const aside = { ...state.aside };
  delete aside[id];
  return { ...state, cards: { ...state.cards, [id]: next }, aside, days };
}

/** The later of two records of one card: the one reviewed last, the more-reviewed on a tie. */
export function newer(a: CardRecord, b: CardRecord): CardRecord {
  if (a.last !== b.last) return a.last > b.last ? a : b;
  return a.attempts >= b.attempts ? a : b;
}

/** Two learners' states as one: per card the newer review wins, per day the larger count. */
export function mergeStates(a: ProgressState, b: ProgressState): ProgressState {
  const merge = (x: Record<string, CardRecord>, y: Record<string, CardRecord>) => {
    const out = { ...x };
    for (const [id, rec] of Object.entries(y)) out[id] = out[id] ? newer(out[id], rec) : rec;
    return out;
  };
  const days = { ...a.days };
  for (const [day, n] of Object.entries(b.days)) days[day] = Math.max(days[day] ?? 0, n);
  return { ...a, cards: merge(a.cards, b.cards), aside: merge(a.aside, b.aside), days };
}

export interface ResetResult {
  state: ProgressState;
  /** what was removed, to hand back to restoreCards for undo */
  removed: Record<string, CardRecord>;
}

export function resetCards(state: ProgressState, ids: Iterable<string>): ResetResult {
  const cards = { ...state.cards };
  const removed: Record<string, CardRecord> = {};
  for (const id of ids) {
    if (cards[id]) {
      removed[id] = cards[id];
      delete cards[id];
    }
  }
  return { state: { ...state, cards }, removed };
}

/** Undo of a reset: brings the removed cards back, unless a card was reviewed again since. */
export function restoreCards(state: ProgressState, removed: Record<string, CardRecord>): ProgressState {
  const cards = { ...state.cards };
  for (const [id, rec] of Object.entries(removed)) cards[id] = cards[id] ? newer(cards[id], rec) : rec;
  return { ...state, cards };
}

/**
 * After the banks change: cards of ids no longer in the banks go aside (not deleted), and cards
 * aside whose id is back return.
 */
export function reconcile(state: ProgressState, known: ReadonlySet<string>): { state: ProgressState; movedAside: number; restored: number } {
  let movedAside = 0;
  let restored = 0;
  const cards: Record<string, CardRecord> = {};
  const aside: Record<string, CardRecord> = { ...state.aside };
  for (const [id, rec] of Object.entries(state.cards)) {
    if (known.has(id)) cards[id] = rec;
    else {
      aside[id] = aside[id] ? newer(aside[id], rec) : rec;
      movedAside++;
    }
  }
  for (const [id, rec] of Object.entries(state.aside)) {
    if (!known.has(id)) continue;
    cards[id] = cards[id] ? newer(cards[id], rec) : rec;
    delete aside[id];
    restored++;
  }
  if (movedAside === 0 && restored === 0) return { state, movedAside, restored };
  return { state: { ...state, cards, aside }, movedAside, restored };
}
