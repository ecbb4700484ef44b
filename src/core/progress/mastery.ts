// Mastery as a learner reads it: the chance of still answering a question right at a horizon ahead
// (7 days, or the exam date), from its FSRS memory state. Recall right after a review is always about 1,
// so "recall now" cannot be shown as mastery; a question last answered wrong is not known yet and counts 0.
import * as l10n from '@vscode/l10n';
import type { CardRecord, ProgressState } from './model';
import { retrievability, type SchedulerOptions } from './scheduler';

/** The horizon when no exam date is set (or it has passed). */
export const DEFAULT_HORIZON_DAYS = 7;
/** A topic is shown as mastered only at or above this expected recall. */
export const MASTERED_THRESHOLD = 0.9;

const DAY_MS = 86_400_000;

export interface MasteryOptions extends SchedulerOptions {
  /** the clock: mastery is what the learner would recall at `horizon`, seen from now */
  now: Date;
  /** when recall is measured; see masteryHorizon */
  horizon: Date;
}

/**
 * When mastery measures recall: the exam date when one is set and still ahead, else DEFAULT_HORIZON_DAYS
 * from now.
 */
export function masteryHorizon(now: Date, examDate?: Date): Date {
  if (examDate && examDate.getTime() > now.getTime()) return examDate;
  return new Date(now.getTime() + DEFAULT_HORIZON_DAYS * DAY_MS);
}

/**
 * One question's mastery, 0 to 1: expected recall at the horizon from its FSRS state. Unanswered
 * questions and questions whose latest answer was wrong count 0.
 */
export function cardMastery(record: CardRecord | undefined, options: MasteryOptions): number {
  if (!record || !record.lastCorrect) return 0;
  const at = options.horizon.getTime() > options.now.getTime() ? options.horizon : options.now;
  return retrievability(record.card, at, options);
}

/** Mean mastery over a set of questions, unanswered ones counting 0; 0 for an empty set. */
export function setMastery(ids: readonly string[], state: ProgressState, options: MasteryOptions): number {
  if (ids.length === 0) return 0;
  let sum = 0;
  for (const id of ids) sum += cardMastery(state.cards[id], options);
  return sum / ids.length;
}

export const isMastered = (mastery: number): boolean => mastery >= MASTERED_THRESHOLD;

/** The definition in plain words, for tooltips: "…in 7 days" or "…by your exam on 2027-01-15". */
export function masteryDefinition(now: Date, examDate?: Date): string {
  const horizon = masteryHorizon(now, examDate);
  const first = examDate && horizon === examDate
    ? l10n.t('Mastery is the chance you would still answer these questions right by your exam on {0}, estimated from your answers so far.', isoDay(examDate))
    : l10n.t('Mastery is the chance you would still answer these questions right in {0} days, estimated from your answers so far.', DEFAULT_HORIZON_DAYS);
  return `${first} ${l10n.t('Questions you have not answered, or last answered wrong, count as 0.')} `
    + l10n.t('{0}% or more counts as mastered.', Math.round(MASTERED_THRESHOLD * 100));
}

function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
