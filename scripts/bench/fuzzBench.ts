// Load balancing (issue 17): 300 cards learned the same morning, then reviewed every day they are
// due for 60 days, with the same answers (about 1 in 10 forgotten, fixed per card and review),
// once with exact FSRS intervals and once with interval fuzz. Fuzz should flatten the daily load.
import type { CardData, Grade } from '../../src/core/progress/model';
import { newCard, review, type SchedulerOptions } from '../../src/core/progress/scheduler';

const DAY = 86_400_000;
const MIN = 60_000;

/** A fixed answer per card and review: Again about one time in ten, otherwise Good. */
function gradeOf(id: string, reps: number): Grade {
  let h = 2166136261;
  for (const c of `${id}#${reps}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) % 10 === 0 ? 1 : 3;
}

/** Reviews due on each of the next `days` days (the cards a learner faces that morning). */
export function dailyLoad(cards: number, days: number, options: SchedulerOptions): number[] {
  const start = Date.UTC(2026, 0, 5, 8);
  const deck: { id: string; card: CardData }[] = [];
  for (let i = 0; i < cards; i++) {
    const id = `q-${i}`;
    const t = start + i * 1000;
    // Learned: Good on the new card, Good again at its 10-minute step.
    let card = review(newCard(new Date(t)), 3, new Date(t), options, id);
    card = review(card, 3, new Date(t + 10 * MIN), options, id);
    deck.push({ id, card });
  }
  const load: number[] = [];
  for (let d = 1; d <= days; d++) {
    const morning = start + d * DAY;
    let due = 0;
    for (const c of deck) {
      if (Date.parse(c.card.due) > morning + DAY - 1) continue;
      due++;
      let t = Math.max(morning, Date.parse(c.card.due));
      c.card = review(c.card, gradeOf(c.id, c.card.reps), new Date(t), options, c.id);
      // A lapse comes back within the day, at its relearning step: answered Good then.
      while (Date.parse(c.card.due) < morning + DAY - 1 && c.card.state !== 2) {
        t = Date.parse(c.card.due);
        c.card = review(c.card, 3, new Date(t), options, c.id);
      }
    }
    load.push(due);
  }
  return load;
}

function stdDev(xs: number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
}

export function benchFuzz(): Record<string, string> {
  const off = dailyLoad(300, 60, { retention: 0.9, fuzz: false });
  const on = dailyLoad(300, 60, { retention: 0.9, fuzz: true });
  // ts-fsrs leaves intervals under 2.5 days as they are, so the first review (day 2) is the same
  // either way: the figures below are over days 3 to 60, where fuzz can act.
  const offLater = off.slice(2);
  const onLater = on.slice(2);
  const label = '300 cards learned the same day, reviews due per day on days 3-60';
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    [`${label}: busiest day, exact FSRS (baseline) -> with fuzz`]: `${Math.max(...offLater)} -> ${Math.max(...onLater)} (${(Math.max(...offLater) / Math.max(...onLater)).toFixed(1)}x lower peak)`,
    [`${label}: standard deviation of the daily load, exact -> with fuzz`]: `${stdDev(offLater).toFixed(1)} -> ${stdDev(onLater).toFixed(1)} (${(stdDev(offLater) / stdDev(onLater)).toFixed(1)}x smoother)`,
    [`${label}: days with any review, exact -> with fuzz (reviews ${total(offLater)} -> ${total(onLater)})`]: `${offLater.filter((n) => n > 0).length} -> ${onLater.filter((n) => n > 0).length}`,
    ['  day 2 (first review, 2-day interval, below the fuzz threshold), exact -> with fuzz']: `${off[1]} -> ${on[1]}`,
  };
}
