// Wiring only: build the services, register what they provide, hand every disposable to VS Code.
import * as vscode from 'vscode';
import { CatalogService } from './host/catalogService';
import { QUIZ_PANEL_TYPE, VIEW_TOPICS } from './host/commandIds';
import { registerCommands } from './host/commands/registerCommands';
import { HOVER_LANGUAGES, TermHoverProvider } from './host/hover/termHoverProvider';
import { ProgressStore } from './host/storage/progressStore';
import { TopicsTreeProvider } from './host/views/topicsTree';
import { QuizPanel } from './host/panels/quizPanel';

/** What activate() returns: the services, so integration tests can drive them in the real VS Code. */
export interface SageMakerStudyApi {
  catalog: CatalogService;
  progress: ProgressStore;
  topics: TopicsTreeProvider;
  quiz: QuizPanel;
}

export function activate(context: vscode.ExtensionContext): SageMakerStudyApi {
  const log = vscode.window.createOutputChannel('SageMaker Study', { log: true });
  const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
  const catalog = new CatalogService(vscode.Uri.joinPath(dist, 'catalog.json.br'), log);
  const progress = new ProgressStore(context.workspaceState, log);
  const topics = new TopicsTreeProvider(catalog, progress);
  const quiz = new QuizPanel(dist, catalog, progress, context.workspaceState, log);
  const hover = new TermHoverProvider(catalog, progress, log);
  const selector = [
    ...HOVER_LANGUAGES.map((language) => ({ language })),
    { notebookType: 'jupyter-notebook', language: 'python' },
  ];
  context.subscriptions.push(
    log,
    progress,
    topics,
    quiz,
    vscode.window.createTreeView(VIEW_TOPICS, { treeDataProvider: topics, showCollapseAll: true }),
    vscode.window.registerWebviewPanelSerializer(QUIZ_PANEL_TYPE, quiz),
    vscode.languages.registerHoverProvider(selector, hover),
    ...registerCommands({ catalog, progress, quiz, topics, hover }),
  );
  // Lets the editor context menu offer "Quiz Me on Term at Cursor" in the hover languages only.
  void vscode.commands.executeCommand('setContext', 'sagemakerStudy.hoverLanguages', HOVER_LANGUAGES);
  return { catalog, progress, topics, quiz };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
