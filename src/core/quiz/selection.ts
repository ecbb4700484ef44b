// Which questions a short round asks: due ones first (most overdue first), then the ones last
// answered wrong, then new questions from the weakest topics, then the longest unseen. Never a
// suspended question.
import type { Question } from '../bank/model';
import type { ProgressState } from '../progress/model';
import { withoutSuspended } from '../progress/suspension';
import { shuffled, type Rng } from './grading';

export function pickForRound(pool: readonly Question[], state: ProgressState, count: number, rng: Rng, now: Date): Question[] {
  const questions = withoutSuspended(pool, state);
  const nowIso = now.toISOString();
  // Accuracy per topic, so new questions come from where the learner is weakest.
  const topicScore = new Map<string, { right: number; tries: number }>();
  for (const q of questions) {
    const r = state.cards[q.id];
    const s = topicScore.get(q.topic) ?? { right: 0, tries: 0 };
    if (r) {
      s.right += r.correct;
      s.tries += r.attempts;
    }
    topicScore.set(q.topic, s);
  }
  const weakness = (q: Question) => {
    const s = topicScore.get(q.topic)!;
    return s.tries === 0 ? 0.5 : s.right / s.tries;
  };
  const rank = (q: Question): number => {
    const r = state.cards[q.id];
    if (!r) return 2;
    if (r.card.due <= nowIso) return 0;
    return r.lastCorrect ? 3 : 1;
  };
  const key = (q: Question): number | string => {
    const r = state.cards[q.id];
    const band = rank(q);
    if (band === 0) return r!.card.due;
    if (band === 2) return weakness(q);
    return r?.last ?? '';
  };
  const order = shuffled(questions.length, rng).map((i) => questions[i]);
  return order
    .map((q) => ({ q, band: rank(q), k: key(q) }))
    .sort((a, b) => a.band - b.band || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .slice(0, count)
    .map((x) => x.q);
}
