// What only a screen reader hears: the words that stand in for colours and icons, from the page's
// string table like every other webview string.
import { strings } from './quizStrings';
import { fmt } from './strings';

/** After answering: what a choice was, where the colour and icon say it on screen. */
export function choiceVerdict(c: { correct: boolean; picked: boolean }): string {
  if (c.correct) return c.picked ? strings.verdictPickedRight : strings.verdictRightNotPicked;
  return c.picked ? strings.verdictPickedWrong : '';
}

export const stepVerdict = (inPlace: boolean): string => (inPlace ? strings.stepInPlace : strings.stepOutOfPlace);
export const pairVerdict = (right: boolean): string => (right ? strings.pairRight : strings.pairWrong);

/** Said when a quiz round ends, with the score line the summary shows. */
export const roundDone = (title: string, score: string): string => fmt(strings.roundDone, title, score);
