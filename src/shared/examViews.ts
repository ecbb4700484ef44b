// What the webview is shown of an exam simulation: the intro, a question under way (no key, no
// feedback), and the result after submit. The core's exam types satisfy these shapes; shared code
// never imports the core.
import type { AnswerPayload, FeedbackView, QuestionView } from './views';

/** One line of the exam's answer sheet. */
export interface ExamSheetEntry {
  index: number;
  domain: number;
  answered: boolean;
  flagged: boolean;
}

/** Before the timer runs: what the exam is, how long it takes, and its rules. */
export interface ExamIntroView {
  examCode: string;
  examName: string;
  questions: number;
  minutes: number;
  passScore: number;
  /** the domains and how many questions each has in this draw */
  domains: { number: number; title: string; questions: number }[];
  /** true for a shorter practice exam in the full exam's proportions */
  practice: boolean;
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

export interface ExamDomainScoreView {
  domain: number;
  title: string;
  correct: number;
  total: number;
  percent: number;
}

export interface ExamReviewItemView {
  index: number;
  domain: number;
  answered: boolean;
  correct: boolean;
  flagged: boolean;
  /** the question as it was shown; its topic and stem title the review line */
  view: QuestionView;
  feedback: FeedbackView;
}

export interface ExamResultView {
  examCode: string;
  total: number;
  answered: number;
  correct: number;
  percent: number;
  scaled: number;
  passScore: number;
  cutPercent: number;
  passed: boolean;
  timedOut: boolean;
  perDomain: ExamDomainScoreView[];
  questions: ExamReviewItemView[];
}

export interface ExamAttemptView {
  examCode: string;
  finishedAt: string;
  questionCount: number;
  scaled: number;
  percent: number;
  passed: boolean;
}

/** The exam history on its own: every attempt per exam, newest first. */
export interface ExamHistoryView {
  exams: { examCode: string; examName: string; passScore: number; attempts: ExamAttemptView[] }[];
}
