// Every key the extension stores in VS Code's mementos.
export const StorageKey = {
  progress: 'sagemakerStudy.progress',
  progressBackupPrefix: 'sagemakerStudy.progress.backup.',
  quizSession: 'sagemakerStudy.quizSession',
  pausedQuizSession: 'sagemakerStudy.pausedQuizSession',
  examSession: 'sagemakerStudy.examSession',
  examHistory: 'sagemakerStudy.examHistory',
} as const;
