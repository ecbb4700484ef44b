// Progress figures: choosing the next due question among 10,000 cards, and one store write
// (the answer applied, and the state serialised as VS Code does when it persists a memento).
import { emptyProgress, LOG_LIMIT, type ProgressState } from '../../src/core/progress/model';
import { recordReview } from '../../src/core/progress/operations';
import { nextDue } from '../../src/core/progress/queue';
import { ProgressSerializer } from '../../src/core/progress/serializer';
import { median, percentile, timeRuns } from './timing';

/** n cards, each reviewed often enough to carry a full review log (the largest a record gets). */
function bigState(n: number): { state: ProgressState; ids: string[] } {
  const ids: string[] = [];
  const start = Date.parse('2026-01-01T00:00:00Z');
  const cards: ProgressState['cards'] = {};
  let one = emptyProgress();
  for (let r = 0; r < LOG_LIMIT; r++) one = recordReview(one, 'x', 3, new Date(start + r * 86_400_000), { retention: 0.9 });
  for (let i = 0; i < n; i++) {
    const id = `q-${i}`;
    ids.push(id);
    cards[id] = { ...one.cards.x, card: { ...one.cards.x.card, due: new Date(start + i * 60_000).toISOString() } };
  }
  return { state: { ...emptyProgress(), cards }, ids };
}

/**
 * Answering one question as the store does it: the new state, its JSON text, and the encoding of
 * that text that VS Code makes when it sends the memento's value to be persisted.
 */
function timeWrites(state: ProgressState, ids: string[], now: Date): number[] {
  const serializer = new ProgressSerializer();
  serializer.serialize(state); // the store has saved once before any answer
  let s = state;
  let t = now.getTime();
  return timeRuns(200, () => {
    t += 1000;
    s = recordReview(s, ids[(t / 1000) % ids.length], 3, new Date(t), { retention: 0.9 });
    JSON.stringify({ value: serializer.serialize(s) });
  });
}

const kbOf = (s: ProgressState) => `${(new ProgressSerializer().serialize(s).length / 1024).toFixed(0)} KB`;

export function benchProgress(bankCards: number): Record<string, string> {
  const now = new Date('2026-03-01T00:00:00Z');
  const big = bigState(10_000);
  const pick = timeRuns(200, () => nextDue(big.ids, big.state, now));
  const full = bigState(bankCards);
  const write = timeWrites(full.state, full.ids, now);
  const write10k = timeWrites(big.state, big.ids, now);
  const fmt = (v: number[]) => `${median(v).toFixed(3)} / ${percentile(v, 99).toFixed(3)} ms`;
  return {
    'next due question among 10,000 cards, p50 / p99 (target <= 1 ms)': fmt(pick),
    [`one store write, every question and glossary card of the banks answered (${bankCards} cards, ${kbOf(full.state)} stored), p50 / p99 (target <= 2 ms)`]: fmt(write),
    [`one store write with 10,000 cards (${kbOf(big.state)} stored), p50 / p99`]: fmt(write10k),
  };
}
