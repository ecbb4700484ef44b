// "Quiz on My Code": a round from the questions that cover the terms the workspace uses. Due
// questions come first; then the least known. Within that, a term the code uses in many places
// weighs more than one it uses once, and each question taken for a term cuts that term's pull
// (to a quarter after one, a ninth after two), so a round covers several terms, not only the most used.
import type { Question } from '../../bank/model';
import type { Rng } from '../../quiz/grading';
import { shuffled } from '../../quiz/grading';
import { cardMastery, type MasteryOptions } from '../../progress/mastery';
import { own, type ProgressState } from '../../progress/model';

/** Questions in a round of "Quiz on My Code". */
export const CODE_QUIZ_SIZE = 10;

export interface CodeQuizInput {
  /** term → places the code uses it */
  usage: ReadonlyMap<string, number>;
  /** the questions covering a term (its bank questions and its flashcard) */
  questionsOf(termId: string): readonly Question[];
  state: ProgressState;
  mastery: MasteryOptions;
  count: number;
  rng: Rng;
}

/** How much a term's usage pulls: more places weigh more, with diminishing returns (a term used 100 times is not 100 times as urgent). */
export const usageWeight = (places: number): number => Math.log2(1 + Math.max(0, places));

interface Candidate {
  q: Question;
  terms: string[];
  due: boolean;
  /** 1 − mastery: 1 for a question never answered or last answered wrong */
  need: number;
}

export function pickCodeQuiz(input: CodeQuizInput): Question[] {
  const nowIso = input.mastery.now.toISOString();
  const byId = new Map<string, Candidate>();
  for (const [termId, places] of input.usage) {
    if (places <= 0) continue;
    for (const q of input.questionsOf(termId)) {
      const c = byId.get(q.id);
      if (c) {
        if (!c.terms.includes(termId)) c.terms.push(termId);
        continue;
      }
      const record = own(input.state.cards, q.id);
      byId.set(q.id, { q, terms: [termId], due: record !== undefined && record.card.due <= nowIso, need: 1 - cardMastery(record, input.mastery) });
    }
  }
  // Shuffled first: among equals, the pick is random, not bank order.
  const all = [...byId.values()];
  const pool = shuffled(all.length, input.rng).map((i) => all[i]);
  const taken = new Map<string, number>();
  const pull = (c: Candidate) => c.terms.reduce((sum, t) => sum + usageWeight(input.usage.get(t)!) / (1 + (taken.get(t) ?? 0)) ** 2, 0);
  const out: Question[] = [];
  while (out.length < input.count && pool.length > 0) {
    let best = 0;
    let bestScore = score(pool[0], pull(pool[0]));
    for (let i = 1; i < pool.length; i++) {
      const s = score(pool[i], pull(pool[i]));
      if (s > bestScore) {
        best = i;
        bestScore = s;
      }
    }
    const [c] = pool.splice(best, 1);
    out.push(c.q);
    for (const t of c.terms) taken.set(t, (taken.get(t) ?? 0) + 1);
  }
  return out;
}

/** Due before anything else; then need weighted by usage. A small floor keeps well-known questions in order of usage too. */
function score(c: Candidate, pull: number): number {
  return (c.due ? 1_000_000 : 0) + pull * Math.max(c.need, 0.01);
}
