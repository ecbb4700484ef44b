// When and how progress is written whole: the snapshot in VS Code's state plus the due index beside
// it, after which the journal starts again. Writes go through one queue so they reach storage in the
// order they were made; answers only ask for a snapshot, which is taken between them.
import type * as vscode from 'vscode';
import { buildDueIndex } from '../../core/progress/dueIndex';
import { entriesToKeep } from '../../core/progress/journal';
import { ProgressSerializer } from '../../core/progress/serializer';
import type { Loaded } from './scopeState';
import { StorageKey } from './storageKeys';
import type { ProgressScope } from './studySettings';

/** Answers journaled before the snapshot is rewritten, in the next pause of IDLE_MS between answers. */
export const COMPACT_EVERY = 200;
/** Journaled answers that force a snapshot at once, pause or not. */
export const COMPACT_LIMIT = 4 * COMPACT_EVERY;
const IDLE_MS = 2_000;
/** Global progress is snapshotted this long after the last answer, so Settings Sync carries it soon. */
const SYNC_DELAY_MS = 30_000;

export class SnapshotWriter {
  private writes: Promise<void> = Promise.resolve();
  private queued = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  readonly serializer = new ProgressSerializer();

  constructor(
    private readonly log: vscode.LogOutputChannel,
    /** The progress in memory, undefined before it is read (nothing to snapshot then). */
    private readonly loaded: () => Loaded | undefined,
    private readonly memento: (scope: ProgressScope) => vscode.Memento,
  ) {}

  /** After an answer: a snapshot soon when the journal is long (or there is none), else in a pause. */
  afterAnswer(l: Loaded): void {
    if (!l.files || l.unfolded.length >= COMPACT_LIMIT) this.soon();
    else if (l.unfolded.length >= COMPACT_EVERY) this.whenIdle(IDLE_MS);
    else if (l.scope === 'global') this.whenIdle(SYNC_DELAY_MS);
  }

  /** A snapshot after every write queued so far, once however often it is asked for meanwhile. */
  soon(): void {
    if (this.queued) return;
    this.queued = true;
    void this.compact();
  }

  private whenIdle(ms: number): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      this.soon();
    }, ms);
  }

  /** Writes the state whole as the snapshot and starts the journal after it. Queued after every write so far. */
  compact(): Promise<void> {
    const l = this.loaded();
    if (!l) return this.flush();
    return this.enqueue(async () => {
      this.queued = false;
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

  /** Queues a write after the others; a failure is logged and does not stop the ones after it. */
  enqueue(write: () => Promise<unknown> | Thenable<unknown>): Promise<void> {
    this.writes = this.writes.then(write).then(
      () => undefined,
      (err: unknown) => this.log.error(`Saving progress failed: ${String(err)}`),
    );
    return this.writes;
  }

  dispose(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
  }
}
