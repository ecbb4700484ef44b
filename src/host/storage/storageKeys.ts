// Every key the extension stores in VS Code's mementos.
export const StorageKey = {
  progress: 'sagemakerStudy.progress',
  /** due dates of the question cards beside the snapshot, for the status bar at start (not synced) */
  progressDue: 'sagemakerStudy.progress.due',
  progressBackupPrefix: 'sagemakerStudy.progress.backup.',
  quizSession: 'sagemakerStudy.quizSession',
  pausedQuizSession: 'sagemakerStudy.pausedQuizSession',
  examSession: 'sagemakerStudy.examSession',
  examHistory: 'sagemakerStudy.examHistory',
} as const;
