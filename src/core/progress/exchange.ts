// Export and import of progress as versioned JSON. Import merges by id: the newer review of each
// card wins, and every record that cannot be read is named in the summary, never dropped silently.
import { readCardRecord } from './load';
import { emptyProgress, PROGRESS_VERSION, type CardRecord, type ProgressState } from './model';
import { newer } from './operations';

export const EXPORT_FORMAT = 'sagemaker-study-progress';

export interface ProgressExport {
  format: typeof EXPORT_FORMAT;
  version: typeof PROGRESS_VERSION;
  exportedAt: string;
  cards: Record<string, CardRecord>;
  aside: Record<string, CardRecord>;
  days: Record<string, number>;
}

export function exportProgress(state: ProgressState, now: Date): ProgressExport {
  return { format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), cards: state.cards, aside: state.aside, days: state.days };
}

export interface ImportSummary {
  added: number;
  updated: number;
  /** cards where this machine's record was newer and stayed */
  keptLocal: number;
  unchanged: number;
  /** ids whose records could not be read, with nothing imported for them */
  rejected: string[];
}

export class ImportError extends Error {}

/** Merges an export into the current state; throws ImportError when the file is not an export at all. */
export function importProgress(current: ProgressState, data: unknown): { state: ProgressState; summary: ImportSummary } {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new ImportError('this file is not a SageMaker Study progress export');
  }
  const d = data as Partial<ProgressExport>;
  if (d.version !== PROGRESS_VERSION) throw new ImportError(`progress export version ${JSON.stringify(d.version)} is not supported (expected ${PROGRESS_VERSION})`);
  const summary: ImportSummary = { added: 0, updated: 0, keptLocal: 0, unchanged: 0, rejected: [] };
  const state: ProgressState = { ...emptyProgress(), cards: { ...current.cards }, aside: { ...current.aside }, days: { ...current.days } };
  const merge = (target: Record<string, CardRecord>, incoming: unknown, prefix: string) => {
    if (typeof incoming !== 'object' || incoming === null) return;
    for (const [id, raw] of Object.entries(incoming)) {
      const rec = readCardRecord(raw);
      if (!rec) {
        summary.rejected.push(prefix + id);
        continue;
      }
      const mine = target[id];
      if (!mine) {
        target[id] = rec;
        summary.added++;
      } else if (JSON.stringify(mine) === JSON.stringify(rec)) summary.unchanged++;
      else if (newer(mine, rec) === rec) {
        target[id] = rec;
        summary.updated++;
      } else summary.keptLocal++;
    }
  };
  merge(state.cards, d.cards, '');
  merge(state.aside, d.aside, 'aside:');
  // A card both here and aside in the import (or the reverse) lives where this machine has it.
  for (const id of Object.keys(state.aside)) {
    if (state.cards[id]) {
      state.cards[id] = newer(state.cards[id], state.aside[id]);
      delete state.aside[id];
    }
  }
  if (typeof d.days === 'object' && d.days !== null) {
    for (const [day, n] of Object.entries(d.days)) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(day) && Number.isInteger(n) && n >= 0) state.days[day] = Math.max(state.days[day] ?? 0, n);
    }
  }
  return { state, summary };
}
