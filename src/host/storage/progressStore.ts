// Progress in workspace state (or global state, synced with Settings Sync), read on first use.
// An answer changes one card in memory and appends two short lines to files in the extension's
// storage folder (the journal and the review log), so it costs the same with 10 cards or 100,000;
// after COMPACT_EVERY answers (in a pause between them) and after every other change, the state is
// written whole as a snapshot into VS Code's state and the journal starts again. Every destructive change first
// keeps a backup (backups.ts); unreadable saved state is kept there too before study goes on.
import * as vscode from 'vscode';
import { join } from 'node:path';
import { readHistory } from '../../core/exam/examHistory';
import { exportProgress, importProgress, mergeExamHistory, type ImportSummary, type ProgressExport } from '../../core/progress/exchange';
import { buildDueIndex } from '../../core/progress/dueIndex';
import { previewIntervals } from '../../core/progress/intervals';
import { entriesToKeep } from '../../core/progress/journal';
import { countCards, loadProgress, type LoadedProgress } from '../../core/progress/load';
import { own, type CardRecord, type Grade, type IdMap, type ProgressState } from '../../core/progress/model';
import { mergeStates, reconcile, resetCards, restoreCards } from '../../core/progress/operations';
import { dueQuestionCount } from '../../core/progress/queue';
import { inTimeOrder, missingFrom, type ReviewLogEntry } from '../../core/progress/reviewLog';
import { ProgressSerializer } from '../../core/progress/serializer';
import { setSuspended } from '../../core/progress/suspension';
import { BackupShelf, type BackupInfo, type BackupReason } from './backups';
import { ProgressFiles } from './progressFiles';
import { recordAnswer, undoAnswer, type AnswerPath } from './answerPath';
import { openScope, quickCards, quickDueCount, type Loaded } from './scopeState';
import { StorageKey } from './storageKeys';
import type { ProgressScope, StudySettings } from './studySettings';

export { readStudySettings, type ProgressScope, type StudySettings } from './studySettings';

export interface Mementos {
  workspaceState: vscode.Memento;
  globalState: vscode.Memento & { setKeysForSync(keys: readonly string[]): void };
}

/** What the store needs of the ExtensionContext. Without a storage folder (no folder open) workspace progress is written whole each time. */
export interface StoreContext extends Mementos {
  storageUri?: vscode.Uri;
  globalStorageUri: vscode.Uri;
}

/** Answers journaled before the snapshot is rewritten, in the next pause of IDLE_MS between answers. */
export const COMPACT_EVERY = 200;
/** Journaled answers that force a snapshot at once, pause or not. */
export const COMPACT_LIMIT = 4 * COMPACT_EVERY;
const IDLE_MS = 2_000;
/** Global progress is snapshotted this long after the last answer, so Settings Sync carries it soon. */
const SYNC_DELAY_MS = 30_000;


export class ProgressStore implements vscode.Disposable {
  private loaded: Loaded | undefined;
  private scope: ProgressScope;
  private writes: Promise<void> = Promise.resolve();
  private compactQueued = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly serializer = new ProgressSerializer();
  private readonly backups: BackupShelf;
  private readonly changed = new vscode.EventEmitter<string[] | undefined>();
  /** Fires with the ids whose progress changed, or undefined when all may have. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly context: StoreContext,
    private readonly settings: () => StudySettings,
    private readonly log: vscode.LogOutputChannel,
    private readonly now: () => Date = () => new Date(),
  ) {
    // Global progress follows the user to their other machines: the cards, not the history.
    context.globalState.setKeysForSync([StorageKey.progress]);
    this.scope = settings().scope;
    this.backups = new BackupShelf(join(context.globalStorageUri.fsPath, 'backups'));
  }

  /** The progress, read from storage the first time it is asked for. */
  get current(): ProgressState {
    return this.load().state;
  }
  /** Whether progress has been read yet (activation must not read it). */
  get isLoaded(): boolean {
    return this.loaded !== undefined;
  }
  get currentScope(): ProgressScope {
    return this.scope;
  }
  get options(): StudySettings {
    return this.settings();
  }

  /**
   * Question cards due now: the badge and status bar count, from progress alone. Before progress is
   * read, it comes from the due index beside the snapshot and the journal, without reading progress.
   */
  dueCount(): number {
    if (!this.loaded) {
      const quick = this.quickDueCount();
      if (quick !== undefined) return quick;
    }
    return dueQuestionCount(this.current, this.now());
  }

