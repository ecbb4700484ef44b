// What to study next: due cards (most overdue first), then new questions, within the daily limits.
// A suspended question is never among them.
import { dayKey, own, type ProgressState } from './model';
import { isSuspended } from './suspension';

export interface StudyLimits {
  newPerDay: number;
  reviewsPerDay: number;
}

/** Due ids among `ids`, most overdue first. One pass plus a sort of the due ones only. */
export function dueIds(ids: readonly string[], state: ProgressState, now: Date): string[] {
  const nowIso = now.toISOString();
  const due: { id: string; at: string }[] = [];
  for (const id of ids) {
    const r = own(state.cards, id);
    if (r && r.card.due <= nowIso && !isSuspended(state, id)) due.push({ id, at: r.card.due });
  }
  return due.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((d) => d.id);
}

/** The most overdue due id, without sorting: for "what next" among many cards. */
export function nextDue(ids: readonly string[], state: ProgressState, now: Date): string | undefined {
  const nowIso = now.toISOString();
  let best: string | undefined;
  let bestAt = '';
  for (const id of ids) {
    const r = own(state.cards, id);
    if (r && r.card.due <= nowIso && (best === undefined || r.card.due < bestAt) && !isSuspended(state, id)) {
      best = id;
      bestAt = r.card.due;
    }
  }
  return best;
}

/** How many new cards and reviews today already used. */
export function usedToday(state: ProgressState, now: Date): { newCards: number; reviews: number } {
  const today = dayKey(now);
  let newCards = 0;
  for (const id of Object.keys(state.cards)) if (dayKey(new Date(state.cards[id].first)) === today) newCards++;
  return { newCards, reviews: Math.max(0, (own(state.days, today) ?? 0) - newCards) };
}

/** A study queue over `ids`: due reviews first, then unseen questions, within what today has left. */
export function studyQueue(ids: readonly string[], state: ProgressState, now: Date, limits: StudyLimits): string[] {
  const used = usedToday(state, now);
  const due = dueIds(ids, state, now).slice(0, Math.max(0, limits.reviewsPerDay - used.reviews));
  const fresh = ids.filter((id) => !own(state.cards, id) && !isSuspended(state, id)).slice(0, Math.max(0, limits.newPerDay - used.newCards));
  return [...due, ...fresh];
}

/** Ids whose latest answer was wrong, most recent first. */
export function mistakeIds(ids: readonly string[], state: ProgressState): string[] {
  const missed = ids.filter((id) => own(state.cards, id)?.lastCorrect === false && !isSuspended(state, id));
  return missed.sort((a, b) => Date.parse(state.cards[b].last) - Date.parse(state.cards[a].last));
}

/**
 * Question cards due now, from progress alone (no catalog needed): the badge and status bar count.
 * Glossary flashcards (`term:` ids), suspended questions and cards aside are not questions due for review.
 */
export function dueQuestionCount(state: ProgressState, now: Date): number {
  const nowIso = now.toISOString();
  let n = 0;
  for (const id of Object.keys(state.cards)) if (state.cards[id].card.due <= nowIso && !id.startsWith('term:') && !isSuspended(state, id)) n++;
  return n;
}
