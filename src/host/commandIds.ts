// Every command id the extension contributes, in one place. A test checks these against package.json.
export const CommandId = {
  quickQuiz: 'sagemakerStudy.quickQuiz',
  startTopicQuiz: 'sagemakerStudy.startTopicQuiz',
  openQuiz: 'sagemakerStudy.openQuiz',
  quizTerm: 'sagemakerStudy.quizTerm',
  lookUpTerm: 'sagemakerStudy.lookUpTerm',
  refreshTopics: 'sagemakerStudy.refreshTopics',
  filterExam: 'sagemakerStudy.filterExam',
  reviewDue: 'sagemakerStudy.reviewDue',
  reviewMistakes: 'sagemakerStudy.reviewMistakes',
  resetProgress: 'sagemakerStudy.resetProgress',
  exportProgress: 'sagemakerStudy.exportProgress',
  importProgress: 'sagemakerStudy.importProgress',
  moveProgress: 'sagemakerStudy.moveProgress',
  showLeeches: 'sagemakerStudy.showLeeches',
  startExam: 'sagemakerStudy.startExam',
  quickQuizTopic: 'sagemakerStudy.quickQuizTopic',
  studyGlossary: 'sagemakerStudy.studyGlossary',
  clearExamFilter: 'sagemakerStudy.clearExamFilter',
  placementQuiz: 'sagemakerStudy.placementQuiz',
  openHoverSample: 'sagemakerStudy.openHoverSample',
  setStudyPlan: 'sagemakerStudy.setStudyPlan',
  showExamHistory: 'sagemakerStudy.showExamHistory',
  restoreProgressBackup: 'sagemakerStudy.restoreProgressBackup',
  importQuestions: 'sagemakerStudy.importQuestions',
  exportAnki: 'sagemakerStudy.exportAnki',
  showStatistics: 'sagemakerStudy.showStatistics',
  undoLastAnswer: 'sagemakerStudy.undoLastAnswer',
} as const;

export type CommandIdValue = (typeof CommandId)[keyof typeof CommandId];

/** Commands a hover's Markdown may run: nothing else is trusted there. */
export const HOVER_COMMANDS: readonly string[] = [CommandId.quizTerm, CommandId.lookUpTerm];

export const VIEW_TOPICS = 'sagemakerStudy.topics';
export const VIEW_GLOSSARY = 'sagemakerStudy.glossary';
export const QUIZ_PANEL_TYPE = 'sagemakerStudy.quiz';
