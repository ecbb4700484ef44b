// Reading stored progress: every earlier version migrates forward without loss; anything
// unreadable (a bad number, a date that is not a date) is handed back to be kept in a backup, and
// study goes on with everything that could be read. Never throws.
import * as l10n from '@vscode/l10n';
import { DAYS_LIMIT, emptyProgress, idMap, MAX_TIME, MIN_TIME, parseTime, PROGRESS_VERSION, type CardData, type CardRecord, type Grade, type IdMap, type ProgressState } from './model';
import type { ReviewLogEntry } from './reviewLog';
import { readSuspensions } from './suspension';
import { newCard, review } from './scheduler';

export interface SnapshotInfo {
  writer?: string;
  seq?: number;
}

export type LoadedProgress =
  | { ok: true; state: ProgressState; mark: SnapshotInfo; migratedFrom?: number; history: ReviewLogEntry[] }
  | { ok: false; state: ProgressState; mark: SnapshotInfo; migratedFrom?: number; history: ReviewLogEntry[]; damaged: unknown; reason: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isGrade = (x: unknown): x is Grade => x === 1 || x === 2 || x === 3 || x === 4;
/** A saved time as canonical ISO text, or undefined. */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const time = (x: unknown) => {
  // What the store writes is canonical already: checked once, not rewritten.
  if (typeof x === 'string' && CANONICAL.test(x)) {
    const t = Date.parse(x);
    return Number.isFinite(t) && t >= MIN_TIME && t < MAX_TIME ? x : undefined;
  }
  const t = parseTime(x);
  return t === undefined ? undefined : new Date(t).toISOString();
};

function readCardData(x: unknown): CardData | undefined {
  if (!isObject(x)) return undefined;
  const due = time(x.due);
  if (!due) return undefined;
  const nums = ['stability', 'difficulty', 'elapsed_days', 'scheduled_days'] as const;
  if (!nums.every((k) => typeof x[k] === 'number' && Number.isFinite(x[k]) && (x[k] as number) >= 0 && (x[k] as number) < 1e9)) return undefined;
  if (!isCount(x.reps) || !isCount(x.lapses) || !isCount(x.learning_steps ?? 0)) return undefined;
  if (x.state !== 0 && x.state !== 1 && x.state !== 2 && x.state !== 3) return undefined;
  const lastReview = x.last_review === undefined ? undefined : time(x.last_review);
  if (x.last_review !== undefined && !lastReview) return undefined;
  return {
    due, stability: x.stability as number, difficulty: x.difficulty as number,
    elapsed_days: x.elapsed_days as number, scheduled_days: x.scheduled_days as number,
    learning_steps: (x.learning_steps as number | undefined) ?? 0, reps: x.reps, lapses: x.lapses, state: x.state,
    ...(lastReview ? { last_review: lastReview } : {}),
  };
}

/** A stored card record (format 2 or 3), or undefined when any part of it is unreadable. */
export function readCardRecord(x: unknown): CardRecord | undefined {
  if (!isObject(x) || !isCount(x.attempts) || !isCount(x.correct) || x.correct > x.attempts) return undefined;
  const first = time(x.first);
  const last = time(x.last);
  if (!first || !last || typeof x.lastCorrect !== 'boolean') return undefined;
  const card = readCardData(x.card);
  if (!card) return undefined;
  if (x.log !== undefined && readV2Log(x.log) === undefined) return undefined;
  return { attempts: x.attempts, correct: x.correct, first, last, lastCorrect: x.lastCorrect, card };
}

/** Format 2's last reviews of a card ({at, grade}, oldest first), or undefined when unreadable. */
function readV2Log(x: unknown): { at: number; grade: Grade }[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: { at: number; grade: Grade }[] = [];
  for (const e of x) {
    const at = isObject(e) ? parseTime(e.at) : undefined;
    if (at === undefined || !isGrade((e as { grade: unknown }).grade)) return undefined;
    out.push({ at, grade: (e as { grade: Grade }).grade });
  }
  return out;
}

/**
 * The review-log entries a format-2 record carried. Elapsed days are known between two kept
 * reviews, and for the first when the log holds every review the card had.
 */
export function historyOfV2Record(id: string, x: unknown): ReviewLogEntry[] {
  const log = isObject(x) ? readV2Log(x.log) : undefined;
  if (!log) return [];
  const complete = isObject(x) && x.attempts === log.length;
  return log.map((e, i) => {
    const prev = i > 0 ? log[i - 1].at : undefined;
    const entry: ReviewLogEntry = { at: e.at, id, grade: e.grade };
    if (prev !== undefined) entry.elapsedDays = Math.round((Math.max(0, e.at - prev) / 86_400_000) * 1e4) / 1e4;
    else if (complete) entry.elapsedDays = 0;
    return entry;
  });
}

/** Version 1 kept counts only: each record becomes a card reviewed once, at its last answer. */
function migrateV1Record(x: unknown): CardRecord | undefined {
  if (!isObject(x) || !isCount(x.attempts) || !isCount(x.correct) || x.correct > x.attempts || x.attempts === 0) return undefined;
  const last = time(x.last);
  if (!last || typeof x.lastCorrect !== 'boolean') return undefined;
  const at = new Date(last);
  const grade: Grade = x.lastCorrect ? 3 : 1;
  return { attempts: x.attempts, correct: x.correct, first: last, last, lastCorrect: x.lastCorrect, card: review(newCard(at), grade, at, { retention: 0.9 }) };
}

function readRecords(x: unknown, read: (r: unknown) => CardRecord | undefined, bad: string[], where: string): IdMap<CardRecord> {
  const out = idMap<CardRecord>();
  if (!isObject(x)) return out;
  for (const id of Object.keys(x)) {
    const rec = read(x[id]);
    if (rec) out[id] = rec;
    else bad.push(`${where}${id}`);
  }
  return out;
}

function readDays(x: unknown): IdMap<number> {
  const out = idMap<number>();
  if (!isObject(x)) return out;
  const keys = Object.keys(x).filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k) && isCount(x[k])).sort().slice(-DAYS_LIMIT);
  for (const k of keys) out[k] = x[k] as number;
  return out;
}

