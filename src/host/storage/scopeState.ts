// One scope's progress as the store holds it in memory: the state, and where its journal stands.
// Opening a scope lays the journal over the snapshot; counting what is due can skip both.
import { peekCards } from '../../core/progress/cardPeek';
import { countDueFromIndex } from '../../core/progress/dueIndex';
import { applyJournal, lastSeq, undoStack, type JournalEntry, type UndoableAnswer } from '../../core/progress/journal';
import { loadProgress, type LoadedProgress } from '../../core/progress/load';
import type { CardRecord, ProgressState } from '../../core/progress/model';
import type { ProgressFiles } from './progressFiles';
import type { ProgressScope } from './studySettings';

interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface Loaded {
  scope: ProgressScope;
  state: ProgressState;
  /** the journal and review log of this scope; undefined when the scope has no storage folder */
  files: ProgressFiles | undefined;
  /** the last journal sequence number used */
  seq: number;
  /** the last sequence number a snapshot holds */
  folded: number;
  /** journal entries not in a snapshot yet */
  unfolded: JournalEntry[];
  /** the answers that can be undone, oldest first; kept in the journal when it is folded */
  undo: UndoableAnswer[];
}

/** How many answers back undo reaches (as in Anki). */
export const UNDO_DEPTH = 30;

/** Reads a scope: its snapshot (any format), with the journal's answers since laid over it. */
export function openScope(scope: ProgressScope, stored: unknown, files: ProgressFiles | undefined, log: Log): { scope: Loaded; result: LoadedProgress } {
  const result = loadProgress(stored);
  let seq = 0;
  let folded = 0;
  let unfolded: JournalEntry[] = [];
  let undo: UndoableAnswer[] = [];
  if (files) {
    try {
      const journal = files.readJournal();
      if (journal.cut || journal.skipped > 0) log.warn(`Progress journal: ${journal.cut ? 'a torn last record was dropped' : ''}${journal.skipped > 0 ? ` ${journal.skipped} unreadable line(s) skipped` : ''}`);
      const applied = applyJournal(result.state, result.mark, journal);
      const mine = result.mark.writer !== undefined && result.mark.writer === journal.header?.writer;
      folded = mine ? (result.mark.seq ?? 0) : (journal.header?.base ?? 0);
      seq = Math.max(lastSeq(journal), folded);
      unfolded = journal.entries.filter((e) => e.s > folded);
      undo = undoStack(journal.entries, UNDO_DEPTH);
      if (applied > 0) log.info(`Progress: ${applied} answer(s) from the journal applied`);
    } catch (err) {
      log.error(`Progress journal could not be read: ${String(err)}`);
    }
  }
  return { scope: { scope, state: result.state, files, seq, folded, unfolded, undo }, result };
}

/** Question cards due now from the due index and the journal, or undefined when progress must be read in full. */
export function quickDueCount(files: ProgressFiles | undefined, stored: unknown, dueIndex: unknown, now: Date): number | undefined {
  if (!files) return undefined;
  try {
    const journal = files.readJournal();
    return countDueFromIndex(stored, dueIndex, journal.header?.writer, journal.entries, now.getTime());
  } catch {
    return undefined;
  }
}

/** A few cards' records from the snapshot text and the journal, or undefined when progress must be read in full. */
export function quickCards(files: ProgressFiles | undefined, stored: unknown, ids: readonly string[]): Map<string, CardRecord> | undefined {
  if (!files) return undefined;
  try {
    const journal = files.readJournal();
    return peekCards(stored, ids, journal.header?.writer, journal.entries);
  } catch {
    return undefined;
  }
}
