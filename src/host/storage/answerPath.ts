// The answer path of the progress store: one answer, or taking one back, changes one card in memory
// and appends a line to the journal and to the review log. No vscode import; the store wraps these
// with its change event and its snapshots.
import { isUndoable, type AnswerEntry, type JournalEntry, type UndoEntry } from '../../core/progress/journal';
import { dayKey, own, type Grade } from '../../core/progress/model';
import { applyReview, reviewRecord } from '../../core/progress/operations';
import type { SchedulerOptions } from '../../core/progress/scheduler';
import { revertAnswer } from '../../core/progress/undo';
import type { ProgressFiles } from './progressFiles';
import { UNDO_DEPTH, type Loaded } from './scopeState';

interface Log {
  warn(message: string): void;
  error(message: string): void;
}

export interface AnswerPath {
  log: Log;
  /** where the scope's reviews are logged */
  reviewLog: ProgressFiles;
  /** called when the journal cannot be written: the next snapshot must hold the change */
  snapshotSoon(): void;
}

/** Appends an entry to the journal; when that fails, the next snapshot holds the change instead. */
function journal(l: Loaded, e: JournalEntry, p: AnswerPath): void {
  if (!l.files) return;
  try {
    l.files.appendJournal(e, l.folded);
    l.unfolded.push(e);
  } catch (err) {
    p.log.error(`Progress journal write failed, saving a snapshot instead: ${String(err)}`);
    p.snapshotSoon();
  }
}

/** Records one answer in memory and on disk. Unless `undoable` is false, it joins what undo can take back. */
export function recordAnswer(l: Loaded, p: AnswerPath, a: { id: string; grade: Grade; now: Date; options: SchedulerOptions; answerMs?: number; undoable: boolean }): void {
  const prev = own(l.state.cards, a.id) ?? own(l.state.aside, a.id);
  const { record, entry } = reviewRecord(prev, a.id, a.grade, a.now, a.options, a.answerMs);
  const u = applyReview(l.state, a.id, record, a.now, entry);
  const e: AnswerEntry = { s: l.seq + 1, id: a.id, r: record, d: dayKey(a.now), ...(a.undoable ? { u } : {}) };
  l.seq = e.s;
  if (isUndoable(e)) {
    l.undo.push(e);
    if (l.undo.length > UNDO_DEPTH) l.undo.shift();
  } else l.undo = [];
  journal(l, e, p);
  try {
    p.reviewLog.appendReviews([entry]);
  } catch (err) {
    p.log.error(`Review log write failed: ${String(err)}`);
  }
}

/**
 * Takes back the last answer (only if it was card `id`'s, when given): the card's record, its day's
 * count and the review log become what they were before it. Returns the card's id, or undefined
 * when there is nothing to undo.
 */
export function undoAnswer(l: Loaded, p: AnswerPath, id?: string): string | undefined {
  const top = l.undo.at(-1);
  if (!top || (id !== undefined && top.id !== id)) return undefined;
  if (!revertAnswer(l.state, top.id, top.r, top.d, top.u, true)) {
    // Something else changed the card since: its answer is no longer the one to take back.
    p.log.warn(`Undo: ${top.id} changed since its last answer; nothing was undone`);
    l.undo = [];
    return undefined;
  }
  l.undo.pop();
  const e: UndoEntry = { s: l.seq + 1, id: top.id, undo: top.s, a: top.r, d: top.d, u: top.u };
  l.seq = e.s;
  journal(l, e, p);
  try {
    p.reviewLog.withdrawReview({ at: top.u.t, grade: top.u.g, id: top.id });
  } catch (err) {
    p.log.error(`Review log write failed: ${String(err)}`);
  }
  return top.id;
}
