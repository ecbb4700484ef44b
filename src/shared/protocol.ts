// The messages between the extension host and the quiz webview. Both sides import this file.
// The webview speaks first ('ready'); the host answers with the state to show.
import {
  FLASHCARD_RATINGS, type AnswerPayload, type FeedbackView, type QuestionView, type SummaryView,
} from './views';
import type { ExamResult } from '../core/exam/examSession';
import type { ExamAttempt } from '../core/exam/examHistory';

/** One line of the exam's answer sheet. */
export interface ExamSheetEntry {
  index: number;
  domain: number;
  answered: boolean;
  flagged: boolean;
}

/** An exam question as the webview shows it: no key, no feedback until the whole exam is submitted. */
export interface ExamQuestionState {
  examCode: string;
  examName: string;
  index: number;
  total: number;
  question: QuestionView;
  /** the learner's current answer, to show it again when they come back to the question */
  answer?: AnswerPayload;
  flagged: boolean;
  /** ISO times: the webview counts down from deadline, corrected by the host's clock */
  deadline: string;
  now: string;
  sheet: ExamSheetEntry[];
  domainTitles: Record<number, string>;
}

export interface Progress {
  /** 0-based position of the current question */
  index: number;
  total: number;
  answered: number;
  flagged: boolean;
}

export type HostToWebview =
  | { type: 'question'; title: string; question: QuestionView; progress: Progress }
  | { type: 'feedback'; title: string; question: QuestionView; progress: Progress; feedback: FeedbackView }
  | { type: 'summary'; summary: SummaryView }
  | { type: 'flagged'; flagged: boolean }
  | { type: 'empty'; message: string }
  | { type: 'examQuestion'; exam: ExamQuestionState }
  | { type: 'examResult'; examName: string; result: ExamResult; history: ExamAttempt[]; domainTitles: Record<number, string> };

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'answer'; questionId: string; answer: AnswerPayload }
  | { type: 'reveal'; questionId: string }
  | { type: 'next' }
  | { type: 'skip' }
  | { type: 'flag' }
  | { type: 'retryMissed' }
  | { type: 'openLink'; url: string }
  | { type: 'examAnswer'; index: number; answer: AnswerPayload | null }
  | { type: 'examGo'; index: number }
  | { type: 'examFlag'; index: number }
  | { type: 'examSubmit' }
  | { type: 'examRetake' };

const isInt = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) < 1000;
const isIntList = (x: unknown): x is number[] => Array.isArray(x) && x.length <= 100 && x.every(isInt);
const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200;

export function isAnswerPayload(x: unknown): x is AnswerPayload {
  if (typeof x !== 'object' || x === null) return false;
  const a = x as Record<string, unknown>;
  switch (a.type) {
    case 'single':
      return isInt(a.choice);
    case 'multiple':
      return isIntList(a.choices);
    case 'ordering':
      return isIntList(a.order);
    case 'matching':
      return isIntList(a.matches);
    case 'flashcard':
      return typeof a.rating === 'string' && (FLASHCARD_RATINGS as readonly string[]).includes(a.rating);
    default:
      return false;
  }
}

/** The guard for everything that arrives from the webview: anything else is dropped and logged. */
export function isWebviewToHost(x: unknown): x is WebviewToHost {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'next':
    case 'skip':
    case 'flag':
    case 'retryMissed':
    case 'examSubmit':
    case 'examRetake':
      return true;
    case 'examAnswer':
      return isInt(m.index) && (m.answer === null || isAnswerPayload(m.answer));
    case 'examGo':
    case 'examFlag':
      return isInt(m.index);
    case 'answer':
      return isId(m.questionId) && isAnswerPayload(m.answer);
    case 'reveal':
      return isId(m.questionId);
    case 'openLink':
      return typeof m.url === 'string' && m.url.length < 2048 && /^https:\/\//.test(m.url);
    default:
      return false;
  }
}
