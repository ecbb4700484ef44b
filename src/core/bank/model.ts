// The compiled form of the question banks and glossary: what the extension loads at runtime.
// Markdown fields are stored as a safe document tree (see ../markdown.ts), never as HTML.
import type { MdDoc } from '../mdTree';

export interface ExamDomain {
  number: number;
  title: string;
  weight: number;
  examQuestions: number;
}

export interface Exam {
  code: string;
  name: string;
  guide: string;
  questions: number;
  scored: number;
  minutes: number;
  passScore: number;
  domains: ExamDomain[];
}

export interface Bank {
  id: string;
  title: string;
  exams: { code: string; guide: string }[];
  file: string;
}

export interface Topic {
  id: string;
  title: string;
  summary: string;
  exam: string;
  domain: number;
  bank: string;
}

export interface CaseStudy {
  id: string;
  title: string;
  scenario: MdDoc;
}

export interface Choice {
  text: MdDoc;
  correct: boolean;
  why: MdDoc;
}

export interface OrderingStep {
  text: MdDoc;
  why: MdDoc;
}

export interface MatchingPair {
  prompt: MdDoc;
  answer: MdDoc;
  why: MdDoc;
}

export type QuestionType = 'single' | 'multiple' | 'ordering' | 'matching' | 'flashcard';
export const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'ordering', 'matching', 'flashcard'];

interface QuestionBase {
  id: string;
  topic: string;
  difficulty: 1 | 2 | 3;
  stem: MdDoc;
  explanation: MdDoc;
  terms: string[];
  links: string[];
  tags: string[];
  case?: string;
}

export interface SingleQuestion extends QuestionBase {
  type: 'single';
  choices: Choice[];
}
export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  select: number;
  choices: Choice[];
}
export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  steps: OrderingStep[];
}
export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  pairs: MatchingPair[];
  distractors: MdDoc[];
}
export interface FlashcardQuestion extends QuestionBase {
  type: 'flashcard';
  answer: MdDoc;
}

export type Question = SingleQuestion | MultipleQuestion | OrderingQuestion | MatchingQuestion | FlashcardQuestion;

export const TERM_CATEGORIES = [
  'sagemaker-feature',
  'ai-service',
  'ml-concept',
  'data-storage',
  'security-governance',
] as const;
export type TermCategory = (typeof TERM_CATEGORIES)[number];

/** A code identifier a term answers to; `module` limits it to files that import that module. */
export interface CodePattern {
  name: string;
  module?: string;
}

export interface GlossaryTerm {
  id: string;
  name: string;
  category: TermCategory;
  aliases: string[];
  code: CodePattern[];
  definition: string;
  tip: string;
  related: string[];
  link: string;
}

export const CATALOG_FORMAT = 1;

export interface Catalog {
  format: typeof CATALOG_FORMAT;
  exams: Exam[];
  banks: Bank[];
  topics: Topic[];
  cases: CaseStudy[];
  questions: Question[];
  terms: GlossaryTerm[];
  /** the line where each question starts in its bank file (see Bank.file), for "report a problem" */
  lines?: Record<string, number>;
}