function parseStored(stored: unknown): { raw?: Record<string, unknown>; reason?: string } {
  let raw: unknown = stored;
  // The store saves JSON text (see serializer.ts); earlier builds saved the object itself.
  if (typeof stored === 'string') {
    try {
      raw = JSON.parse(stored) as unknown;
    } catch {
      return { reason: l10n.t('the saved progress is not valid JSON') };
    }
  }
  return isObject(raw) ? { raw } : { reason: l10n.t('the saved progress is not an object') };
}

export function loadProgress(stored: unknown): LoadedProgress {
  const history: ReviewLogEntry[] = [];
  if (stored === undefined || stored === null) return { ok: true, state: emptyProgress(), mark: {}, history };
  const { raw, reason } = parseStored(stored);
  if (!raw) return { ok: false, state: emptyProgress(), mark: {}, history, damaged: stored, reason: reason! };
  const bad: string[] = [];
  const state = emptyProgress();
  let migratedFrom: number | undefined;
  let mark: SnapshotInfo = {};
  if (raw.version === 1 && isObject(raw.questions)) {
    state.cards = readRecords(raw.questions, migrateV1Record, bad, '');
    for (const id of Object.keys(state.cards)) {
      const r = state.cards[id];
      const day = r.last.slice(0, 10);
      state.days[day] = (state.days[day] ?? 0) + 1;
      history.push({ at: Date.parse(r.last), id, grade: r.lastCorrect ? 3 : 1 });
    }
    migratedFrom = 1;
  } else if ((raw.version === 2 || raw.version === PROGRESS_VERSION) && isObject(raw.cards)) {
    state.cards = readRecords(raw.cards, readCardRecord, bad, '');
    state.aside = readRecords(raw.aside, readCardRecord, bad, 'aside:');
    state.days = readDays(raw.days);
    // Progress saved before suspension existed has none: an empty map, nothing to migrate.
    state.suspended = readSuspensions(raw.suspended, bad);
    if (raw.version === 2) {
      migratedFrom = 2;
      for (const [where, map] of [[state.cards, raw.cards], [state.aside, raw.aside]] as const) {
        if (!isObject(map)) continue;
        for (const id of Object.keys(where)) history.push(...historyOfV2Record(id, map[id]));
      }
    } else {
      mark = { ...(typeof raw.writer === 'string' ? { writer: raw.writer } : {}), ...(Number.isSafeInteger(raw.seq) ? { seq: raw.seq as number } : {}) };
    }
    // An id both among the cards and aside (a scope move of an earlier build) lives among the cards.
    for (const id of Object.keys(state.aside)) {
      if (!Object.hasOwn(state.cards, id)) continue;
      if (Date.parse(state.aside[id].last) > Date.parse(state.cards[id].last)) state.cards[id] = state.aside[id];
      delete state.aside[id];
    }
  } else {
    const v = JSON.stringify(raw.version) ?? 'none';
    return { ok: false, state, mark, history, damaged: stored, reason: typeof raw.version === 'number' && raw.version > PROGRESS_VERSION ? l10n.t('it was saved by a newer version of SageMaker Study (format {0})', v) : l10n.t('unknown progress format {0}', v) };
  }
  const m = migratedFrom ? { migratedFrom } : {};
  if (bad.length > 0) {
    return { ok: false, state, mark, history, ...m, damaged: stored, reason: unreadableRecords(bad) };
  }
  return { ok: true, state, mark, history, ...m };
}

/** The number of cards (and cards aside) in a stored value, for listing backups; 0 when unreadable. */
export function countCards(stored: unknown): number {
  const l = loadProgress(stored);
  return Object.keys(l.state.cards).length + Object.keys(l.state.aside).length;
}

/** Why some records were left out, naming the first three. */
function unreadableRecords(bad: readonly string[]): string {
  const names = `${bad.slice(0, 3).join(', ')}${bad.length > 3 ? ', …' : ''}`;
  return bad.length === 1 ? l10n.t('1 record was unreadable ({0})', names) : l10n.t('{0} records were unreadable ({1})', bad.length, names);
}
