// The quiz panel's strings for undo and the interval previews, from the page's string table.
import { strings } from './quizStrings';
import { fmt } from './strings';

export const studyStrings = {
  get undo(): string {
    return strings.undo;
  },
  undoTitle: (keys: string) => fmt(strings.undoTitle, keys),
  get undoShortcut(): string {
    return strings.undoShortcut;
  },
  get nextReview(): string {
    return strings.nextReview;
  },
  intervalTitle: (interval: string) => fmt(strings.intervalTitle, interval),
};

/** The undo keys as this platform writes them. */
export const undoKeys = (): string => (/Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '') ? '⌘Z' : 'Ctrl+Z');
