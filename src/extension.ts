// Wiring only: build the services, register what they provide, hand every disposable to VS Code.
import * as vscode from 'vscode';
import { termCardId } from './core/progress/model';
import { BankDiagnostics } from './host/bankDiagnostics';
import { CatalogService } from './host/catalogService';
import { CommandId, QUIZ_PANEL_TYPE, VIEW_GLOSSARY, VIEW_TOPICS } from './host/commandIds';
import { GlossaryTreeProvider } from './host/views/glossaryTree';
import { registerBackupCommands } from './host/commands/backupCommands';
import { BankQuickFixes } from './host/workspaceBanks/bankQuickFixes';
import { WorkspaceBanks } from './host/workspaceBanks/workspaceBanks';
import { registerBankCommands } from './host/commands/bankCommands';
import { registerExamCommands } from './host/commands/examCommands';
import { registerProgressCommands } from './host/commands/progressCommands';
import { registerCommands } from './host/commands/registerCommands';
import { registerOnboardingCommands } from './host/commands/onboardingCommands';
import { registerTermHover } from './host/hover/registerTermHover';
import { TermHoverProvider } from './host/hover/termHoverProvider';
import { QuizPanel } from './host/panels/quizPanel';
import { ProgressStore, readStudySettings } from './host/storage/progressStore';
import { StudyStatusBar } from './host/views/statusBar';
import { showFilterState, TopicsTreeProvider } from './host/views/topicsTree';
import { StatsPanel } from './host/panels/statsPanel';
import { statsView } from './host/stats/statsData';
import { recordPrediction } from './host/stats/readinessLog';
import { configureCoreL10n } from './host/coreL10n';
import { type InYourCode, registerInYourCode } from './host/inYourCode/registerInYourCode';
import { registerCustomStudy } from './host/commands/customStudy';
import { registerQuestionCommands, vscodeReportUi, type QuestionCommandDeps, type ReportUi } from './host/commands/questionCommands';

type QuestionPackageJson = ReturnType<QuestionCommandDeps['packageJson']>;

/** What activate() returns: the services, so integration tests can drive them in the real VS Code. */
export interface SageMakerStudyApi {
  catalog: CatalogService;
  progress: ProgressStore;
  topics: TopicsTreeProvider;
  quiz: QuizPanel;
  inYourCode: InYourCode;
  /** what "Report a problem" asks and opens through; tests swap it to check the link without opening it */
  reportUi: { current: ReportUi };
}

export function activate(context: vscode.ExtensionContext): SageMakerStudyApi {
  configureCoreL10n();
  const log = vscode.window.createOutputChannel('SageMaker Study', { log: true });
  const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
  const progress = new ProgressStore(context, readStudySettings, log);
  // Cards of questions that left the banks go aside once the catalog is loaded (lazily).
  // The learner's banks load with the catalog; opening one of their files loads it too.
  const workspaceBanks: WorkspaceBanks = new WorkspaceBanks(log, () => catalog.load(), context.storageUri?.fsPath);
  const catalog: CatalogService = new CatalogService(vscode.Uri.joinPath(dist, 'catalog.json.br'), log, (index) =>
    progress.reconcile(new Set([...index.catalog.questions.map((q) => q.id), ...index.catalog.terms.map((t) => termCardId(t.id))])),
  workspaceBanks);
  const topics = new TopicsTreeProvider(catalog, progress, log, context.globalState);
  const quiz = new QuizPanel(dist, catalog, progress, context.workspaceState, log);
  const stats = new StatsPanel(dist, () => statsView({ catalog, progress, state: context.workspaceState }), progress.onDidChange, log);
  const predict = async (examCode: string) => {
    const exam = (await statsView({ catalog, progress, state: context.workspaceState })).exams.find((e) => e.code === examCode);
    if (exam) await recordPrediction(context.workspaceState, { examCode, at: new Date().toISOString(), predicted: exam.readiness.predicted });
  };
  const reportUi = { current: vscodeReportUi };
  const hover = new TermHoverProvider(catalog, progress, log, vscode.Uri.joinPath(dist, 'terms.json'));
  const treeView = vscode.window.createTreeView(VIEW_TOPICS, { treeDataProvider: topics, showCollapseAll: true });
  const glossary = new GlossaryTreeProvider(catalog);
  const glossaryView = vscode.window.createTreeView(VIEW_GLOSSARY, { treeDataProvider: glossary, showCollapseAll: true });
  // The view's scan starts when it is first shown, not here.
  const inYourCode = registerInYourCode({ catalog, progress, quiz, glossaryView, log });
  const statusBar = new StudyStatusBar(progress, (due) => {
    treeView.badge = due > 0 ? { value: due, tooltip: due === 1 ? vscode.l10n.t('1 question due for review') : vscode.l10n.t('{0} questions due for review', due) } : undefined;
  });
  context.subscriptions.push(
    log,
    workspaceBanks,
    catalog,
    catalog.onDidReload(() => {
      topics.refreshAll();
      glossary.refresh();
    }),
    vscode.languages.registerCodeActionsProvider({ language: 'yaml', pattern: '**/*.{yaml,yml}' }, new BankQuickFixes(), { providedCodeActionKinds: BankQuickFixes.kinds }),
    progress,
    topics,
    quiz,
    treeView,
    glossaryView,
    statusBar,
    vscode.window.registerWebviewPanelSerializer(QUIZ_PANEL_TYPE, quiz),
    registerTermHover(hover, log),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('sagemakerStudy.progress.scope')) void progress.scopeChanged();
      if (e.affectsConfiguration('sagemakerStudy.study')) topics.refreshAll();
    }),
    ...registerCommands({ catalog, progress, quiz, topics, hover }),
    ...registerProgressCommands({ catalog, progress, quiz }),
    ...registerExamCommands(catalog, quiz, predict),
    ...registerOnboardingCommands(catalog, quiz, topics, progress),
    showFilterState(treeView, topics),
    ...registerBackupCommands(progress),
    registerCustomStudy({ catalog, progress, quiz, workspaceState: context.workspaceState }),
    ...registerQuestionCommands({ catalog, progress, quiz, packageJson: () => context.extension?.packageJSON as QuestionPackageJson | undefined, ui: () => reportUi.current }),
    stats,
    vscode.commands.registerCommand(CommandId.showStatistics, () => stats.show()),
    ...registerBankCommands(catalog, log),
    new BankDiagnostics(catalog, log),
    ...inYourCode.disposables,
  );
  // Nothing is read during activation: the due count reads progress (not the catalog) right after it.
  const first = setTimeout(() => {
    try {
      statusBar.update();
    } catch (err) {
      log.error(`Status bar: ${String(err)}`);
    }
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(first) });
  return { catalog, progress, topics, quiz, inYourCode: inYourCode.api, reportUi };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
