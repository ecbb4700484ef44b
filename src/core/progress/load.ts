// Reading stored progress: every earlier version migrates forward; anything unreadable is handed
// back to be saved aside, and study goes on with everything that could be read.
import { DAYS_LIMIT, emptyProgress, LOG_LIMIT, PROGRESS_VERSION, type CardData, type CardRecord, type Grade, type ProgressState } from './model';
import { newCard, review } from './scheduler';

export type LoadedProgress =
  | { ok: true; state: ProgressState; migratedFrom?: number }
  | { ok: false; state: ProgressState; damaged: unknown; reason: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isTime = (x: unknown): x is string => typeof x === 'string' && Number.isFinite(Date.parse(x));
const isGrade = (x: unknown): x is Grade => x === 1 || x === 2 || x === 3 || x === 4;

function readCardData(x: unknown): CardData | undefined {
  if (!isObject(x) || !isTime(x.due)) return undefined;
  const nums = ['stability', 'difficulty', 'elapsed_days', 'scheduled_days'] as const;
  if (!nums.every((k) => typeof x[k] === 'number' && Number.isFinite(x[k]) && (x[k] as number) >= 0)) return undefined;
  if (!isCount(x.reps) || !isCount(x.lapses) || !isCount(x.learning_steps ?? 0)) return undefined;
  if (x.state !== 0 && x.state !== 1 && x.state !== 2 && x.state !== 3) return undefined;
  if (x.last_review !== undefined && !isTime(x.last_review)) return undefined;
  return {
    due: x.due, stability: x.stability as number, difficulty: x.difficulty as number,
    elapsed_days: x.elapsed_days as number, scheduled_days: x.scheduled_days as number,
    learning_steps: (x.learning_steps as number | undefined) ?? 0, reps: x.reps, lapses: x.lapses, state: x.state,
    ...(x.last_review ? { last_review: x.last_review as string } : {}),
  };
}

/** A stored card record, or undefined when any part of it is unreadable. */
export function readCardRecord(x: unknown): CardRecord | undefined {
  if (!isObject(x) || !isCount(x.attempts) || !isCount(x.correct) || x.correct > x.attempts) return undefined;
  if (!isTime(x.first) || !isTime(x.last) || typeof x.lastCorrect !== 'boolean') return undefined;
  const card = readCardData(x.card);
  if (!card || !Array.isArray(x.log)) return undefined;
  const log = x.log.filter((e): e is { at: string; grade: Grade } => isObject(e) && isTime(e.at) && isGrade(e.grade));
  if (log.length !== x.log.length) return undefined;
  return { attempts: x.attempts, correct: x.correct, first: x.first, last: x.last, lastCorrect: x.lastCorrect, card, log: log.slice(-LOG_LIMIT) };
}

/** Version 1 kept counts only: each record becomes a card reviewed once, at its last answer. */
function migrateV1Record(x: unknown): CardRecord | undefined {
  if (!isObject(x) || !isCount(x.attempts) || !isCount(x.correct) || x.correct > x.attempts || x.attempts === 0) return undefined;
  if (!isTime(x.last) || typeof x.lastCorrect !== 'boolean') return undefined;
  const at = new Date(x.last);
  const grade: Grade = x.lastCorrect ? 3 : 1;
  return {
    attempts: x.attempts, correct: x.correct, first: x.last, last: x.last, lastCorrect: x.lastCorrect,
    card: review(newCard(at), grade, at, { retention: 0.9 }), log: [{ at: x.last, grade }],
  };
}

function readRecords(x: unknown, read: (r: unknown) => CardRecord | undefined, bad: string[], where: string): Record<string, CardRecord> {
  const out: Record<string, CardRecord> = {};
  if (!isObject(x)) return out;
  for (const [id, raw] of Object.entries(x)) {
    const rec = read(raw);
    if (rec) out[id] = rec;
    else bad.push(`${where}${id}`);
  }
  return out;
}

function readDays(x: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isObject(x)) return out;
  const keys = Object.keys(x).filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k) && isCount(x[k])).sort().slice(-DAYS_LIMIT);
  for (const k of keys) out[k] = x[k] as number;
  return out;
}

export function loadProgress(stored: unknown): LoadedProgress {
  if (stored === undefined || stored === null) return { ok: true, state: emptyProgress() };
  // The store saves JSON text (see serializer.ts); earlier builds saved the object itself.
  let raw: unknown = stored;
  if (typeof stored === 'string') {
    try {
      raw = JSON.parse(stored) as unknown;
    } catch {
      return { ok: false, state: emptyProgress(), damaged: stored, reason: 'the saved progress is not valid JSON' };
    }
  }
  if (!isObject(raw)) return { ok: false, state: emptyProgress(), damaged: stored, reason: 'the saved progress is not an object' };
  const bad: string[] = [];
  let state: ProgressState;
  let migratedFrom: number | undefined;
  if (raw.version === 1 && isObject(raw.questions)) {
    state = { ...emptyProgress(), cards: readRecords(raw.questions, migrateV1Record, bad, '') };
    for (const r of Object.values(state.cards)) {
      const day = r.last.slice(0, 10);
      state.days[day] = (state.days[day] ?? 0) + 1;
    }
    migratedFrom = 1;
  } else if (raw.version === PROGRESS_VERSION && isObject(raw.cards)) {
    state = {
      version: PROGRESS_VERSION,
      cards: readRecords(raw.cards, readCardRecord, bad, ''),
      aside: readRecords(raw.aside, readCardRecord, bad, 'aside:'),
      days: readDays(raw.days),
    };
  } else {
    const v = JSON.stringify(raw.version);
    return { ok: false, state: emptyProgress(), damaged: stored, reason: typeof raw.version === 'number' && raw.version > PROGRESS_VERSION ? `it was saved by a newer version of SageMaker Study (format ${v})` : `unknown progress format ${v}` };
  }
  if (bad.length > 0) {
    return { ok: false, state, damaged: stored, reason: `${bad.length} record${bad.length === 1 ? ' was' : 's were'} unreadable (${bad.slice(0, 3).join(', ')}${bad.length > 3 ? ', …' : ''})` };
  }
  return { ok: true, state, ...(migratedFrom ? { migratedFrom } : {}) };
}
