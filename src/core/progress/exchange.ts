// Export and import of progress as versioned JSON: the cards, the review history and the exam
// attempts. Import merges: per card the newer review (by instant) wins, reviews and attempts are
// united, and every record that cannot be read is named in the summary, never dropped silently.
import * as l10n from '@vscode/l10n';
import { addAttempt, emptyHistory, readHistory, type ExamAttempt, type ExamHistory } from '../exam/examHistory';
import { historyOfV2Record, readCardRecord } from './load';
import { emptyProgress, idMap, own, type CardRecord, type IdMap, type ProgressState, type SuspendMark } from './model';
import { newer, settleAside } from './operations';
import { decodeReview, encodeReview, isWritable, type ReviewLogEntry } from './reviewLog';
import { mergeSuspensions, readSuspensions } from './suspension';

export const EXPORT_FORMAT = 'sagemaker-study-progress';
export const EXPORT_VERSION = 3;
/** Exports of format 2 (cards with their last five reviews) still import. */
const READABLE_VERSIONS: readonly unknown[] = [2, 3];

export interface ProgressExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  cards: IdMap<CardRecord>;
  aside: IdMap<CardRecord>;
  days: IdMap<number>;
  /** every review, oldest first, one review-log line each (see reviewLog.ts) without its newline */
  reviews: string[];
  /** the mock exams taken */
  examHistory: ExamHistory;
  /** questions suspended or restored (absent from exports made before suspension existed) */
  suspended?: IdMap<SuspendMark>;
}

export function exportProgress(state: ProgressState, now: Date, reviews: readonly ReviewLogEntry[] = [], examHistory: ExamHistory = emptyHistory()): ProgressExport {
  return {
    format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(),
    cards: state.cards, aside: state.aside, days: state.days,
    reviews: reviews.filter(isWritable).map((e) => encodeReview(e).slice(0, -1)),
    examHistory,
    ...(Object.keys(state.suspended).length > 0 ? { suspended: state.suspended } : {}),
  };
}

export interface ImportSummary {
  added: number;
  updated: number;
  /** cards where this machine's record was newer and stayed */
  keptLocal: number;
  unchanged: number;
  /** ids whose records could not be read, with nothing imported for them */
  rejected: string[];
  /** reviews read from the file (the store adds the ones it does not hold yet) */
  reviews: number;
  /** exam attempts read from the file */
  examAttempts: number;
}

export interface ImportResult {
  state: ProgressState;
  summary: ImportSummary;
  reviews: ReviewLogEntry[];
  examAttempts: ExamAttempt[];
}

export class ImportError extends Error {}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Merges an export into the current state (left untouched); throws ImportError when the file is not an export at all. */
export function importProgress(current: ProgressState, data: unknown): ImportResult {
  if (!isObject(data) || data.format !== EXPORT_FORMAT) throw new ImportError(l10n.t('this file is not a SageMaker Study progress export'));
  if (!READABLE_VERSIONS.includes(data.version)) throw new ImportError(l10n.t('progress export version {0} is not supported (expected {1})', JSON.stringify(data.version) ?? 'none', EXPORT_VERSION));
  const summary: ImportSummary = { added: 0, updated: 0, keptLocal: 0, unchanged: 0, rejected: [], reviews: 0, examAttempts: 0 };
  const state: ProgressState = { ...emptyProgress(), cards: idMap(current.cards), aside: idMap(current.aside), days: idMap(current.days), suspended: idMap(current.suspended) };
  const reviews: ReviewLogEntry[] = [];
  const merge = (target: IdMap<CardRecord>, incoming: unknown, prefix: string) => {
    if (!isObject(incoming)) return;
    for (const id of Object.keys(incoming)) {
      const raw = incoming[id];
      const rec = readCardRecord(raw);
      if (!rec) {
        summary.rejected.push(prefix + id);
        continue;
      }
      if (data.version === 2) reviews.push(...historyOfV2Record(id, raw));
      const mine = own(target, id);
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
  merge(state.cards, data.cards, '');
  merge(state.aside, data.aside, 'aside:');
  // A card both here and aside in the import (or the reverse) lives among the cards, newer record.
  settleAside(state);
  if (isObject(data.days)) {
    for (const day of Object.keys(data.days)) {
      const n = data.days[day];
      if (/^\d{4}-\d{2}-\d{2}$/.test(day) && Number.isSafeInteger(n) && (n as number) >= 0) state.days[day] = Math.max(own(state.days, day) ?? 0, n as number);
    }
  }
  if (Array.isArray(data.reviews)) {
    for (const line of data.reviews) {
      const e = typeof line === 'string' ? decodeReview(line) : undefined;
      if (e) reviews.push(e);
    }
  }
  // Suspensions merge by their time of change: a restore here after an older export's suspension stays restored.
  mergeSuspensions(state.suspended, readSuspensions(data.suspended, summary.rejected));
  summary.reviews = reviews.length;
  const exams = readHistory(data.examHistory).history.attempts;
  summary.examAttempts = exams.length;
  return { state, summary, reviews, examAttempts: exams };
}

/** Both exam histories as one: each attempt (exam and start time) once, in the order they finished. */
export function mergeExamHistory(local: ExamHistory, incoming: readonly ExamAttempt[]): ExamHistory {
  const key = (a: ExamAttempt) => `${a.examCode} ${a.startedAt}`;
  const have = new Set(local.attempts.map(key));
  const fresh = incoming.filter((a) => !have.has(key(a)));
  if (fresh.length === 0) return local;
  const byFinish = (x: ExamAttempt, y: ExamAttempt) => Date.parse(x.finishedAt) - Date.parse(y.finishedAt);
  let out = local;
  for (const a of [...fresh].sort(byFinish)) out = addAttempt(out, a);
  return { ...out, attempts: [...out.attempts].sort(byFinish) };
}
