// What an exam in progress saves to survive a window reload, and the checks a saved one must pass
// before it is trusted again: stored state may be old, hand-edited or torn.
import type { Question } from '../bank/model';
import type { AnswerPayload } from '../../shared/views';
import type { Presentation } from '../quiz/grading';

export const EXAM_SNAPSHOT_VERSION = 1;

/** Everything needed to resume after a reload. Stored host-side only: the presentations hold no key. */
export interface ExamSnapshot {
  version: typeof EXAM_SNAPSHOT_VERSION;
  examCode: string;
  /** ISO time; the timer is always computed from it and the wall clock */
  startedAt: string;
  minutes: number;
  questionIds: string[];
  presentations: Presentation[];
  answers: { questionId: string; answer: AnswerPayload }[];
  flagged: string[];
  position: number;
  /** ISO time submit() was called with, once submitted */
  submittedAt?: string;
}

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
export const isTime = (x: unknown): x is string => typeof x === 'string' && Number.isFinite(Date.parse(x));
export const isPermutation = (x: unknown, n: number): x is number[] =>
  Array.isArray(x) && x.length === n && new Set(x).size === n && x.every((v) => Number.isInteger(v) && v >= 0 && v < n);

/** A saved shuffle still fits the question when it permutes exactly the question's current items. */
export function presentationFits(q: Question, p: unknown): p is Presentation {
  if (!isObject(p) || p.questionId !== q.id) return false;
  switch (q.type) {
    case 'single':
    case 'multiple':
      return isPermutation(p.order, q.choices.length) && p.answerOrder === undefined;
    case 'ordering':
      return isPermutation(p.order, q.steps.length) && p.answerOrder === undefined;
    case 'matching':
      return isPermutation(p.order, q.pairs.length) && isPermutation(p.answerOrder, q.pairs.length + q.distractors.length);
    case 'flashcard':
      return false;
  }
}
