// Progress figures: choosing the next due question among 10,000 cards, and one store write
// (the answer applied, and the state serialised as VS Code does when it persists a memento).
import { emptyProgress, type ProgressState } from '../../src/core/progress/model';
import { recordReview } from '../../src/core/progress/operations';
import { nextDue } from '../../src/core/progress/queue';
import { median, percentile, timeRuns } from './timing';

function bigState(n: number): { state: ProgressState; ids: string[] } {
  let state = emptyProgress();
  const ids: string[] = [];
  const start = Date.parse('2026-01-01T00:00:00Z');
  const cards: ProgressState['cards'] = {};
  for (let i = 0; i < n; i++) {
    const id = `q-${i}`;
    ids.push(id);
    const s = recordReview(emptyProgress(), id, ((i % 4) + 1) as 1 | 2 | 3 | 4, new Date(start + i * 60_000), { retention: 0.9 });
    cards[id] = s.cards[id];
  }
  state = { ...state, cards };
  return { state, ids };
}

export function benchProgress(): Record<string, string> {
  const { state, ids } = bigState(10_000);
  const now = new Date('2026-03-01T00:00:00Z');
  const pick = timeRuns(200, () => nextDue(ids, state, now));
  let s = state;
  let t = now.getTime();
  const write = timeRuns(200, () => {
    t += 1000;
    s = recordReview(s, ids[(t / 1000) % ids.length], 3, new Date(t), { retention: 0.9 });
    JSON.stringify(s);
  });
  return {
    'next due question among 10,000 cards, p50 / p99 (target <= 1 ms)': `${median(pick).toFixed(3)} / ${percentile(pick, 99).toFixed(3)} ms`,
    'one store write with 10,000 cards, p50 / p99 (target <= 2 ms)': `${median(write).toFixed(3)} / ${percentile(write, 99).toFixed(3)} ms`,
  };
}
