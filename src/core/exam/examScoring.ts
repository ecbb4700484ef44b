// Scoring a submitted mock exam: raw and per-domain percentages, an estimated scaled score against the
// pass line, and every question's feedback for the review, answered or not.
import * as l10n from '@vscode/l10n';
import type { Exam, Question } from '../bank/model';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { AnswerPayload, FeedbackView, QuestionView } from '../../shared/views';
import { AnswerMismatchError, grade, questionView, type Presentation } from '../quiz/grading';

export const SCALED_MIN = 100;
export const SCALED_MAX = 1000;

/**
 * The raw percentage assumed to land exactly on the pass line. AWS does not publish it: raw answers are
 * equated to the 100–1,000 scale per exam form. These are working assumptions for an estimate only.
 */
export const CUT_PERCENT: Readonly<Record<string, number>> = {
  'MLA-C01': 70,
  'AIF-C01': 65,
};
/** For an exam without its own assumption. */
export const DEFAULT_CUT_PERCENT = 70;

export const cutPercentOf = (examCode: string): number => CUT_PERCENT[examCode] ?? DEFAULT_CUT_PERCENT;

/**
 * An ESTIMATE of the scaled score, not AWS's: piecewise linear from 0 % → 100 through the assumed cut
 * percentage → passScore to 100 % → 1000, rounded. Below the cut it stays under passScore, so the
 * estimate never passes a raw score the cut fails.
 */
export function estimateScaledScore(exam: Pick<Exam, 'code' | 'passScore'>, percent: number): number {
  const p = Math.min(100, Math.max(0, percent));
  const cut = cutPercentOf(exam.code);
  const pass = exam.passScore;
  if (p >= cut) return Math.round(cut >= 100 ? SCALED_MAX : pass + ((SCALED_MAX - pass) * (p - cut)) / (100 - cut));
  return Math.min(pass - 1, Math.round(SCALED_MIN + ((pass - SCALED_MIN) * p) / cut));
}

/** One question as the exam asked it. */
export interface ScoringItem {
  question: Question;
  domain: number;
  presentation: Presentation;
  /** the learner's answer in display positions; absent when unanswered */
  answer?: AnswerPayload;
  flagged?: boolean;
}

export interface DomainScore {
  domain: number;
  title: string;
  correct: number;
  total: number;
  /** correct / total × 100, unrounded */
  percent: number;
}

export interface ExamQuestionReview {
  /** position in the exam, from 0 */
  index: number;
  questionId: string;
  domain: number;
  answered: boolean;
  /** false when unanswered: an unanswered question counts as wrong */
  correct: boolean;
  flagged: boolean;
  /** the question as it was shown (same shuffles) */
  view: QuestionView;
  answer?: AnswerPayload;
  /** from grade() when answered; when unanswered, nothing picked: choices unpicked, steps placedAt -1, pairs without picked */
  feedback: FeedbackView;
}

export interface ExamScore {
  examCode: string;
  total: number;
  answered: number;
  correct: number;
  /** raw percentage correct, unrounded */
  percent: number;
  /** ESTIMATED scaled score (see estimateScaledScore) */
  scaled: number;
  passScore: number;
  /** the assumed raw percentage at the pass line (see CUT_PERCENT) */
  cutPercent: number;
  passed: boolean;
  /** the domains that had questions, in the exam guide's order */
  perDomain: DomainScore[];
  questions: ExamQuestionReview[];
}

/**
 * Feedback for a question left unanswered: the key, every why, the explanation, links and terms, nothing
 * picked. It starts from grade() on a placeholder answer so it always carries what grade() shows, then
 * clears the placeholder's picks.
 */
export function unansweredFeedback(q: Question, p: Presentation, index: CatalogIndex): FeedbackView {
  const n = (k: number) => Array.from({ length: k }, (_, i) => i);
  switch (q.type) {
    case 'single': {
      const fb = grade(q, p, { type: 'single', choice: 0 }, index);
      return { ...fb, correct: false, choices: fb.choices?.map((c) => ({ ...c, picked: false })) };
    }
    case 'multiple': {
      const fb = grade(q, p, { type: 'multiple', choices: [] }, index);
      return { ...fb, correct: false, choices: fb.choices?.map((c) => ({ ...c, picked: false })) };
    }
    case 'ordering': {
      const fb = grade(q, p, { type: 'ordering', order: n(q.steps.length) }, index);
      return { ...fb, correct: false, steps: fb.steps?.map((s) => ({ ...s, placedAt: -1 })) };
    }
    case 'matching': {
      const fb = grade(q, p, { type: 'matching', matches: q.pairs.map(() => 0) }, index);
      return { ...fb, correct: false, pairs: fb.pairs?.map(({ picked: _picked, ...pair }) => ({ ...pair, correct: false })) };
    }
    case 'flashcard':
      return grade(q, p, { type: 'flashcard', rating: 'good' }, index);
  }
}

const pct = (correct: number, total: number) => (total === 0 ? 0 : (correct * 100) / total);

/** Scores every item; an unanswered question, or an answer that no longer fits its question, counts as wrong. */
export function scoreExam(exam: Exam, items: readonly ScoringItem[], index: CatalogIndex): ExamScore {
  const tallies = new Map<number, { correct: number; total: number }>();
  let answered = 0;
  let correct = 0;
  const questions = items.map((item, i): ExamQuestionReview => {
    const { question: q, presentation: p } = item;
    let feedback: FeedbackView | undefined;
    if (item.answer) {
      try {
        feedback = grade(q, p, item.answer, index);
      } catch (e) {
        if (!(e instanceof AnswerMismatchError)) throw e;
      }
    }
    const right = feedback?.correct === true;
    const tally = tallies.get(item.domain) ?? { correct: 0, total: 0 };
    tallies.set(item.domain, tally);
    tally.total++;
    if (feedback) answered++;
    if (right) {
      correct++;
      tally.correct++;
    }
    return {
      index: i,
      questionId: q.id,
      domain: item.domain,
      answered: feedback !== undefined,
      correct: right,
      flagged: item.flagged ?? false,
      view: questionView(q, p, index),
      ...(feedback && item.answer ? { answer: item.answer } : {}),
      feedback: feedback ?? unansweredFeedback(q, p, index),
    };
  });
  const known = exam.domains.map((d) => d.number);
  const domainNumbers = [...known, ...[...tallies.keys()].filter((d) => !known.includes(d)).sort((a, b) => a - b)];
  const perDomain = domainNumbers.flatMap((d): DomainScore[] => {
    const t = tallies.get(d);
    if (!t) return [];
    const title = exam.domains.find((x) => x.number === d)?.title ?? l10n.t('Domain {0}', d);
    return [{ domain: d, title, correct: t.correct, total: t.total, percent: pct(t.correct, t.total) }];
  });
  const percent = pct(correct, items.length);
  const scaled = estimateScaledScore(exam, percent);
  return {
    examCode: exam.code,
    total: items.length,
    answered,
    correct,
    percent,
    scaled,
    passScore: exam.passScore,
    cutPercent: cutPercentOf(exam.code),
    passed: scaled >= exam.passScore,
    perDomain,
    questions,
  };
}

/** A submitted attempt: its score and when it ran. */
export interface ExamResult extends ExamScore {
  /** ISO times; finishedAt is the submit time, or the deadline when submitted after it */
  startedAt: string;
  finishedAt: string;
  minutes: number;
  /** submitted at or after the deadline */
  timedOut: boolean;
}
