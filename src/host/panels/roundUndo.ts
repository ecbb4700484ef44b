// Undo in the quiz panel: takes back the round's last answer or rating in progress (the card, the
// day's count, the review log) and shows the question again. Several steps back, one at a time,
// and after a window reload. Undo is for study rounds: an exam simulation lets the learner change
// any answer until it is submitted, and its submitted answers cannot be taken back.
import * as vscode from 'vscode';
import type { UndoView } from '../../shared/protocol';
import type { ProgressStore } from '../storage/progressStore';
import type { QuizRound } from './quizRound';

export type UndoOutcome = 'undone' | 'exam' | 'nothing';

export class RoundUndo {
  /** true while an undo changes progress: that change is not a reset that closes the round */
  undoing = false;
  /** shown and announced with the first view after an undo */
  private notice: string | undefined;

  constructor(private readonly progress: ProgressStore) {}

  /** Whether the round's last answer can be taken back now: it is the last answer progress holds. */
  available(round: QuizRound | undefined): boolean {
    if (!round || !this.progress.isLoaded) return false;
    const id = this.progress.lastUndoable;
    return id !== undefined && round.answered(id);
  }

  /** What the next round view says about undo. */
  view(round: QuizRound | undefined): UndoView {
    const view: UndoView = { available: this.available(round), ...(this.notice ? { notice: this.notice } : {}) };
    this.notice = undefined;
    return view;
  }

  /** Takes back the round's last answer and rewinds the round to its question. */
  async undo(round: QuizRound | undefined, examActive: boolean): Promise<UndoOutcome> {
    if (examActive) return 'exam';
    if (!round) return 'nothing';
    const id = this.progress.lastUndoable;
    if (id === undefined || !round.answered(id)) return 'nothing';
    // The store announces the change before undoLast returns its promise: only that moment is flagged.
    this.undoing = true;
    const pending = this.progress.undoLast(id);
    this.undoing = false;
    const undone = await pending;
    if (undone === undefined || !round.rewind(undone)) return 'nothing';
    this.notice = vscode.l10n.t('Answer taken back: the question is unanswered again.');
    return 'undone';
  }
}

/** Tells the learner why nothing was undone, without getting in the way. */
export function explainNoUndo(outcome: Exclude<UndoOutcome, 'undone'>): void {
  if (outcome === 'exam') {
    void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: undo is for study rounds. In an exam simulation, go back to a question and change its answer until you submit.'));
  } else {
    vscode.window.setStatusBarMessage(vscode.l10n.t('SageMaker Study: no answer of this round to undo'), 4000);
  }
}
