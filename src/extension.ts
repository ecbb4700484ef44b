// Wiring only: build the services, register what they provide, hand every disposable to VS Code.
import * as vscode from 'vscode';
import { termCardId } from './core/progress/model';
import { BankDiagnostics } from './host/bankDiagnostics';
import { CatalogService } from './host/catalogService';
import { QUIZ_PANEL_TYPE, VIEW_GLOSSARY, VIEW_TOPICS } from './host/commandIds';
import { GlossaryTreeProvider } from './host/views/glossaryTree';
import { BankQuickFixes } from './host/workspaceBanks/bankQuickFixes';
import { WorkspaceBanks } from './host/workspaceBanks/workspaceBanks';
import { registerAllCommands } from './host/commands/commandGroups';
import { registerTermHover } from './host/hover/registerTermHover';
import { TermHoverProvider } from './host/hover/termHoverProvider';
import { QuizPanelLoader } from './host/panels/quizPanelLoader';
import { ProgressStore, readStudySettings } from './host/storage/progressStore';
import { StudyStatusBar } from './host/views/statusBar';
import { showFilterState, TopicsTreeProvider } from './host/views/topicsTree';
import { configureCoreL10n } from './host/coreL10n';
import { type InYourCode, registerInYourCode } from './host/inYourCode/registerInYourCode';
import type { QuestionCommandDeps, ReportUi } from './host/commands/questionCommands';

type QuestionPackageJson = ReturnType<QuestionCommandDeps['packageJson']>;

/** What activate() returns: the services, so integration tests can drive them in the real VS Code. */
export interface SageMakerStudyApi {
  catalog: CatalogService;
  progress: ProgressStore;
  topics: TopicsTreeProvider;
  /** the quiz panel, its code loaded on first use (`quiz.load()` gives the panel itself) */
  quiz: QuizPanelLoader;
  inYourCode: InYourCode;
  /** what "Report a problem" asks and opens through (undefined: VS Code's dialogs); tests swap it to check the link without opening it */
  reportUi: { current: ReportUi | undefined };
}

/** The log of the running extension, for the loader's start-up line. */
const running: { log?: vscode.LogOutputChannel } = {};

/** The loader's timings of this start, written to the log (where the end-to-end tests read them). */
export function logStartup(t: { loadMs: number; activateMs: number; codeCache: string }): void {
  running.log?.info(`Started in ${(t.loadMs + t.activateMs).toFixed(1)} ms: code loaded in ${t.loadMs.toFixed(1)} ms (code cache ${t.codeCache}), activate() ran ${t.activateMs.toFixed(1)} ms`);
}

export function activate(context: vscode.ExtensionContext): SageMakerStudyApi {
  configureCoreL10n();
  const log = vscode.window.createOutputChannel('SageMaker Study', { log: true });
  running.log = log;
  const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
  const progress = new ProgressStore(context, readStudySettings, log);
  // Cards of questions that left the banks go aside once the catalog is loaded (lazily).
  // The learner's banks load with the catalog; opening one of their files loads it too.
  const workspaceBanks: WorkspaceBanks = new WorkspaceBanks(log, () => catalog.load(), context.storageUri?.fsPath);
  const catalog: CatalogService = new CatalogService(vscode.Uri.joinPath(dist, 'catalog.json.br'), log, (index) =>
    progress.reconcile(new Set([...index.catalog.questions.map((q) => q.id), ...index.catalog.terms.map((t) => termCardId(t.id))])),
  workspaceBanks);
  const topics = new TopicsTreeProvider(catalog, progress, log, context.globalState);
  // The panel's code (rounds, exams, their strings) loads when a command or a restore first needs it.
  const quiz = new QuizPanelLoader(async () => new (await import('./host/panels/quizPanel')).QuizPanel(dist, catalog, progress, context.workspaceState, log));
  const reportUi: SageMakerStudyApi['reportUi'] = { current: undefined };
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
    ...registerAllCommands({
      dist, catalog, progress, quiz, topics, hover, log, workspaceState: context.workspaceState,
      packageJson: () => context.extension?.packageJSON as QuestionPackageJson | undefined,
      reportUi: () => reportUi.current,
      track: (d) => context.subscriptions.push(d),
    }),
    showFilterState(treeView, topics),
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
