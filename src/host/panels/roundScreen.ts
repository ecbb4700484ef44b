// What the panel shows of a round: the round's own view, plus what only the panel knows (the next
// topic to study, the round set aside, the cram note, whether the last answer can be taken back),
// and the upkeep when questions of the round are suspended.
import * as vscode from 'vscode';
import type { ProgressState } from '../../core/progress/model';
import { isSuspended } from '../../core/progress/suspension';
import type { HostToWebview, PausedRoundView } from '../../shared/protocol';
import type { QuizRound } from './quizRound';
import type { RoundUndo } from './roundUndo';

export function roundScreen(r: QuizRound, state: ProgressState, paused: { paused?: PausedRoundView }, undo: RoundUndo): HostToWebview {
  const view = r.view();
  if (view.type === 'summary') {
    const nextTopic = r.nextTopic(state);
    const modeNote = r.cram ? { modeNote: vscode.l10n.t('Cram round: your schedule, due dates and review counts were not changed.') } : {};
    view.summary = { ...view.summary, ...(nextTopic ? { nextTopic } : {}), ...paused, ...modeNote };
  } else if (r.cram && (view.type === 'question' || view.type === 'feedback')) {
    view.modeNote = vscode.l10n.t('Cram — your schedule is not changed');
  }
  if (view.type === 'question' || view.type === 'feedback' || view.type === 'summary') view.undo = undo.view(r);
  return view;
}

/** Takes the round's suspended questions (of `ids`, or all) out of it; true when it changed. */
export function dropSuspended(r: QuizRound, state: ProgressState, ids: readonly string[] | undefined): boolean {
  let changed = false;
  for (const id of r.snapshot().questionIds) if ((!ids || ids.includes(id)) && isSuspended(state, id)) changed = r.suspended(id) || changed;
  return changed;
}
