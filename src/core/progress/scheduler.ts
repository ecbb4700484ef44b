// FSRS through ts-fsrs: next card state after a review, and how likely the learner still knows it.
import { createEmptyCard, fsrs, generatorParameters, StrategyMode, type AbstractScheduler, type Card, type FSRS } from 'ts-fsrs';
import type { CardData, Grade } from './model';

export interface SchedulerOptions {
  /** desired retention, 0.7 to 0.99 */
  retention: number;
  /**
   * Interval fuzz (load balancing): intervals of 3 days and more move by a few percent, so cards
   * learned together do not all come back on the same day. Off unless asked for: exact FSRS.
   */
  fuzz?: boolean;
}

/** Where the card's id rides along into ts-fsrs, for the fuzz seed. */
const SEED_KEY = 'sagemakerStudyId';

/**
 * ts-fsrs seeds its fuzz with the review's time to the millisecond by default, so the interval a
 * button shows would differ from the one a click a few seconds later schedules. The seed here is
 * the card's id, its review count and its previous review: fixed for one review of one card,
 * whenever it happens, and different for every card and every review.
 */
function seedOfReview(this: AbstractScheduler): string {
  const last = this.last;
  return `${String(Reflect.get(last, SEED_KEY) ?? '')}|${last.reps}|${last.last_review?.getTime() ?? ''}`;
}

const schedulers = new Map<string, FSRS>();

function scheduler(options: SchedulerOptions): FSRS {
  const r = Math.min(0.99, Math.max(0.7, Number.isFinite(options.retention) ? options.retention : 0.9));
  const fuzz = options.fuzz === true;
  const key = `${r}|${fuzz}`;
  let s = schedulers.get(key);
  if (!s) {
    s = fsrs(generatorParameters({ request_retention: r, enable_fuzz: fuzz })).useStrategy(StrategyMode.SEED, seedOfReview);
    schedulers.set(key, s);
  }
  return s;
}

const toCard = (c: CardData, seedKey = ''): Card => ({
  ...c,
  due: new Date(c.due),
  last_review: c.last_review ? new Date(c.last_review) : undefined,
  [SEED_KEY]: seedKey,
}) as Card;

const fromCard = (c: Card): CardData => ({
  due: c.due.toISOString(),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsed_days,
  scheduled_days: c.scheduled_days,
  learning_steps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state as CardData['state'],
  ...(c.last_review ? { last_review: c.last_review.toISOString() } : {}),
});

export function newCard(now: Date): CardData {
  return fromCard(createEmptyCard(now));
}

/**
 * A review never goes back in time: a clock set backwards, or a record from a machine ahead of
 * this one, is reviewed as if just after the card's last review.
 */
function reviewTime(card: CardData, now: Date): Date {
  const last = card.last_review ? Date.parse(card.last_review) : NaN;
  return Number.isFinite(last) && now.getTime() < last ? new Date(last) : now;
}

/** The card after one review. `seedKey` (the card's id) seeds the fuzz when it is on. */
export function review(card: CardData, grade: Grade, now: Date, options: SchedulerOptions, seedKey = ''): CardData {
  return fromCard(scheduler(options).next(toCard(card, seedKey), reviewTime(card, now), grade).card);
}

/** The card after each of the four grades, as review() would schedule it: the answer buttons' previews. */
export function reviewOutcomes(card: CardData, now: Date, options: SchedulerOptions, seedKey = ''): Record<Grade, CardData> {
  const log = scheduler(options).repeat(toCard(card, seedKey), reviewTime(card, now));
  return { 1: fromCard(log[1].card), 2: fromCard(log[2].card), 3: fromCard(log[3].card), 4: fromCard(log[4].card) };
}

/** Probability of recall now, 0 to 1; 0 for a card never reviewed. */
export function retrievability(card: CardData, now: Date, options: SchedulerOptions): number {
  if (card.state === 0 || !card.last_review) return 0;
  const r = scheduler(options).get_retrievability(toCard(card), reviewTime(card, now), false);
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}
