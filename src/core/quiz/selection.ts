// Which questions a short round asks: the ones last answered wrong, then new ones, then the
// longest unseen. Issue-level scheduling (FSRS) replaces the ranking, not the callers.
import type { Question } from '../bank/model';
import type { ProgressState } from '../progress/progressState';
import { shuffled, type Rng } from './grading';

export function pickForRound(questions: readonly Question[], state: ProgressState, count: number, rng: Rng): Question[] {
  const order = shuffled(questions.length, rng);
  const rank = (q: Question): number => {
    const r = state.questions[q.id];
    if (!r) return 1;
    return r.lastCorrect ? 2 : 0;
  };
  const last = (q: Question) => state.questions[q.id]?.last ?? '';
  return order
    .map((i) => questions[i])
    .sort((a, b) => rank(a) - rank(b) || (rank(a) === 2 ? last(a).localeCompare(last(b)) : 0))
    .slice(0, count);
}
