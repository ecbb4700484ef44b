// The status bar item: cards due now and the day streak; a click starts the review. Both come
// from progress alone (due dates and review days), so showing them never loads the catalog.
import * as vscode from 'vscode';
import { statusLine } from '../../core/progress/statusLine';
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
    // The label and streak come from the progress as it is now, so a reset clears the streak too.
    const line = statusLine(due, this.progress.current, new Date());
    this.item.text = line.text;
    this.item.tooltip = line.tooltip;
    this.item.accessibilityInformation = { label: line.accessibleLabel, role: 'button' };
    this.item.show();
    this.onDue(due);
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
