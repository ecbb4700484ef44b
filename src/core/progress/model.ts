// The learner's progress: one FSRS card per question (and per glossary flashcard, keyed `term:<id>`),
// in a versioned envelope. Keys are stable ids, never text.

export const PROGRESS_VERSION = 2;

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

export interface ReviewEntry {
  /** ISO time */
  at: string;
  grade: Grade;
}

export interface CardRecord {
  attempts: number;
  correct: number;
  /** ISO time of the first and of the latest review */
  first: string;
  last: string;
  lastCorrect: boolean;
  card: CardData;
  /** the newest reviews, oldest first, at most LOG_LIMIT */
  log: ReviewEntry[];
}

export interface ProgressState {
  version: typeof PROGRESS_VERSION;
  cards: Record<string, CardRecord>;
  /** cards whose question left the banks: kept, and restored if the id returns */
  aside: Record<string, CardRecord>;
  /** reviews per local day (YYYY-MM-DD), for the streak and daily limits; at most DAYS_LIMIT days */
  days: Record<string, number>;
}

/** Older reviews are folded away: the card's FSRS state already carries their effect. */
export const LOG_LIMIT = 5;
export const DAYS_LIMIT = 400;
/** A card that has lapsed this often is a leech. */
export const LEECH_LAPSES = 8;

export function emptyProgress(): ProgressState {
  return { version: PROGRESS_VERSION, cards: {}, aside: {}, days: {} };
}

export const termCardId = (termId: string) => `term:${termId}`;

/** The local calendar day of a time, as YYYY-MM-DD. */
export function dayKey(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
