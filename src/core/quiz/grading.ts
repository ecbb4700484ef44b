// Presenting a question (shuffled, without its key) and grading an answer against it.
import type { Question } from '../bank/model';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { AnswerPayload, FeedbackView, QuestionView } from '../../shared/views';

/** A uniform random number in [0, 1). Injected so tests and benchmarks are repeatable. */
export type Rng = () => number;

/** How one question was shown: display position i holds the bank's item order[i]. */
export interface Presentation {
  questionId: string;
  order: number[];
  /** matching: display position i of the answers holds answer answerOrder[i] (pairs first, then distractors) */
  answerOrder?: number[];
}

export function shuffled(n: number, rng: Rng): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** A permutation that is not the identity when it can be, so an ordering is never shown solved. */
function scrambled(n: number, rng: Rng): number[] {
  for (let attempt = 0; attempt < 8; attempt++) {
    const p = shuffled(n, rng);
    if (n < 2 || p.some((v, i) => v !== i)) return p;
  }
  return Array.from({ length: n }, (_, i) => (i + 1) % n);
}

export function present(q: Question, rng: Rng): Presentation {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { questionId: q.id, order: shuffled(q.choices.length, rng) };
    case 'ordering':
      return { questionId: q.id, order: scrambled(q.steps.length, rng) };
    case 'matching':
      return {
        questionId: q.id,
        order: Array.from({ length: q.pairs.length }, (_, i) => i),
        answerOrder: shuffled(q.pairs.length + q.distractors.length, rng),
      };
    case 'flashcard':
      return { questionId: q.id, order: [] };
  }
}

export function questionView(q: Question, p: Presentation, index: CatalogIndex): QuestionView {
  const topic = index.topic(q.topic);
  const c = q.case ? index.caseStudy(q.case) : undefined;
  const view: QuestionView = {
    id: q.id,
    type: q.type,
    topicTitle: topic?.title ?? q.topic,
    difficulty: q.difficulty,
    stem: q.stem,
    ...(c ? { caseStudy: { title: c.title, scenario: c.scenario } } : {}),
  };
  switch (q.type) {
    case 'single':
      return { ...view, choices: p.order.map((i) => q.choices[i].text) };
    case 'multiple':
      return { ...view, choices: p.order.map((i) => q.choices[i].text), select: q.select };
    case 'ordering':
      return { ...view, steps: p.order.map((i) => q.steps[i].text) };
    case 'matching': {
      const all = [...q.pairs.map((pair) => pair.answer), ...q.distractors];
      return { ...view, prompts: q.pairs.map((pair) => pair.prompt), answers: (p.answerOrder ?? []).map((i) => all[i]) };
    }
    case 'flashcard':
      return view;
  }
}

export class AnswerMismatchError extends Error {}

/** Grades an answer given in display positions; throws AnswerMismatchError for an answer of the wrong shape. */
export function grade(q: Question, p: Presentation, answer: AnswerPayload, index: CatalogIndex): FeedbackView {
  const base = {
    questionId: q.id,
    explanation: q.explanation,
    links: q.links,
    terms: q.terms.flatMap((id) => {
      const t = index.term(id);
      return t ? [{ id: t.id, name: t.name, aliases: t.aliases, definition: t.definition, tip: t.tip, link: t.link }] : [];
    }),
  };
  const inRange = (i: number, n: number) => Number.isInteger(i) && i >= 0 && i < n;
  if (answer.type !== q.type) throw new AnswerMismatchError(`a ${answer.type} answer for a ${q.type} question`);
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const picked = new Set(answer.type === 'single' ? [answer.choice] : answer.type === 'multiple' ? answer.choices : []);
      if ([...picked].some((i) => !inRange(i, q.choices.length))) throw new AnswerMismatchError('choice out of range');
      const choices = p.order.map((orig, display) => ({ ...q.choices[orig], picked: picked.has(display) }));
      const correct = choices.every((c) => c.correct === c.picked);
      return { ...base, correct, choices };
    }
    case 'ordering': {
      if (answer.type !== 'ordering') throw new AnswerMismatchError();
      const order = answer.order;
      const n = q.steps.length;
      if (order.length !== n || new Set(order).size !== n || !order.every((i) => inRange(i, n))) {
        throw new AnswerMismatchError('an ordering must use every step once');
      }
      // order[k] is the display position the learner put k-th; map it to the bank's step.
      const placed = order.map((display) => p.order[display]);
      const steps = q.steps.map((s, i) => ({ ...s, placedAt: placed.indexOf(i) }));
      return { ...base, correct: placed.every((step, k) => step === k), steps };
    }
    case 'matching': {
      if (answer.type !== 'matching') throw new AnswerMismatchError();
      const all = [...q.pairs.map((pair) => pair.answer), ...q.distractors];
      const answerOrder = p.answerOrder ?? [];
      if (answer.matches.length !== q.pairs.length || !answer.matches.every((i) => inRange(i, all.length))) {
        throw new AnswerMismatchError('a matching answer needs one pick per prompt');
      }
      const pairs = q.pairs.map((pair, i) => {
        const chosen = answerOrder[answer.matches[i]];
        return { ...pair, picked: all[chosen], correct: chosen === i };
      });
      return { ...base, correct: pairs.every((pair) => pair.correct), pairs };
    }
    case 'flashcard':
      return { ...base, answer: q.answer };
  }
}
