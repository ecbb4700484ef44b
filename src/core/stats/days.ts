// Local calendar days as YYYY-MM-DD keys, and stepping between them, for the statistics.
import { dayKey } from '../progress/model';

const DAY_MS = 86_400_000;

export { dayKey };

/** The day `n` days after `from` (local time, safe across daylight-saving changes). */
export function addDays(from: Date, n: number): Date {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + n, 12);
  return d;
}

/** Whole local days from `a` to `b` (b later is positive). */
export function daysBetween(a: Date, b: Date): number {
  const noon = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12).getTime();
  return Math.round((noon(b) - noon(a)) / DAY_MS);
}
