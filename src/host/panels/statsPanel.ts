// The statistics panel: one webview, its own bundle, drawn from figures the host computes. It is
// refreshed when progress changes while it is open, and its buttons start study through commands.
import * as vscode from 'vscode';
import { parseStatsMessage, type StatsToWebview, type StatsView } from '../../shared/statsView';
import { CommandId } from '../commandIds';
import { statsStrings } from './statsStrings';
import { webviewHtml } from './webviewHtml';

export const STATS_PANEL_TYPE = 'sagemakerStudy.stats';

export class StatsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private refreshTimer: NodeJS.Timeout | undefined;

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
    panel.webview.html = webviewHtml(panel.webview, this.distUri, { title: vscode.l10n.t('SageMaker Study Statistics'), script: 'stats.js', style: 'stats.css', strings: statsStrings() });
    panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw));
    panel.onDidDispose(() => {
      this.panel = undefined;
    });
    this.panel = panel;
  }

  private async receive(raw: unknown): Promise<void> {
    const m = parseStatsMessage(raw);
    if (!m) {
      this.log.warn('Statistics panel: ignored a message that is not part of the protocol');
      return;
    }
    switch (m.type) {
      case 'ready':
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
    if (!this.panel) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 250);
  }

  async refresh(): Promise<void> {
    if (!this.panel) return;
    try {
      const started = Date.now();
      const view = await this.compute();
      await this.panel?.webview.postMessage({ type: 'stats', view } satisfies StatsToWebview);
      this.log.info(`Statistics computed in ${Date.now() - started} ms`);
    } catch (err) {
      this.log.error(`Statistics: ${String(err)}`);
    }
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
