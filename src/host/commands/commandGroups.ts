// Every command of the extension, registered in one place at activation. The ids of each group are
// listed here, so they are registered without loading any handler; each group's module loads on the
// first run of one of its commands (see lazyCommands.ts). A unit test checks the lists against the
// modules and package.json.
import type * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { CatalogService } from '../catalogService';
import type { TermHoverProvider } from '../hover/termHoverProvider';
import type { QuizPanelApi } from '../panels/quizPanelLoader';
import type { ProgressStore } from '../storage/progressStore';
import type { TopicsTreeProvider } from '../views/topicsTree';
import type { ReportUi } from './questionCommands';
import { type CommandGroup, registerLazyCommands } from './lazyCommands';

export interface CommandServices {
  dist: vscode.Uri;
  catalog: CatalogService;
  progress: ProgressStore;
  quiz: QuizPanelApi;
  topics: TopicsTreeProvider;
  hover: TermHoverProvider;
  log: vscode.LogOutputChannel;
  workspaceState: vscode.Memento;
  /** the extension's package.json, read when a problem is reported */
  packageJson: () => { version?: unknown; repository?: { url?: unknown } | string } | undefined;
  /** what "Report a problem" asks and opens through; undefined for VS Code's own dialogs */
  reportUi: () => ReportUi | undefined;
  /** keeps what a group creates (a panel) until the extension is deactivated */
  track: (d: vscode.Disposable) => void;
}

/** The groups: which command ids each module handles, and how to load it. */
export function commandGroups(s: CommandServices): CommandGroup[] {
  const { catalog, progress, quiz } = s;
  return [
    {
      ids: [CommandId.quickQuiz, CommandId.quickQuizTopic, CommandId.startTopicQuiz, CommandId.openQuiz, CommandId.undoLastAnswer, CommandId.quizTerm, CommandId.lookUpTerm, CommandId.refreshTopics, CommandId.filterExam, CommandId.clearExamFilter],
      load: async () => (await import('./studyCommands')).studyCommands(s),
    },
    {
      ids: [CommandId.reviewDue, CommandId.reviewMistakes, CommandId.resetProgress, CommandId.exportProgress, CommandId.importProgress, CommandId.moveProgress, CommandId.studyGlossary, CommandId.showLeeches],
      load: async () => (await import('./progressCommands')).progressCommands({ catalog, progress, quiz }),
    },
    {
      ids: [CommandId.startExam, CommandId.showExamHistory],
      load: async () => {
        const [{ examCommands }, { predictOnExamStart }] = await Promise.all([import('./examCommands'), import('./statsCommands')]);
        return examCommands(catalog, quiz, (code) => predictOnExamStart(s, code));
      },
    },
    {
      ids: [CommandId.placementQuiz, CommandId.openHoverSample, CommandId.setStudyPlan],
      load: async () => (await import('./onboardingCommands')).onboardingCommands(catalog, quiz, s.topics, progress),
    },
    { ids: [CommandId.restoreProgressBackup], load: async () => (await import('./backupCommands')).backupCommands(progress) },
    { ids: [CommandId.customStudy], load: async () => (await import('./customStudy')).customStudyCommands({ catalog, progress, quiz, workspaceState: s.workspaceState }) },
    {
      ids: [CommandId.reportQuestion, CommandId.suspendQuestion, CommandId.restoreSuspended],
      load: async () => {
        const m = await import('./questionCommands');
        return m.questionCommands({ catalog, progress, quiz, packageJson: s.packageJson, ui: () => s.reportUi() ?? m.vscodeReportUi });
      },
    },
    { ids: [CommandId.showStatistics], load: async () => (await import('./statsCommands')).statsCommands(s) },
    { ids: [CommandId.importQuestions, CommandId.exportAnki], load: async () => (await import('./bankCommands')).bankCommands(catalog, s.log) },
  ];
}

export function registerAllCommands(s: CommandServices): vscode.Disposable[] {
  return commandGroups(s).flatMap(registerLazyCommands);
}
