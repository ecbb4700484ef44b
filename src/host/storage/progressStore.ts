// Progress in workspace state (or global state, synced with Settings Sync). Every change is applied
// to memory at once and written in order, so answers given together all land; unreadable saved
// state is kept under a backup key before study goes on.
import * as vscode from 'vscode';
import { exportProgress, importProgress, type ImportSummary, type ProgressExport } from '../../core/progress/exchange';
import { loadProgress } from '../../core/progress/load';
import { ProgressSerializer } from '../../core/progress/serializer';
import type { CardRecord, Grade, ProgressState } from '../../core/progress/model';
import { emptyProgress } from '../../core/progress/model';
import { mergeStates, reconcile, recordReview, resetCards, restoreCards } from '../../core/progress/operations';
import type { SchedulerOptions } from '../../core/progress/scheduler';
import type { StudyLimits } from '../../core/progress/queue';
import { StorageKey } from './storageKeys';

export type ProgressScope = 'workspace' | 'global';

export interface StudySettings extends SchedulerOptions, StudyLimits {
  scope: ProgressScope;
}

export function readStudySettings(): StudySettings {
  const c = vscode.workspace.getConfiguration('sagemakerStudy');
  return {
    scope: c.get<ProgressScope>('progress.scope', 'workspace') === 'global' ? 'global' : 'workspace',
    retention: c.get<number>('study.desiredRetention', 0.9),
    newPerDay: c.get<number>('study.newPerDay', 20),
    reviewsPerDay: c.get<number>('study.reviewsPerDay', 200),
  };
}

export interface Mementos {
  workspaceState: vscode.Memento;
  globalState: vscode.Memento & { setKeysForSync(keys: readonly string[]): void };
}

export class ProgressStore implements vscode.Disposable {
  private state: ProgressState = emptyProgress();
  private scope: ProgressScope;
  private writes: Promise<void> = Promise.resolve();
  private readonly serializer = new ProgressSerializer();
  private readonly changed = new vscode.EventEmitter<string[] | undefined>();
  /** Fires with the ids whose progress changed, or undefined when all may have. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly mementos: Mementos,
    private readonly settings: () => StudySettings,
    private readonly log: vscode.LogOutputChannel,
    private readonly now: () => Date = () => new Date(),
  ) {
    // Global progress follows the user to their other machines.
    mementos.globalState.setKeysForSync([StorageKey.progress]);
    this.scope = settings().scope;
    this.state = this.read(this.scope);
  }

  get current(): ProgressState {
    return this.state;
  }
  get currentScope(): ProgressScope {
    return this.scope;
  }
  get options(): StudySettings {
    return this.settings();
  }

  private memento(scope: ProgressScope): vscode.Memento {
    return scope === 'global' ? this.mementos.globalState : this.mementos.workspaceState;
  }

  private read(scope: ProgressScope): ProgressState {
    const memento = this.memento(scope);
    const loaded = loadProgress(memento.get(StorageKey.progress));
    if (loaded.ok) {
      if (loaded.migratedFrom !== undefined) {
        this.log.info(`Progress migrated from format ${loaded.migratedFrom}`);
        this.enqueue(() => memento.update(StorageKey.progress, this.serializer.serialize(loaded.state)));
      }
      return loaded.state;
    }
    const backupKey = `${StorageKey.progressBackupPrefix}${this.now().toISOString()}`;
    this.log.warn(`Saved progress could not be fully read (${loaded.reason}); the saved value was kept under ${backupKey}`);
    this.enqueue(async () => {
      await memento.update(backupKey, loaded.damaged);
      await memento.update(StorageKey.progress, this.serializer.serialize(loaded.state));
    });
    void vscode.window.showWarningMessage(
      `SageMaker Study: saved progress could not be fully read (${loaded.reason}). A copy was kept in ${scope} state under "${backupKey}"; study goes on with everything that could be read.`,
    );
    return loaded.state;
  }

  /** Follows a change of the scope setting: reads the progress kept in the new scope. */
  async scopeChanged(): Promise<void> {
    const scope = this.settings().scope;
    if (scope === this.scope) return;
    await this.flush();
    this.scope = scope;
    this.state = this.read(scope);
    this.changed.fire(undefined);
  }

  /** Moves this scope's progress into the other scope (merging, newer review wins) and switches to it. */
  async moveTo(target: ProgressScope): Promise<number> {
    if (target === this.scope) return 0;
    await this.flush();
    const from = this.memento(this.scope);
    const to = this.memento(target);
    const merged = mergeStates(loadProgress(to.get(StorageKey.progress)).state, this.state);
    const moved = Object.keys(this.state.cards).length;
    await to.update(StorageKey.progress, this.serializer.serialize(merged));
    await from.update(StorageKey.progress, undefined);
    this.scope = target;
    this.state = merged;
    this.changed.fire(undefined);
    return moved;
  }

  record(id: string, grade: Grade): Promise<void> {
    return this.apply(recordReview(this.state, id, grade, this.now(), this.settings()), [id]);
  }

  /** Removes the cards of these ids; returns them for undo. */
  async reset(ids: Iterable<string>): Promise<Record<string, CardRecord>> {
    const { state, removed } = resetCards(this.state, ids);
    await this.apply(state, Object.keys(removed));
    return removed;
  }

  restore(removed: Record<string, CardRecord>): Promise<void> {
    return this.apply(restoreCards(this.state, removed), Object.keys(removed));
  }

  async importData(data: unknown): Promise<ImportSummary> {
    const { state, summary } = importProgress(this.state, data);
    await this.apply(state, undefined);
    return summary;
  }

  exportData(): ProgressExport {
    return exportProgress(this.state, this.now());
  }

  /** Puts aside the cards of questions that left the banks, and brings back the ones that returned. */
  async reconcile(known: ReadonlySet<string>): Promise<void> {
    const r = reconcile(this.state, known);
    if (r.movedAside === 0 && r.restored === 0) return;
    this.log.info(`Progress: ${r.movedAside} card(s) of removed questions kept aside, ${r.restored} restored`);
    await this.apply(r.state, undefined);
  }

  private apply(state: ProgressState, ids: string[] | undefined): Promise<void> {
    this.state = state;
    this.changed.fire(ids);
    const memento = this.memento(this.scope);
    return this.enqueue(() => memento.update(StorageKey.progress, this.serializer.serialize(state)));
  }

  /** Resolves when every write so far has reached storage. */
  flush(): Promise<void> {
    return this.writes;
  }

  private enqueue(write: () => Thenable<void>): Promise<void> {
    this.writes = this.writes.then(write).then(undefined, (err: unknown) => this.log.error(`Saving progress failed: ${String(err)}`));
    return this.writes;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
