// What only a screen reader hears: the words that stand in for colours and icons. Kept in one
// place so that translation can pick them up with the rest of the webview's strings.

/** After answering: what a choice was, where the colour and icon say it on screen. */
export function choiceVerdict(c: { correct: boolean; picked: boolean }): string {
  if (c.correct) return c.picked ? 'Your answer, right.' : 'Right answer, not picked.';
  return c.picked ? 'Your answer, wrong.' : '';
}

export const stepVerdict = (inPlace: boolean) => (inPlace ? 'In the right place.' : 'Out of place.');
export const pairVerdict = (right: boolean) => (right ? 'Matched right.' : 'Matched wrong.');

/** Said when a quiz round ends, with the score line the summary shows. */
export const roundDone = (title: string, score: string) => `${title}: round complete. ${score}`;

/** The legend of the exam history chart (statistics panel). */
export const HISTORY_LEGEND = { score: 'Score', predicted: 'Predicted before the exam' };
export const historyPoint = (day: string, scaled: number, predicted?: number) => (predicted === undefined ? `${day}: ${scaled}` : `${day}: ${scaled}, predicted ${predicted}`);