  /**
   * The records of a few cards (absent: never answered). Before progress is read, they come from
   * the snapshot's text and the journal: a hover on a term reads its handful of questions, not all.
   */
  cardsOf(ids: readonly string[]): ReadonlyMap<string, CardRecord> {
    if (!this.loaded) {
      const quick = quickCards(this.filesFor(this.scope), this.memento(this.scope).get(StorageKey.progress), ids);
      if (quick) return quick;
    }
    const cards = this.current.cards;
    return new Map(ids.flatMap((id) => (Object.hasOwn(cards, id) ? [[id, cards[id]] as const] : [])));
  }

  private quickDueCount(): number | undefined {
    const memento = this.memento(this.scope);
    return quickDueCount(this.filesFor(this.scope), memento.get(StorageKey.progress), memento.get(StorageKey.progressDue), this.now());
  }

  private memento(scope: ProgressScope): vscode.Memento {
    return scope === 'global' ? this.context.globalState : this.context.workspaceState;
  }

  private filesFor(scope: ProgressScope): ProgressFiles | undefined {
    const uri = scope === 'global' ? this.context.globalStorageUri : this.context.storageUri;
    return uri && uri.scheme === 'file' ? new ProgressFiles(join(uri.fsPath, 'progress')) : undefined;
  }

  /** Where a scope's reviews are logged: its own folder, or the global folder's no-folder log. */
  private reviewLogOf(l: Loaded): ProgressFiles {
    return l.files ?? new ProgressFiles(join(this.context.globalStorageUri.fsPath, 'progress-no-folder'));
  }

  private load(): Loaded {
    if (this.loaded) return this.loaded;
    const stored = this.memento(this.scope).get<unknown>(StorageKey.progress);
    const { scope, result } = openScope(this.scope, stored, this.filesFor(this.scope), this.log);
    this.loaded = scope;
    this.afterLoad(scope, result, stored);
    if (scope.unfolded.length > 0) this.compactSoon();
    return scope;
  }

  /** Migration and damage: the saved value goes to a backup, migrated reviews to the log, then a snapshot. */
  private afterLoad(l: Loaded, result: LoadedProgress, stored: unknown): void {
    if (result.ok && result.migratedFrom === undefined) return;
    const reason: BackupReason = result.ok ? 'migration' : 'unreadable';
    if (!result.ok) {
      this.log.warn(`Saved progress could not be fully read (${result.reason}); the saved value is kept as a backup`);
      void vscode.window.showWarningMessage(
        vscode.l10n.t('SageMaker Study: saved progress could not be fully read ({0}). A copy was kept as a backup (SageMaker Study: Restore Progress Backup…); study goes on with everything that could be read.', result.reason),
      );
    } else this.log.info(`Progress migrated from format ${result.migratedFrom}`);
    this.enqueue(async () => {
      await this.backups.save(reason, l.scope, countCards(stored), stored, this.now());
      if (result.history.length > 0) await this.addReviews(l, result.history);
    });
    this.compactSoon();
  }

  /** Adds the reviews the log does not hold yet. */
  private async addReviews(l: Loaded, entries: readonly ReviewLogEntry[]): Promise<number> {
    const logFiles = this.reviewLogOf(l);
    const fresh = missingFrom((await logFiles.readReviews()).entries, entries);
    logFiles.appendReviews(fresh);
    return fresh.length;
  }

  /** Follows a change of the scope setting: the progress kept in the new scope is read on next use. */
  async scopeChanged(): Promise<void> {
    const scope = this.settings().scope;
    if (scope === this.scope) return;
    await this.flush();
    this.scope = scope;
    this.loaded = undefined;
    this.changed.fire(undefined);
  }

