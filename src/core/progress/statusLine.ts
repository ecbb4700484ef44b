// What the status bar item says: the due count and the day streak, as icons for the eye and as a
// sentence for screen readers. With no progress left (after "Reset all progress") there is no streak.
import * as l10n from '@vscode/l10n';
import type { ProgressState } from './model';
import { streak } from './stats';

export interface StatusLine {
  /** with $(icon) syntax, for StatusBarItem.text */
  text: string;
  /** a sentence, for StatusBarItem.accessibilityInformation */
  accessibleLabel: string;
  tooltip: string;
}

export function statusLine(due: number, state: ProgressState, now: Date): StatusLine {
  const days = Object.keys(state.cards).length === 0 ? 0 : streak(state, now);
  const dueText = due === 1 ? l10n.t('1 question due for review') : l10n.t('{0} questions due for review', due);
  const sentence = days > 0 ? l10n.t('SageMaker Study: {0}, {1}-day study streak.', dueText, days) : l10n.t('SageMaker Study: {0}.', dueText);
  return {
    text: `$(mortar-board) ${l10n.t('{0} due', due)}${days > 0 ? ` $(flame) ${days}` : ''}`,
    accessibleLabel: `${sentence} ${l10n.t('Activate to review.')}`,
    tooltip: `${sentence} ${l10n.t('Click to review.')}`,
  };
}
