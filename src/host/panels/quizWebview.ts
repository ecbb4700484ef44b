// The quiz panel's webview itself: created or revealed, taken back after a window reload, and the
// one way messages reach it (only once its page says it is ready, and only links on screen open).
import * as vscode from 'vscode';
import type { HostToWebview } from '../../shared/protocol';
import { QUIZ_PANEL_TYPE } from '../commandIds';
import { LinksOnScreen } from './linkPolicy';
import { quizHtml } from './quizHtml';

export class QuizWebview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private subscriptions: vscode.Disposable[] = [];
  /** the page said 'ready': messages posted now arrive */
  ready = false;
  readonly links = new LinksOnScreen();

  constructor(private readonly distUri: vscode.Uri, private readonly onMessage: (m: unknown) => void) {}

  /** Reveals the panel, creating it when there is none. */
  show(preserveFocus = false): void {
    if (this.panel) {
      this.panel.reveal(undefined, preserveFocus);
      return;
    }
    const panel = vscode.window.createWebviewPanel(QUIZ_PANEL_TYPE, 'SageMaker Study Quiz', { viewColumn: vscode.ViewColumn.Active, preserveFocus }, {
      enableScripts: true,
      localResourceRoots: [this.distUri],
    });
    this.attach(panel);
  }

  /** Takes over a panel: a new one, or one VS Code restored after a reload. */
  attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.iconPath = vscode.Uri.joinPath(this.distUri, 'media', 'quiz-tab.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: [this.distUri] };
    panel.webview.html = quizHtml(panel.webview, this.distUri);
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.ready = false;
        this.subscriptions.forEach((d) => d.dispose());
        this.subscriptions = [];
      }),
    );
  }

  post(message: HostToWebview): void {
    this.links.update(message);
    if (this.panel && this.ready) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    this.panel?.dispose();
    this.subscriptions.forEach((d) => d.dispose());
  }
}
