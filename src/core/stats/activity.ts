// Reviews over the past year as a calendar heatmap, one cell per day, and the study streaks.
import { addDays, dayKey } from './days';

export interface DayCell {
  day: string;
  reviews: number;
}

export interface Activity {
  /** oldest first, exactly `days` cells, the last one today */
  cells: DayCell[];
  /** days in a row with a review, ending today (or yesterday, when today has none yet) */
  currentStreak: number;
  longestStreak: number;
  total: number;
}

export function activity(reviewTimes: Iterable<number>, now: Date, days = 365): Activity {
  const counts = new Map<string, number>();
  for (const at of reviewTimes) {
    const key = dayKey(new Date(at));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const cells: DayCell[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = dayKey(addDays(now, -i));
    cells.push({ day, reviews: counts.get(day) ?? 0 });
  }
  let longest = 0;
  let run = 0;
  for (const c of cells) {
    run = c.reviews > 0 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  // Today without a review yet does not break the streak: it is still open.
  let current = 0;
  for (let i = cells.length - 1; i >= 0; i--) {
    if (cells[i].reviews > 0) current++;
    else if (i === cells.length - 1) continue;
    else break;
  }
  return { cells, currentStreak: current, longestStreak: longest, total: cells.reduce((s, c) => s + c.reviews, 0) };
}
