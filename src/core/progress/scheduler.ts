// FSRS through ts-fsrs: next card state after a review, and how likely the learner still knows it.
import { createEmptyCard, fsrs, generatorParameters, type Card, type FSRS } from 'ts-fsrs';
import type { CardData, Grade } from './model';

export interface SchedulerOptions {
  /** desired retention, 0.7 to 0.99 */
  retention: number;
}

const schedulers = new Map<number, FSRS>();

function scheduler(retention: number): FSRS {
  const r = Math.min(0.99, Math.max(0.7, Number.isFinite(retention) ? retention : 0.9));
  let s = schedulers.get(r);
  if (!s) {
    s = fsrs(generatorParameters({ request_retention: r, enable_fuzz: false }));
    schedulers.set(r, s);
  }
  return s;
}

const toCard = (c: CardData): Card => ({
  ...c,
  due: new Date(c.due),
  last_review: c.last_review ? new Date(c.last_review) : undefined,
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

export function review(card: CardData, grade: Grade, now: Date, options: SchedulerOptions): CardData {
  return fromCard(scheduler(options.retention).next(toCard(card), reviewTime(card, now), grade).card);
}

/** Probability of recall now, 0 to 1; 0 for a card never reviewed. */
export function retrievability(card: CardData, now: Date, options: SchedulerOptions): number {
  if (card.state === 0 || !card.last_review) return 0;
  const r = scheduler(options.retention).get_retrievability(toCard(card), reviewTime(card, now), false);
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}
