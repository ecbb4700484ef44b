// Progress in workspace state. Writes go one after another, so two answers at once both land;
// unreadable saved state is kept aside under a backup key before study goes on.
import * as vscode from 'vscode';
import { loadProgress, recordAnswer, type ProgressState } from '../../core/progress/progressState';

export const PROGRESS_KEY = 'sagemakerStudy.progress';
export const PROGRESS_BACKUP_PREFIX = 'sagemakerStudy.progress.backup.';

export class ProgressStore implements vscode.Disposable {
  private state: ProgressState;
  private writes: Promise<void> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<string[]>();
  /** Fires with the question ids whose progress changed. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly memento: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
    private readonly now: () => Date = () => new Date(),
  ) {
    const loaded = loadProgress(memento.get(PROGRESS_KEY));
    this.state = loaded.state;
    if (!loaded.ok) {
      const backupKey = `${PROGRESS_BACKUP_PREFIX}${this.now().toISOString()}`;
      this.log.warn(`Saved progress could not be read (${loaded.reason}); it was kept under ${backupKey}`);
      this.enqueue(async () => {
        await memento.update(backupKey, loaded.damaged);
        await memento.update(PROGRESS_KEY, this.state);
      });
      void vscode.window.showWarningMessage(
        `SageMaker Study: saved progress could not be read (${loaded.reason}). A copy was kept in workspace state under "${backupKey}"; study goes on with what could be read.`,
      );
    }
  }

  get current(): ProgressState {
    return this.state;
  }

  record(questionId: string, correct: boolean): Promise<void> {
    this.state = recordAnswer(this.state, questionId, correct, this.now());
    const snapshot = this.state;
    this.changed.fire([questionId]);
    return this.enqueue(() => Promise.resolve(this.memento.update(PROGRESS_KEY, snapshot)));
  }

  /** Resolves when every write so far has reached storage. */
  flush(): Promise<void> {
    return this.writes;
  }

  private enqueue(write: () => Thenable<void> | Promise<void>): Promise<void> {
    this.writes = this.writes.then(write).catch((err: unknown) => this.log.error(`Saving progress failed: ${String(err)}`));
    return this.writes;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
