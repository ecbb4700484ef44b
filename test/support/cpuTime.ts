// CPU time of a call. On a busy machine wall time swings several-fold; the CPU time a call uses
// swings far less, so time budgets in tests are checked against it.
export function cpuTimed<T>(fn: () => T): { result: T; cpuMs: number } {
  const start = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(start);
  return { result, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Runs fn, and again (up to `tries` times in all) while it is over budget: a slow input is slow
 * every time, a garbage collection or a neighbour's burst is not. Returns the first result and the
 * least time seen.
 */
export function cpuTimedWithin<T>(fn: () => T, budgetMs: number, tries = 3): { result: T; cpuMs: number } {
  const first = cpuTimed(fn);
  let best = first.cpuMs;
  for (let i = 1; i < tries && best > budgetMs; i++) best = Math.min(best, cpuTimed(fn).cpuMs);
  return { result: first.result, cpuMs: best };
}
