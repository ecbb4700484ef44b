// One question of an exam as the learner sees it, and the checks an answer to it must pass before
// it is kept: the shape of the question as shown, and nothing but the schema's fields.
import type { Exam, Question } from '../bank/model';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { AnswerPayload } from '../../shared/views';
import { parseAnswerPayload } from '../../shared/protocol';
import { AnswerMismatchError, grade, type Presentation } from '../quiz/grading';
import { examDomainOf, isGradedQuestion } from './examDraw';

export interface ExamItem {
  question: Question;
  domain: number;
  presentation: Presentation;
}

/** The question and its domain when the index still holds it as a graded question of the exam. */
export function gradedQuestionOf(index: CatalogIndex, exam: Exam, id: string): { question: Question; domain: number } | undefined {
  const question = index.question(id);
  const domain = question && isGradedQuestion(question) ? examDomainOf(index, exam, question) : undefined;
  return question && domain !== undefined ? { question, domain } : undefined;
}

/** Throws grading's AnswerMismatchError when the answer does not fit the question as shown; never reveals correctness. */
export function checkShape(item: ExamItem, answer: AnswerPayload, index: CatalogIndex): void {
  grade(item.question, item.presentation, answer, index);
}

/** A copy with the schema's fields only: nothing extra a message carried is kept or saved. */
export const copyAnswer = (a: AnswerPayload): AnswerPayload => {
  const clean = parseAnswerPayload(a);
  if (!clean) throw new AnswerMismatchError(`not an answer: ${JSON.stringify(a)?.slice(0, 100)}`);
  return clean;
};
