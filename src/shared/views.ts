// What the webview is shown and what it answers with. A QuestionView never holds the answer key:
// items are in display order and answers refer to display positions, which only the host can map
// back to the bank's order.
import type { MdDoc } from './mdDoc';

export type QuestionKind = 'single' | 'multiple' | 'ordering' | 'matching' | 'flashcard';

export interface QuestionView {
  id: string;
  type: QuestionKind;
  topicTitle: string;
  difficulty: 1 | 2 | 3;
  stem: MdDoc;
  caseStudy?: { title: string; scenario: MdDoc };
  /** single / multiple: the choices in display order */
  choices?: MdDoc[];
  /** multiple: how many to pick */
  select?: number;
  /** ordering: the steps, shuffled */
  steps?: MdDoc[];
  /** matching: prompts in order and the candidate answers, shuffled */
  prompts?: MdDoc[];
  answers?: MdDoc[];
}

export const FLASHCARD_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type FlashcardRating = (typeof FLASHCARD_RATINGS)[number];

export type AnswerPayload =
  | { type: 'single'; choice: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'ordering'; order: number[] }
  | { type: 'matching'; matches: number[] }
  | { type: 'flashcard'; rating: FlashcardRating };

export interface TermView {
  id: string;
  name: string;
  /** other names it goes by, to find it in the question's text */
  aliases: string[];
  definition: string;
  /** the exam tip and the term's documentation page, for its card */
  tip?: string;
  link?: string;
}

/** A glossary term's card: what the term is, the exam tip, its page, and how many questions cover it. */
export interface TermCardView {
  id: string;
  name: string;
  category: string;
  aliases: string[];
  definition: string;
  tip: string;
  link: string;
  questions: number;
}

export interface FeedbackView {
  questionId: string;
  /** undefined for a flashcard, which the learner grades */
  correct?: boolean;
  /** single / multiple, in display order */
  choices?: { text: MdDoc; correct: boolean; picked: boolean; why: MdDoc }[];
  /** ordering, in the correct order, with where the learner put each */
  steps?: { text: MdDoc; why: MdDoc; placedAt: number }[];
  /** matching, per prompt */
  pairs?: { prompt: MdDoc; answer: MdDoc; picked?: MdDoc; correct: boolean; why: MdDoc }[];
  /** flashcard: the back of the card */
  answer?: MdDoc;
  explanation: MdDoc;
  links: string[];
  terms: TermView[];
}

export interface SummaryView {
  title: string;
  /** a cram round: nothing it answered changed the learner's schedule */
  cram?: boolean;
  /** a line about the round's mode, shown over the score (set by the host, translated there) */
  modeNote?: string;
  answered: number;
  correct: number;
  skipped: number;
  total: number;
  byTopic: { topicTitle: string; answered: number; correct: number }[];
  missed: number;
  /** each question answered wrong or skipped, with the point to remember */
  missedQuestions: MissedQuestionView[];
  /** the learner's weakest topic, offered as the next step (set by the host) */
  nextTopic?: { id: string; title: string };
  /** a round set aside earlier that can be resumed (set by the host) */
  paused?: { title: string; done: number; total: number };
}

export interface MissedQuestionView {
  questionId: string;
  topicTitle: string;
  /** the stem as plain text */
  stem: string;
  /** the explanation's first sentence, or the card's back */
  keyPoint: string;
  skipped: boolean;
}
