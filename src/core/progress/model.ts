// The learner's progress: one FSRS card per question (and per glossary flashcard, keyed `term:<id>`),
// in a versioned envelope. Keys are stable ids, never text. Every map keyed by id is a
// null-prototype object, so an id such as `constructor` or `__proto__` is just an id.

export const PROGRESS_VERSION = 3;

/** A review grade, as FSRS numbers them: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;

/** The FSRS card, with dates as ISO strings so it survives JSON. */
export interface CardData {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning */
  state: 0 | 1 | 2 | 3;
  last_review?: string;
}

/**
 * One card's progress. The reviews themselves live in the review log (reviewLog.ts), kept for
 * good outside the synced state; format 2 kept the last five here and migration moves them out.
 */
export interface CardRecord {
  attempts: number;
  correct: number;
  /** canonical ISO time (toISOString) of the first and of the latest review */
  first: string;
  last: string;
  lastCorrect: boolean;
  card: CardData;
}

/** A map keyed by card id; always created by idMap() so it has no prototype. */
export type IdMap<T> = Record<string, T>;

export interface ProgressState {
  version: typeof PROGRESS_VERSION;
  cards: IdMap<CardRecord>;
  /** cards whose question left the banks: kept, and restored if the id returns */
  aside: IdMap<CardRecord>;
  /** reviews per local day (YYYY-MM-DD), for the streak and daily limits; at most DAYS_LIMIT days */
  days: IdMap<number>;
  /**
   * Questions the learner suspended (never asked until restored), and restored ones, by id. A
   * restore is kept as a mark with `on: false` so that merging an older state cannot suspend the
   * question again: the later mark wins. Progress saved before suspensions existed has none; builds
   * before them ignore the field (format 3 either way).
   */
  suspended: IdMap<SuspendMark>;
}

/** A question's suspension: on or off, and when the learner last changed it (canonical ISO time). */
export interface SuspendMark {
  on: boolean;
  at: string;
}

export const DAYS_LIMIT = 400;
/** A card that has lapsed this often is a leech. */
export const LEECH_LAPSES = 8;

/** An empty null-prototype map, optionally filled from the own enumerable entries of `from`. */
export function idMap<T>(from?: Readonly<Record<string, T>>): IdMap<T> {
  const out = Object.create(null) as IdMap<T>;
  if (from) for (const k of Object.keys(from)) out[k] = from[k];
  return out;
}

/** The value under an own key only: never one inherited from Object.prototype. */
export function own<T>(map: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(map, id) ? map[id] : undefined;
}

export function emptyProgress(): ProgressState {
  return { version: PROGRESS_VERSION, cards: idMap(), aside: idMap(), days: idMap(), suspended: idMap() };
}

export const termCardId = (termId: string) => `term:${termId}`;

/** The local calendar day of a time, as YYYY-MM-DD. */
export function dayKey(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Earliest and latest instants accepted in saved state: anything else is damage, not a date. */
export const MIN_TIME = Date.UTC(1970, 0, 1);
export const MAX_TIME = Date.UTC(3000, 0, 1);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant of a saved ISO-8601 time, or undefined when it is not one or is out of range. */
export function parseTime(x: unknown): number | undefined {
  if (typeof x !== 'string' || x.length > 40 || !ISO_TIME.test(x)) return undefined;
  const t = Date.parse(x);
  return Number.isFinite(t) && t >= MIN_TIME && t < MAX_TIME ? t : undefined;
}