  /**
   * Moves this scope's progress into the other scope and switches to it. Both scopes are backed up
   * first; cards already there are merged (the newer review wins), and so are the review logs.
   */
  async moveTo(target: ProgressScope): Promise<number> {
    if (target === this.scope) return 0;
    const from = this.load();
    await this.flush();
    await this.compact();
    const fromStored = this.memento(from.scope).get<unknown>(StorageKey.progress);
    const toStored = this.memento(target).get<unknown>(StorageKey.progress);
    if (toStored !== undefined) await this.backups.save('scope-move', target, countCards(toStored), toStored, this.now());
    if (fromStored !== undefined) await this.backups.save('scope-move', from.scope, countCards(fromStored), fromStored, this.now());
    this.scope = target;
    this.loaded = undefined;
    const to = this.load();
    await this.flush();
    const moved = Object.keys(from.state.cards).length;
    to.state = mergeStates(to.state, from.state);
    const fromLog = await this.reviewLogOf(from).readReviews();
    await this.addReviews(to, fromLog.entries);
    await this.compact();
    await this.memento(from.scope).update(StorageKey.progress, undefined);
    from.files?.rewriteJournal(0, []);
    this.changed.fire(undefined);
    return moved;
  }

  /**
   * Records one answer: in memory and on disk (two appended lines) before it returns; resolves once
   * earlier writes are done too. An exam's answers pass `undoable: false`: undo is for study rounds,
   * so they cannot be taken back and end what undo reaches.
   */
  record(id: string, grade: Grade, answerMs?: number, options: { undoable?: boolean } = {}): Promise<void> {
    const l = this.load();
    recordAnswer(l, this.answerPath(l), { id, grade, now: this.now(), options: this.settings(), answerMs, undoable: options.undoable !== false });
    this.changed.fire([id]);
    return this.afterAnswer(l);
  }

  /** The card whose answer undo would take back now, if any. */
  get lastUndoable(): string | undefined {
    return this.load().undo.at(-1)?.id;
  }

  /**
   * Takes back the last answer (only if it was card `id`'s, when given): the card's record, its
   * day's count and the review log become what they were before it, in memory and on disk (one
   * line appended to the journal and one to the review log). Returns the card's id, or undefined
   * when there is nothing to undo.
   */
  async undoLast(id?: string): Promise<string | undefined> {
    const l = this.load();
    const undone = undoAnswer(l, this.answerPath(l), id);
    if (undone === undefined) return undefined;
    this.changed.fire([undone]);
    await this.afterAnswer(l);
    return undone;
  }

  /** When card `id` would come back after each grade, answered now (ms from now). */
  previewIntervals(id: string): Record<Grade, number> {
    const state = this.current;
    return previewIntervals(own(state.cards, id) ?? own(state.aside, id), id, this.now(), this.settings());
  }

  /** How long until card `id` is due (ms, 0 when due), or undefined when it was never answered. */
  dueIn(id: string): number | undefined {
    const rec = own(this.current.cards, id);
    return rec ? Math.max(0, Date.parse(rec.card.due) - this.now().getTime()) : undefined;
  }

  private answerPath(l: Loaded): AnswerPath {
    return { log: this.log, reviewLog: this.reviewLogOf(l), snapshotSoon: () => this.compactSoon() };
  }

  private afterAnswer(l: Loaded): Promise<void> {
    const written = this.flush();
    // The snapshot is rewritten between answers, never on an answer's own path.
    if (!l.files || l.unfolded.length >= COMPACT_LIMIT) this.compactSoon();
    else if (l.unfolded.length >= COMPACT_EVERY) this.compactWhenIdle(IDLE_MS);
    else if (l.scope === 'global') this.compactWhenIdle(SYNC_DELAY_MS);
    return written;
  }

  /** Removes the cards of these ids, keeping a backup first; returns them for undo. */
  async reset(ids: Iterable<string>): Promise<IdMap<CardRecord>> {
    const l = this.load();
    const { state, removed } = resetCards(l.state, ids);
    const n = Object.keys(removed).length;
    if (n > 0) await this.replace(state, Object.keys(removed), 'reset');
    return removed;
  }

  /**
   * Suspends (`on`) or restores questions. Their cards and history are kept as they are; the change
   * is saved as a snapshot, so it is exported and synced with the rest. Returns the ids that changed.
   */
  async setSuspended(ids: Iterable<string>, on: boolean): Promise<string[]> {
    const { state, changed } = setSuspended(this.load().state, ids, on, this.now());
    if (changed.length > 0) await this.replace(state, changed);
    return changed;
  }

  restore(removed: Readonly<Record<string, CardRecord>>): Promise<void> {
    return this.replace(restoreCards(this.load().state, removed), Object.keys(removed));
  }

