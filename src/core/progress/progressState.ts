// The learner's record per question, keyed by stable question id, in a versioned envelope so later
// versions can migrate it. Everything here returns new state; the host decides where it is stored.

export const PROGRESS_VERSION = 1;

export interface QuestionRecord {
  attempts: number;
  correct: number;
  /** ISO time of the last answer */
  last: string;
  lastCorrect: boolean;
}

export interface ProgressState {
  version: typeof PROGRESS_VERSION;
  questions: Record<string, QuestionRecord>;
}

export function emptyProgress(): ProgressState {
  return { version: PROGRESS_VERSION, questions: {} };
}

export function recordAnswer(state: ProgressState, questionId: string, correct: boolean, now: Date): ProgressState {
  const prev = state.questions[questionId];
  const next: QuestionRecord = {
    attempts: (prev?.attempts ?? 0) + 1,
    correct: (prev?.correct ?? 0) + (correct ? 1 : 0),
    last: now.toISOString(),
    lastCorrect: correct,
  };
  return { ...state, questions: { ...state.questions, [questionId]: next } };
}

export type LoadedProgress =
  | { ok: true; state: ProgressState }
  /** The stored value could not be read: study goes on from `state`, and `damaged` must be kept aside. */
  | { ok: false; state: ProgressState; damaged: unknown; reason: string };

function isRecord(x: unknown): x is QuestionRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return Number.isInteger(r.attempts) && (r.attempts as number) >= 0 && Number.isInteger(r.correct) &&
    (r.correct as number) >= 0 && (r.correct as number) <= (r.attempts as number) &&
    typeof r.last === 'string' && !Number.isNaN(Date.parse(r.last)) && typeof r.lastCorrect === 'boolean';
}

/** Reads what storage returned. Nothing readable is dropped: unreadable records are reported, not lost. */
export function loadProgress(raw: unknown): LoadedProgress {
  if (raw === undefined || raw === null) return { ok: true, state: emptyProgress() };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, state: emptyProgress(), damaged: raw, reason: 'the saved progress is not an object' };
  }
  const env = raw as Record<string, unknown>;
  if (env.version !== PROGRESS_VERSION) {
    return { ok: false, state: emptyProgress(), damaged: raw, reason: `unknown progress version ${JSON.stringify(env.version)}` };
  }
  if (typeof env.questions !== 'object' || env.questions === null || Array.isArray(env.questions)) {
    return { ok: false, state: emptyProgress(), damaged: raw, reason: 'the saved progress has no question records' };
  }
  const questions: Record<string, QuestionRecord> = {};
  const bad: Record<string, unknown> = {};
  for (const [id, rec] of Object.entries(env.questions as Record<string, unknown>)) {
    if (isRecord(rec)) questions[id] = { attempts: rec.attempts, correct: rec.correct, last: rec.last, lastCorrect: rec.lastCorrect };
    else bad[id] = rec;
  }
  const state: ProgressState = { version: PROGRESS_VERSION, questions };
  const badCount = Object.keys(bad).length;
  if (badCount > 0) {
    return { ok: false, state, damaged: raw, reason: `${badCount} question record${badCount === 1 ? ' was' : 's were'} unreadable` };
  }
  return { ok: true, state };
}

export interface TopicProgress {
  total: number;
  answered: number;
  /** questions whose last answer was right */
  mastered: number;
  attempts: number;
  correct: number;
  /** ISO time of the latest answer, if any */
  lastStudied?: string;
}

export function progressOf(questionIds: readonly string[], state: ProgressState): TopicProgress {
  const out: TopicProgress = { total: questionIds.length, answered: 0, mastered: 0, attempts: 0, correct: 0 };
  for (const id of questionIds) {
    const r = state.questions[id];
    if (!r) continue;
    out.answered++;
    if (r.lastCorrect) out.mastered++;
    out.attempts += r.attempts;
    out.correct += r.correct;
    if (!out.lastStudied || r.last > out.lastStudied) out.lastStudied = r.last;
  }
  return out;
}
