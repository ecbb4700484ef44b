// The next step after a round: the learner's weakest topic. Accuracy is smoothed so a topic with one
// wrong answer is weaker than an untouched one, and an untouched one weaker than a mastered one.
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { ProgressState } from '../progress/model';

/**
 * The topic with the lowest smoothed accuracy ((right + 1) / (answers + 2)) among the topics that have
 * questions, preferring the given exam and topics other than `exclude`; ties go to the exam guide's order.
 */
export function weakestTopic(index: CatalogIndex, state: ProgressState, opts: { exam?: string; exclude?: ReadonlySet<string> } = {}): { id: string; title: string } | undefined {
  const candidates = index.catalog.topics.filter((t) => index.questionsOfTopic(t.id).length > 0 && (!opts.exam || t.exam === opts.exam));
  const pool = candidates.filter((t) => !opts.exclude?.has(t.id));
  let best: { id: string; title: string; score: number } | undefined;
  for (const t of pool.length > 0 ? pool : candidates) {
    let answers = 0;
    let right = 0;
    for (const q of index.questionsOfTopic(t.id)) {
      const card = Object.hasOwn(state.cards, q.id) ? state.cards[q.id] : undefined;
      if (!card) continue;
      answers += card.attempts;
      right += card.correct;
    }
    const score = (right + 1) / (answers + 2);
    if (!best || score < best.score) best = { id: t.id, title: t.title, score };
  }
  return best && { id: best.id, title: best.title };
}
