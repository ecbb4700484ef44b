// Reviews due on each of the coming days, learning and review cards stacked, plus the new cards
// the daily limit would bring in. Overdue cards count on the first day.
import type { CardData } from '../progress/model';
import { addDays, dayKey, daysBetween } from './days';

export interface ForecastDay {
  day: string;
  /** cards in (re)learning: short steps */
  learning: number;
  /** cards in review */
  review: number;
  /** new cards the daily limit would introduce that day */
  new: number;
}

export function forecast(cards: Iterable<Pick<CardData, 'due' | 'state'>>, now: Date, options: { days?: number; newPerDay?: number; unseen?: number } = {}): ForecastDay[] {
  const days = options.days ?? 30;
  const out: ForecastDay[] = Array.from({ length: days }, (_, i) => ({ day: dayKey(addDays(now, i)), learning: 0, review: 0, new: 0 }));
  for (const c of cards) {
    if (c.state === 0) continue;
    const due = new Date(c.due);
    if (!Number.isFinite(due.getTime())) continue;
    const offset = Math.max(0, daysBetween(now, due));
    if (offset >= days) continue;
    if (c.state === 2) out[offset].review++;
    else out[offset].learning++;
  }
  let unseen = Math.max(0, options.unseen ?? 0);
  const perDay = Math.max(0, options.newPerDay ?? 0);
  for (const d of out) {
    d.new = Math.min(perDay, unseen);
    unseen -= d.new;
  }
  return out;
}
