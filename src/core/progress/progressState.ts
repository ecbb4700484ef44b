// Temporary: the hover still reads progress through this name; it moves to stats.ts `summarize`.
import type { ProgressState } from './model';

export function progressOf(ids: readonly string[], state: ProgressState): { total: number; answered: number; attempts: number; correct: number } {
  let answered = 0;
  let attempts = 0;
  let correct = 0;
  for (const id of ids) {
    const r = state.cards[id];
    if (!r) continue;
    answered++;
    attempts += r.attempts;
    correct += r.correct;
  }
  return { total: ids.length, answered, attempts, correct };
}
