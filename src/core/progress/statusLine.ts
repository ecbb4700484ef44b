// What the status bar item says: the due count and the day streak, as icons for the eye and as a
// sentence for screen readers. With no progress left (after "Reset all progress") there is no streak.
import type { ProgressState } from './model';
import { streak } from './stats';

export interface StatusLine {
  /** with $(icon) syntax, for StatusBarItem.text */
  text: string;
  /** a sentence, for StatusBarItem.accessibilityInformation */
  accessibleLabel: string;
  tooltip: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function statusLine(due: number, state: ProgressState, now: Date): StatusLine {
  const days = Object.keys(state.cards).length === 0 ? 0 : streak(state, now);
  const dueText = `${plural(due, 'question')} due for review`;
  const streakText = days > 0 ? `, ${days}-day study streak` : '';
  return {
    text: `$(mortar-board) ${due} due${days > 0 ? ` $(flame) ${days}` : ''}`,
    accessibleLabel: `SageMaker Study: ${dueText}${streakText}. Activate to review.`,
    tooltip: `SageMaker Study: ${dueText}${streakText}. Click to review.`,
  };
}