  /** Merges an export file: cards (newer review wins), review history and exam attempts; keeps a backup first. */
  async importData(data: unknown): Promise<ImportSummary> {
    const l = this.load();
    const { state, summary, reviews, examAttempts } = importProgress(l.state, data);
    await this.replace(state, undefined, 'import');
    await this.enqueue(async () => {
      if (reviews.length > 0) await this.addReviews(l, reviews);
      if (examAttempts.length > 0) {
        const local = readHistory(this.context.workspaceState.get(StorageKey.examHistory)).history;
        await this.context.workspaceState.update(StorageKey.examHistory, mergeExamHistory(local, examAttempts));
      }
    });
    return summary;
  }

  async exportData(): Promise<ProgressExport> {
    const l = this.load();
    await this.flush();
    const reviews = await this.readReviews();
    const exams = readHistory(this.context.workspaceState.get(StorageKey.examHistory)).history;
    return exportProgress(l.state, this.now(), reviews, exams);
  }

  /** Every review of this scope, oldest first: the statistics' source. A torn last record is left out. */
  async readReviews(): Promise<ReviewLogEntry[]> {
    const l = this.load();
    await this.flush();
    return inTimeOrder((await this.reviewLogOf(l).readReviews()).entries);
  }

  /** Puts aside the cards of questions that left the banks, and brings back the ones that returned. */
  async reconcile(known: ReadonlySet<string>): Promise<void> {
    const r = reconcile(this.load().state, known);
    if (r.movedAside === 0 && r.restored === 0) return;
    this.log.info(`Progress: ${r.movedAside} card(s) of removed questions kept aside, ${r.restored} restored`);
    await this.replace(r.state, undefined);
  }

  listBackups(): Promise<BackupInfo[]> {
    return this.backups.list();
  }

  /** Replaces progress with a backup's, after backing up the progress it replaces. */
  async restoreBackup(file: string): Promise<number> {
    const backup = await this.backups.read(file);
    const loaded = loadProgress(backup.stored);
    const l = this.load();
    await this.replace(loaded.state, undefined, 'restore');
    if (loaded.history.length > 0) await this.enqueue(async () => void (await this.addReviews(l, loaded.history)));
    return Object.keys(loaded.state.cards).length;
  }

  /** A whole new state: the old one backed up first when the change destroys anything, then a snapshot. */
  private async replace(state: ProgressState, ids: string[] | undefined, backup?: BackupReason): Promise<void> {
    const l = this.load();
    if (backup) {
      const before = this.serializer.serialize(l.state);
      const cards = Object.keys(l.state.cards).length + Object.keys(l.state.aside).length;
      this.enqueue(() => this.backups.save(backup, l.scope, cards, before, this.now()).then(() => undefined));
    }
    l.state = state;
    // What undo would put back belongs to the state just replaced.
    l.undo = [];
    this.changed.fire(ids);
    await this.compact();
  }

  private compactWhenIdle(ms: number): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      this.compactSoon();
    }, ms);
  }

  private compactSoon(): void {
    if (this.compactQueued) return;
    this.compactQueued = true;
    void this.compact();
  }

  /** Writes the state whole as the snapshot and starts the journal after it. Queued after every write so far. */
  private compact(): Promise<void> {
    const l = this.loaded;
    if (!l) return this.flush();
    return this.enqueue(async () => {
      this.compactQueued = false;
      const seq = l.seq;
      const text = this.serializer.serialize(l.state, l.files ? { writer: l.files.writer, seq } : {});
      const memento = this.memento(l.scope);
      // Both keys in one tick: VS Code persists them in one write.
      await Promise.all([
        memento.update(StorageKey.progress, text),
        memento.update(StorageKey.progressDue, l.files ? buildDueIndex(l.state, l.files.writer, seq) : undefined),
      ]);
      l.folded = seq;
      if (l.files) {
        const kept = entriesToKeep(l.undo, l.unfolded, seq);
        l.unfolded = l.unfolded.filter((e) => e.s > seq);
        // The answers undo can reach stay in the new journal, below its base so they are not replayed.
        l.files.rewriteJournal(seq, kept);
      }
    });
  }

  /** Resolves when every write so far has reached storage. */
  flush(): Promise<void> {
    return this.writes;
  }

  private enqueue(write: () => Promise<unknown> | Thenable<unknown>): Promise<void> {
    this.writes = this.writes.then(write).then(
      () => undefined,
      (err: unknown) => this.log.error(`Saving progress failed: ${String(err)}`),
    );
    return this.writes;
  }

  dispose(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.changed.dispose();
  }
}
