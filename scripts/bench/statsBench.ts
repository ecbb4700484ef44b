// The statistics panel's figures for a heavy learner: 10,000 cards and 100,000 logged reviews,
// every figure computed (target <= 50 ms), and the panel's bundle next to the quiz's.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../src/core/bank/model';
import type { CardRecord } from '../../src/core/progress/model';
import { newCard, review } from '../../src/core/progress/scheduler';
import type { ReviewPoint } from '../../src/core/stats/memory';
import { buildStatsView } from '../../src/core/stats/statsView';
import { median, timeRuns } from './timing';

/** The figures' input for a heavy learner (also drawn by the draw benchmark). */
export function heavyInput(root: string) {
  const catalog = JSON.parse(readFileSync(join(root, 'dist', 'catalog.json'), 'utf8')) as Catalog;
  const now = new Date();
  const day = 86_400_000;
  // 10,000 cards: the bundled questions and glossary cards, then synthetic ids, each reviewed.
  const ids = [...catalog.questions.map((q) => q.id), ...Array.from({ length: 10_000 }, (_, i) => `synthetic-${i}`)].slice(0, 10_000);
  const cards = new Map<string, CardRecord>();
  ids.forEach((id, i) => {
    const at = new Date(now.getTime() - ((i % 300) + 1) * day);
    const card = review(newCard(at), (1 + (i % 4)) as 1 | 2 | 3 | 4, at, { retention: 0.9 });
    cards.set(id, { attempts: 1, correct: i % 4 ? 1 : 0, first: at.toISOString(), last: at.toISOString(), lastCorrect: i % 4 !== 0, card });
  });
  const reviews: ReviewPoint[] = Array.from({ length: 100_000 }, (_, i) => ({
    at: now.getTime() - Math.floor((i * 365 * day) / 100_000),
    id: ids[i % ids.length],
    grade: (1 + (i % 4)) as 1 | 2 | 3 | 4,
    elapsedDays: i % 5,
    answerMs: 4000 + (i % 9000),
  })).reverse();
  const input = {
    catalog, cards, reviews, history: [], predictions: [],
    mastery: (id: string) => (cards.get(id)?.lastCorrect ? 0.8 : cards.has(id) ? 0 : undefined),
    now, horizonText: 'in 7 days', desiredRetention: 0.9, newPerDay: 20,
  };
  return input;
}

export function benchStats(root: string): Record<string, string> {
  const input = heavyInput(root);
  const runs = timeRuns(7, () => buildStatsView(input));
  const kb = (p: string) => `${(statSync(join(root, p)).size / 1024).toFixed(1)} KB`;
  return {
    'statistics: every figure for 10,000 cards and 100,000 reviews, median of 7 (target <= 50 ms)': `${median(runs).toFixed(1)} ms`,
    'statistics webview bundle dist/webview/stats.js (quiz bundle beside it)': `${kb('dist/webview/stats.js')} (quiz ${kb('dist/webview/quiz.js')})`,
  };
}
