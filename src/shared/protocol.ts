// The messages between the extension host and the quiz webview. Both sides import this file.
// The webview speaks first ('ready'); the host answers with the state to show.
import type { ExamAttemptView, ExamHistoryView, ExamIntroView, ExamQuestionState, ExamResultView } from './examViews';
import { FLASHCARD_RATINGS, type AnswerPayload, type FlashcardRating, type FeedbackView, type QuestionView, type SummaryView, type TermCardView } from './views';

export type { ExamQuestionState, ExamSheetEntry } from './examViews';

export interface Progress {
  /** 0-based position of the current question */
  index: number;
  total: number;
  answered: number;
  flagged: boolean;
}

/**
 * `attempt` numbers each showing of a question in a round. The webview echoes it with the learner's
 * action, and the host applies each action once per attempt: a double click cannot rate a card twice
 * or skip the next card unseen.
 */
export type HostToWebview =
  | { type: 'question'; title: string; question: QuestionView; progress: Progress; attempt: number; draft?: AnswerPayload; undo?: UndoView }
  | { type: 'feedback'; title: string; question: QuestionView; progress: Progress; feedback: FeedbackView; attempt: number; schedule?: ScheduleView; undo?: UndoView }
  | { type: 'summary'; summary: SummaryView; undo?: UndoView }
  | { type: 'flagged'; flagged: boolean }
  | { type: 'empty'; message: string; paused?: PausedRoundView }
  | { type: 'termCard'; term: TermCardView }
  | { type: 'examIntro'; intro: ExamIntroView }
  | { type: 'examQuestion'; exam: ExamQuestionState }
  | { type: 'examResult'; examName: string; result: ExamResultView; history: ExamAttemptView[]; domainTitles: Record<number, string> }
  | { type: 'examHistory'; history: ExamHistoryView; canGoBack: boolean };

/**
 * When the card comes back. A revealed flashcard gets each rating's interval for its buttons ("<10m",
 * "3d"): times only, never the key. A graded question gets, after its answer, its next review.
 */
export interface ScheduleView {
  intervals?: Record<FlashcardRating, string>;
  /** the interval as text, and the due time (ISO) for the tooltip */
  nextReview?: { label: string; at: string };
}

/** Undo of the round's last answer: whether it is offered, and what was just undone (announced). */
export interface UndoView {
  available: boolean;
  /** set on the view that follows an undo */
  notice?: string;
}

/** A round set aside when something else started, to resume later ("Resume Data labeling, 4 of 17"). */
export interface PausedRoundView {
  title: string;
  done: number;
  total: number;
}

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'answer'; questionId: string; attempt: number; answer: AnswerPayload }
  | { type: 'reveal'; questionId: string; attempt: number }
  | { type: 'next'; attempt: number }
  | { type: 'skip'; attempt: number }
  | { type: 'flag' }
  /** take back the round's last answer or rating (Ctrl+Z, Cmd+Z on macOS) */
  | { type: 'undo' }
  /** the learner's choice so far, kept so a reload shows it again */
  | { type: 'draft'; questionId: string; answer: AnswerPayload | null }
  | { type: 'retryMissed' }
  | { type: 'nextWeakest' }
  | { type: 'backToTopics' }
  | { type: 'resumePaused' }
  | { type: 'back' }
  | { type: 'quizTerm'; termId: string }
  | { type: 'openLink'; url: string }
  | { type: 'examStart' }
  | { type: 'examAnswer'; index: number; answer: AnswerPayload | null }
  | { type: 'examGo'; index: number }
  | { type: 'examFlag'; index: number }
  | { type: 'examSubmit' }
  | { type: 'examRetake' }
  | { type: 'examHistory' };

const isInt = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) < 1000;
const isIntList = (x: unknown): x is number[] => Array.isArray(x) && x.length <= 100 && x.every(isInt);
const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200;
const isAttempt = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The answer rebuilt from its schema fields only, or undefined when it does not fit the schema. */
export function parseAnswerPayload(x: unknown): AnswerPayload | undefined {
  if (!isObject(x)) return undefined;
  switch (x.type) {
    case 'single':
      return isInt(x.choice) ? { type: 'single', choice: x.choice } : undefined;
    case 'multiple':
      return isIntList(x.choices) ? { type: 'multiple', choices: [...x.choices] } : undefined;
    case 'ordering':
      return isIntList(x.order) ? { type: 'ordering', order: [...x.order] } : undefined;
    case 'matching':
      return isIntList(x.matches) ? { type: 'matching', matches: [...x.matches] } : undefined;
    case 'flashcard':
      return typeof x.rating === 'string' && (FLASHCARD_RATINGS as readonly string[]).includes(x.rating)
        ? { type: 'flashcard', rating: x.rating as FlashcardRating }
        : undefined;
    default:
      return undefined;
  }
}

export function isAnswerPayload(x: unknown): x is AnswerPayload {
  return parseAnswerPayload(x) !== undefined;
}

/**
 * Everything that arrives from the webview goes through here: a message that fits the schema comes
 * back rebuilt from its schema fields only (extra fields never reach state or storage); anything else
 * is undefined, to be dropped and logged.
 */
export function parseWebviewMessage(x: unknown): WebviewToHost | undefined {
  if (!isObject(x)) return undefined;
  switch (x.type) {
    case 'ready':
    case 'flag':
    case 'undo':
    case 'retryMissed':
    case 'nextWeakest':
    case 'backToTopics':
    case 'resumePaused':
    case 'back':
    case 'examStart':
    case 'examSubmit':
    case 'examRetake':
    case 'examHistory':
      return { type: x.type };
    case 'next':
    case 'skip':
      return isAttempt(x.attempt) ? { type: x.type, attempt: x.attempt } : undefined;
    case 'examAnswer': {
      if (!isInt(x.index)) return undefined;
      if (x.answer === null) return { type: 'examAnswer', index: x.index, answer: null };
      const answer = parseAnswerPayload(x.answer);
      return answer && { type: 'examAnswer', index: x.index, answer };
    }
    case 'examGo':
    case 'examFlag':
      return isInt(x.index) ? { type: x.type, index: x.index } : undefined;
    case 'answer': {
      const answer = parseAnswerPayload(x.answer);
      return isId(x.questionId) && isAttempt(x.attempt) && answer ? { type: 'answer', questionId: x.questionId, attempt: x.attempt, answer } : undefined;
    }
    case 'draft': {
      if (!isId(x.questionId)) return undefined;
      if (x.answer === null) return { type: 'draft', questionId: x.questionId, answer: null };
      const answer = parseAnswerPayload(x.answer);
      return answer && { type: 'draft', questionId: x.questionId, answer };
    }
    case 'reveal':
      return isId(x.questionId) && isAttempt(x.attempt) ? { type: 'reveal', questionId: x.questionId, attempt: x.attempt } : undefined;
    case 'quizTerm':
      return isId(x.termId) ? { type: 'quizTerm', termId: x.termId } : undefined;
    case 'openLink':
      return typeof x.url === 'string' && x.url.length < 2048 && /^https:\/\//.test(x.url) ? { type: 'openLink', url: x.url } : undefined;
    default:
      return undefined;
  }
}

/** True when the message fits the schema (see parseWebviewMessage, which the host uses). */
export function isWebviewToHost(x: unknown): x is WebviewToHost {
  return parseWebviewMessage(x) !== undefined;
}
