// How long the learner took to answer: from the question on screen to the answer arriving.

/**
 * The longest answer time kept. Past it the learner was away (a meeting, another window), and the
 * time says no more about recall than this does; Anki caps its answer times the same way.
 */
export const MAX_ANSWER_MS = 5 * 60_000;

/** The answer time in whole ms, capped at MAX_ANSWER_MS; undefined when the start is unknown or the clock went back. */
export function answerTime(shownAt: number | undefined, answeredAt: number): number | undefined {
  if (shownAt === undefined || !Number.isFinite(shownAt) || !Number.isFinite(answeredAt)) return undefined;
  const ms = answeredAt - shownAt;
  return ms < 0 ? undefined : Math.min(Math.round(ms), MAX_ANSWER_MS);
}
