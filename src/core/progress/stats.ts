// Figures derived from progress for a set of questions: counts, accuracy, due, mastery, leeches, streak.
import { dayKey, LEECH_LAPSES, own, type ProgressState } from './model';
import { retrievability, type SchedulerOptions } from './scheduler';
import { isSuspended } from './suspension';

export interface ProgressSummary {
  total: number;
  answered: number;
  attempts: number;
  correct: number;
  /** cards due now */
  due: number;
  /** mean probability of recall over all the questions, unseen ones counting 0; 0 to 1 */
  mastery: number;
  leeches: number;
  /** ISO time of the latest review, if any */
  lastStudied?: string;
}

export function summarize(ids: readonly string[], state: ProgressState, now: Date, options: SchedulerOptions): ProgressSummary {
  const out: ProgressSummary = { total: ids.length, answered: 0, attempts: 0, correct: 0, due: 0, mastery: 0, leeches: 0 };
  const nowIso = now.toISOString();
  let recall = 0;
  for (const id of ids) {
    const r = own(state.cards, id);
    if (!r) continue;
    out.answered++;
    out.attempts += r.attempts;
    out.correct += r.correct;
    // "Due" is what Review Due would ask: a suspended question is never asked.
    if (r.card.due <= nowIso && !isSuspended(state, id)) out.due++;
    if (r.card.lapses >= LEECH_LAPSES) out.leeches++;
    recall += retrievability(r.card, now, options);
    if (!out.lastStudied || Date.parse(r.last) > Date.parse(out.lastStudied)) out.lastStudied = r.last;
  }
  out.mastery = ids.length === 0 ? 0 : recall / ids.length;
  return out;
}

/** Ids whose cards have lapsed LEECH_LAPSES times or more. */
export function leeches(state: ProgressState): string[] {
  return Object.keys(state.cards).filter((id) => state.cards[id].card.lapses >= LEECH_LAPSES);
}

/** Consecutive days with reviews, ending today (or yesterday, when today has none yet). */
export function streak(state: ProgressState, now: Date): number {
  const day = new Date(now);
  if (!own(state.days, dayKey(day))) day.setDate(day.getDate() - 1);
  let n = 0;
  while (own(state.days, dayKey(day))) {
    n++;
    day.setDate(day.getDate() - 1);
  }
  return n;
}
