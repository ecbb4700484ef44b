// How long until a card comes back: the previews on the answer buttons ("<10m", "3d", "12d", as
// Anki shows them) and the next review after a graded answer. Previews come from the same
// scheduler call, seed and options as the review itself (scheduler.ts), so a button shows exactly
// what clicking it schedules.
import { newCard, reviewOutcomes, type SchedulerOptions } from './scheduler';
import type { CardRecord, Grade } from './model';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** When the card would be due after each grade, answered at `now`: ms from `now`. */
export function previewIntervals(prev: CardRecord | undefined, id: string, now: Date, options: SchedulerOptions): Record<Grade, number> {
  const outcomes = reviewOutcomes(prev?.card ?? newCard(now), now, options, id);
  const after = (g: Grade) => Math.max(0, Date.parse(outcomes[g].due) - now.getTime());
  return { 1: after(1), 2: after(2), 3: after(3), 4: after(4) };
}

const trim = (x: number) => (x >= 10 ? String(Math.round(x)) : String(Math.round(x * 10) / 10).replace(/\.0$/, ''));

/**
 * An interval as the answer buttons show it. Within a day it is a learning step, which may come back
 * a little early: "<1m", "<10m", "<2h". From a day on: "1d", "12d", "1.5mo", "2.1y".
 */
export function formatInterval(ms: number): string {
  if (!Number.isFinite(ms) || ms < MINUTE) return '<1m';
  if (ms < HOUR) return `<${Math.ceil(ms / MINUTE - 1e-9)}m`;
  if (ms < DAY) return `<${Math.ceil(ms / HOUR - 1e-9)}h`;
  const days = Math.round(ms / DAY);
  if (days < 30) return `${days}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}
