// The quiz panel's strings for undo and the interval previews, in one place until the host sends
// the webview its strings (localization).

export const studyStrings = {
  undo: 'Undo',
  undoTitle: (keys: string) => `Undo the last answer (${keys})`,
  undoShortcut: 'undo the last answer',
  nextReview: 'Next review:',
  intervalTitle: (interval: string) => `Comes back in ${interval}`,
};

/** The undo keys as this platform writes them. */
export const undoKeys = (): string => (/Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '') ? '⌘Z' : 'Ctrl+Z');
