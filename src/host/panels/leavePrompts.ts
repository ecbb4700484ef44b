// Nothing the learner is doing in the panel is dropped silently when something else starts: a
// running exam, the results of one, or a round under way each get a question first. A round left
// for something else is kept (one slot) and offered for resuming.
import * as vscode from 'vscode';
import type { SessionSnapshot } from '../../core/quiz/session';
import type { PausedRoundView } from '../../shared/protocol';
import { StorageKey } from '../storage/storageKeys';
import type { ExamMode } from './examMode';
import type { QuizRound } from './quizRound';

/** True when the exam in the panel (running, or its results) may be left. */
export async function mayLeaveExam(exam: ExamMode): Promise<boolean> {
  if (!exam.active) return true;
  if (exam.running) {
    const choice = await vscode.window.showWarningMessage('An exam simulation is in progress. Abandon it?', { modal: true, detail: 'Its answers are not scored and it will not appear in your exam history.' }, 'Abandon Exam');
    return choice === 'Abandon Exam';
  }
  if (exam.resultsOf) {
    const choice = await vscode.window.showInformationMessage(
      `Leave the results of your ${exam.resultsOf} exam simulation?`,
      { modal: true, detail: 'The score stays in your exam history ("SageMaker Study: Show Exam History"); the question-by-question review closes.' },
      'Leave Results',
    );
    return choice === 'Leave Results';
  }
  return true;
}

/**
 * True when the round may be replaced by `next`: no round under way, or the learner chose to start
 * the new one, in which case the round is set aside to resume later.
 */
export async function mayLeaveRound(round: QuizRound | undefined, next: string, state: vscode.Memento): Promise<boolean> {
  if (!round?.inProgress) return true;
  const s = round.session;
  const choice = await vscode.window.showWarningMessage(
    `You are ${s.done} of ${s.total} into "${round.title}". Start ${next} instead?`,
    { modal: true, detail: 'The round you leave is kept: resume it from the panel later.' },
    'Start New', `Resume ${round.title}, ${s.done} of ${s.total}`,
  );
  if (choice !== 'Start New') return false;
  await state.update(StorageKey.pausedQuizSession, round.snapshot());
  return true;
}

/** The round set aside, as the summary and empty screens offer it. */
export function pausedRound(state: vscode.Memento): PausedRoundView | undefined {
  const p = state.get<SessionSnapshot>(StorageKey.pausedQuizSession);
  if (!p || !Array.isArray(p.questionIds)) return undefined;
  const done = new Set([...(p.outcomes ?? []).map((o) => o.questionId), ...(p.skipped ?? [])]).size;
  return { title: String(p.title), done, total: p.questionIds.length };
}
