// How the learner's memory is doing: true retention over recent windows, cards by FSRS state,
// leeches and the average answer time.
import { LEECH_LAPSES, type CardData } from '../progress/model';

/** A review as the statistics read it: structurally the review log's entry. */
export interface ReviewPoint {
  at: number;
  id: string;
  grade: 1 | 2 | 3 | 4;
  elapsedDays?: number;
  answerMs?: number;
}

export interface Retention {
  windowDays: number;
  /** reviews of cards that were due after a day or more (learning steps do not count) */
  reviews: number;
  passed: number;
  /** passed / reviews, in [0, 1]; undefined with no reviews */
  rate?: number;
}

const DAY_MS = 86_400_000;

/** True retention as Anki defines it: the share of real reviews (a day or more apart) not answered Again. */
export function retention(entries: Iterable<ReviewPoint>, now: Date, windowDays: number): Retention {
  const since = now.getTime() - windowDays * DAY_MS;
  let reviews = 0;
  let passed = 0;
  for (const e of entries) {
    if (e.at < since || e.at > now.getTime() || (e.elapsedDays ?? 0) < 1) continue;
    reviews++;
    if (e.grade > 1) passed++;
  }
  return { windowDays, reviews, passed, ...(reviews > 0 ? { rate: passed / reviews } : {}) };
}

export interface CardStates {
  new: number;
  learning: number;
  review: number;
  relearning: number;
  leeches: number;
}

/** Cards by state; `unseen` questions the learner never answered count as new. */
export function cardStates(cards: Iterable<Pick<CardData, 'state' | 'lapses'>>, unseen = 0): CardStates {
  const out: CardStates = { new: Math.max(0, unseen), learning: 0, review: 0, relearning: 0, leeches: 0 };
  for (const c of cards) {
    if (c.state === 0) out.new++;
    else if (c.state === 1) out.learning++;
    else if (c.state === 2) out.review++;
    else out.relearning++;
    if (c.lapses >= LEECH_LAPSES) out.leeches++;
  }
  return out;
}

/** Mean answer time over the reviews that recorded one; undefined when none did. */
export function averageAnswerMs(entries: Iterable<ReviewPoint>): number | undefined {
  let sum = 0;
  let n = 0;
  for (const e of entries) {
    if (e.answerMs === undefined || !Number.isFinite(e.answerMs)) continue;
    sum += e.answerMs;
    n++;
  }
  return n > 0 ? sum / n : undefined;
}
