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
  // Local midnights of the window's days (and of tomorrow): a review finds its day by binary
  // search, so a year of 100,000 reviews costs no date formatting per review.
  const starts: number[] = [];
  const cells: DayCell[] = [];
  for (let i = days - 1; i >= -1; i--) {
    const d = addDays(now, -i);
    starts.push(new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime());
    if (i >= 0) cells.push({ day: dayKey(d), reviews: 0 });
  }
  const end = starts[days];
  for (const at of reviewTimes) {
    if (!(at >= starts[0] && at < end)) continue;
    let lo = 0;
    let hi = days - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    cells[lo].reviews++;
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
