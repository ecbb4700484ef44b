// The mock exams taken, with their scores: a small versioned store, at most HISTORY_LIMIT attempts per
// exam. Reading it never throws; an entry that cannot be read is skipped and counted.
import type { ExamResult } from './examScoring';

export const HISTORY_VERSION = 1;
export const HISTORY_LIMIT = 50;

export interface DomainTally {
  domain: number;
  correct: number;
  total: number;
}

export interface ExamAttempt {
  examCode: string;
  /** ISO times */
  startedAt: string;
  finishedAt: string;
  questionCount: number;
  /** the ESTIMATED scaled score (see estimateScaledScore) */
  scaled: number;
  /** raw percentage correct */
  percent: number;
  passed: boolean;
  perDomain: DomainTally[];
  /** ids of the questions flagged for review during the attempt (absent in attempts saved before flags were kept) */
  flagged?: string[];
}

export interface ExamHistory {
  version: typeof HISTORY_VERSION;
  /** oldest first, by finishedAt */
  attempts: ExamAttempt[];
}

export function emptyHistory(): ExamHistory {
  return { version: HISTORY_VERSION, attempts: [] };
}

export function attemptFromResult(result: ExamResult): ExamAttempt {
  const flagged = result.questions.filter((q) => q.flagged).map((q) => q.questionId);
  return {
    examCode: result.examCode,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
    questionCount: result.total,
    scaled: result.scaled,
    percent: result.percent,
    passed: result.passed,
    perDomain: result.perDomain.map((d) => ({ domain: d.domain, correct: d.correct, total: d.total })),
    ...(flagged.length > 0 ? { flagged } : {}),
  };
}

/** Orders by finish time and keeps the newest `limit` attempts of each exam. */
function bounded(attempts: ExamAttempt[], limit: number): ExamAttempt[] {
  const sorted = attempts.map((a, i) => ({ a, i, t: Date.parse(a.finishedAt) })).sort((x, y) => x.t - y.t || x.i - y.i).map((x) => x.a);
  const seen = new Map<string, number>();
  const keep: ExamAttempt[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const n = seen.get(sorted[i].examCode) ?? 0;
    if (n >= limit) continue;
    seen.set(sorted[i].examCode, n + 1);
    keep.push(sorted[i]);
  }
  return keep.reverse();
}

/** A new history with the attempt added, trimmed to the newest `limit` attempts of its exam. */
export function addAttempt(history: ExamHistory, attempt: ExamAttempt, limit = HISTORY_LIMIT): ExamHistory {
  return { version: HISTORY_VERSION, attempts: bounded([...history.attempts, attempt], limit) };
}

/** Newest first; of one exam when a code is given. */
export function listAttempts(history: ExamHistory, examCode?: string): ExamAttempt[] {
  return history.attempts.filter((a) => examCode === undefined || a.examCode === examCode).reverse();
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isTime = (x: unknown): x is string => typeof x === 'string' && Number.isFinite(Date.parse(x));

function readTally(x: unknown): DomainTally | undefined {
  if (!isObject(x) || !Number.isInteger(x.domain) || (x.domain as number) < 1 || !isCount(x.correct) || !isCount(x.total)) return undefined;
  return x.correct <= x.total ? { domain: x.domain as number, correct: x.correct, total: x.total } : undefined;
}

/** A stored attempt, or undefined when any part of it is unreadable or inconsistent. */
export function readAttempt(x: unknown): ExamAttempt | undefined {
  if (!isObject(x) || typeof x.examCode !== 'string' || x.examCode === '' || !isTime(x.startedAt) || !isTime(x.finishedAt)) return undefined;
  if (!isCount(x.questionCount) || x.questionCount === 0 || typeof x.passed !== 'boolean') return undefined;
  if (!Number.isInteger(x.scaled) || (x.scaled as number) < 100 || (x.scaled as number) > 1000) return undefined;
  if (typeof x.percent !== 'number' || !(x.percent >= 0 && x.percent <= 100)) return undefined;
  if (!Array.isArray(x.perDomain)) return undefined;
  const perDomain = x.perDomain.map(readTally);
  if (perDomain.some((d) => d === undefined)) return undefined;
  const tallies = perDomain as DomainTally[];
  if (tallies.reduce((n, d) => n + d.total, 0) > x.questionCount) return undefined;
  const flagged = x.flagged === undefined ? [] : readFlagged(x.flagged, x.questionCount);
  if (!flagged) return undefined;
  return {
    examCode: x.examCode,
    startedAt: new Date(x.startedAt).toISOString(),
    finishedAt: new Date(x.finishedAt).toISOString(),
    questionCount: x.questionCount,
    scaled: x.scaled as number,
    percent: x.percent,
    passed: x.passed,
    perDomain: tallies,
    ...(flagged.length > 0 ? { flagged } : {}),
  };
}

function readFlagged(x: unknown, questionCount: number): string[] | undefined {
  if (!Array.isArray(x) || x.length > questionCount) return undefined;
  return x.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 512) ? [...new Set(x as string[])] : undefined;
}

/** Ids flagged in any attempt (of one exam when a code is given), the most recently flagged first. */
export function flaggedInExams(history: ExamHistory, examCode?: string): string[] {
  const out = new Set<string>();
  for (const a of listAttempts(history, examCode)) for (const id of a.flagged ?? []) out.add(id);
  return [...out];
}

/**
 * Reads a stored history; never throws. `skipped` counts the entries left out as unreadable, and a
 * store that is not a history at all (or from a newer version) counts as one.
 */
export function readHistory(raw: unknown): { history: ExamHistory; skipped: number } {
  if (raw === undefined || raw === null) return { history: emptyHistory(), skipped: 0 };
  if (!isObject(raw) || raw.version !== HISTORY_VERSION || !Array.isArray(raw.attempts)) return { history: emptyHistory(), skipped: 1 };
  const attempts: ExamAttempt[] = [];
  let skipped = 0;
  for (const entry of raw.attempts) {
    const a = readAttempt(entry);
    if (a) attempts.push(a);
    else skipped++;
  }
  return { history: { version: HISTORY_VERSION, attempts: bounded(attempts, HISTORY_LIMIT) }, skipped };
}
