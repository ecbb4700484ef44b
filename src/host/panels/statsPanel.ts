// The statistics panel: one webview, its own bundle, drawn from figures the host computes. It is
// refreshed when progress changes while it is open, and its buttons start study through commands.
import * as vscode from 'vscode';
import { parseStatsMessage, STATS_DATA_ID, type StatsToWebview, type StatsView } from '../../shared/statsView';
import { CommandId } from '../commandIds';
import { statsStrings } from './statsStrings';
import { inlineAssets } from './inlineAssets';
import { webviewHtml } from './webviewHtml';

export const STATS_PANEL_TYPE = 'sagemakerStudy.stats';

export class StatsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private refreshTimer: NodeJS.Timeout | undefined;
  /** progress changes seen, so a page written with older figures asks for new ones */
  private changes = 0;
  /** the page holds figures as fresh as the last change: its first "ready" needs no refresh */
  private embedded = false;

  constructor(
    private readonly distUri: vscode.Uri,
    private readonly compute: () => Promise<StatsView>,
    onProgressChange: vscode.Event<unknown>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(onProgressChange(() => this.scheduleRefresh()));
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal();
      void this.refresh();
      return;
    }
    const panel = vscode.window.createWebviewPanel(STATS_PANEL_TYPE, vscode.l10n.t('SageMaker Study Statistics'), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [this.distUri],
    });
    panel.iconPath = vscode.Uri.joinPath(this.distUri, 'media', 'quiz-tab.svg');
    panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw));
    panel.onDidDispose(() => {
      this.panel = undefined;
    });
    this.panel = panel;
    void this.load(panel);
  }

  /**
   * The page is written once its first figures are computed and its script and style read, which
   * happens while VS Code builds the webview's frame: it draws as it loads, with no ready→data
   * round trip and nothing to fetch first.
   */
  private async load(panel: vscode.WebviewPanel): Promise<void> {
    const changes = this.changes;
    const [view, inline] = await Promise.all([this.computeLogged(), inlineAssets(this.distUri, 'stats.js', 'stats.css')]);
    if (this.panel !== panel) return;
    // Its "ready" then asks for nothing, unless progress changed meanwhile (or it is a reload).
    this.embedded = view !== undefined && changes === this.changes;
    panel.webview.html = webviewHtml(panel.webview, this.distUri, {
      title: vscode.l10n.t('SageMaker Study Statistics'), script: 'stats.js', style: 'stats.css', strings: statsStrings(),
      data: view ? { [STATS_DATA_ID]: view } : undefined, inline, codicons: false,
    });
  }

  private async receive(raw: unknown): Promise<void> {
    const m = parseStatsMessage(raw);
    if (!m) {
      this.log.warn('Statistics panel: ignored a message that is not part of the protocol');
      return;
    }
    switch (m.type) {
      case 'ready':
        if (this.embedded) {
          this.embedded = false;
          return;
        }
        return this.refresh();
      case 'studyTopic':
        await vscode.commands.executeCommand(CommandId.startTopicQuiz, m.topicId);
        return;
      case 'startExam':
        await vscode.commands.executeCommand(CommandId.startExam, m.exam);
        return;
      case 'reviewDue':
        await vscode.commands.executeCommand(CommandId.reviewDue);
        return;
    }
  }

  private scheduleRefresh(): void {
    this.changes++;
    if (!this.panel) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 250);
  }

  async refresh(): Promise<void> {
    if (!this.panel) return;
    const view = await this.computeLogged();
    if (!view) return;
    try {
      await this.panel?.webview.postMessage({ type: 'stats', view } satisfies StatsToWebview);
    } catch (err) {
      this.log.error(`Statistics: ${String(err)}`);
    }
  }

  private async computeLogged(): Promise<StatsView | undefined> {
    try {
      const started = Date.now();
      const view = await this.compute();
      this.log.info(`Statistics computed in ${Date.now() - started} ms`);
      return view;
    } catch (err) {
      this.log.error(`Statistics: ${String(err)}`);
      return undefined;
    }
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
