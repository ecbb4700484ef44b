// Which question the quiz panel shows: the one "Report a problem" and "Suspend" default to from the
// palette, and the only ones the webview may name in those messages.
import type { ExamMode } from './examMode';
import type { QuizRound } from './quizRound';

/** The round's current question, else the last one it showed; in exam mode, the exam's current question. */
export function questionOnScreen(round: QuizRound | undefined, exam: ExamMode): string | undefined {
  if (exam.active) return exam.currentQuestionId();
  if (!round) return undefined;
  const snap = round.snapshot();
  return snap.questionIds[Math.min(snap.position, snap.questionIds.length - 1)];
}

/** Whether the panel shows this question now: the one on screen, or any in a finished round's or exam's review. */
export function showsQuestion(round: QuizRound | undefined, exam: ExamMode, id: string): boolean {
  if (exam.active) return exam.shows(id);
  return questionOnScreen(round, exam) === id || (round?.session.finished === true && round.snapshot().questionIds.includes(id));
}
