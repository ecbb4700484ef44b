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
    const abandon = vscode.l10n.t('Abandon Exam');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('An exam simulation is in progress. Abandon it?'), { modal: true, detail: vscode.l10n.t('Its answers are not scored and it will not appear in your exam history.') }, abandon);
    return choice === abandon;
  }
  if (exam.resultsOf) {
    const leave = vscode.l10n.t('Leave Results');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('Leave the results of your {0} exam simulation?', exam.resultsOf),
      { modal: true, detail: vscode.l10n.t('The score stays in your exam history ("SageMaker Study: Show Exam History"); the question-by-question review closes.') },
      leave,
    );
    return choice === leave;
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
  const startNew = vscode.l10n.t('Start New');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('You are {0} of {1} into "{2}". Start {3} instead?', s.done, s.total, round.title, next),
    { modal: true, detail: vscode.l10n.t('The round you leave is kept: resume it from the panel later.') },
    startNew, vscode.l10n.t('Resume {0}, {1} of {2}', round.title, s.done, s.total),
  );
  if (choice !== startNew) return false;
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
