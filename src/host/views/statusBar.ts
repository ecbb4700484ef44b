// The status bar item: cards due now and the day streak; a click starts the review. Both come
// from progress alone (due dates and review days), so showing them never loads the catalog.
import * as vscode from 'vscode';
import { streak } from '../../core/progress/stats';
import { CommandId } from '../commandIds';
import type { ProgressStore } from '../storage/progressStore';

export class StudyStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sagemakerStudy.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly progress: ProgressStore,
    private readonly onDue: (due: number) => void,
  ) {
    this.item.name = 'SageMaker Study';
    this.item.command = CommandId.showStatistics;
    this.subscription = progress.onDidChange(() => this.update());
  }

  update(): void {
    const due = this.progress.dueCount();
    const days = streak(this.progress.current, new Date());
    this.item.text = `$(mortar-board) ${due} due${days > 0 ? ` $(flame) ${days}` : ''}`;
    this.item.tooltip = `SageMaker Study: ${due} question${due === 1 ? '' : 's'} due for review${days > 0 ? `, ${days}-day streak` : ''}. Click to review.`;
    this.item.show();
    this.onDue(due);
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
