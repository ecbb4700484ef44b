// The quiz webview's requests that leave the panel as it is: open a link, run one of our commands.
// Each is checked against what the panel shows first, since the webview's word is not trusted.
import * as vscode from 'vscode';
import type { WebviewToHost } from '../../shared/protocol';
import { CommandId, VIEW_TOPICS } from '../commandIds';
import type { LinksOnScreen } from './linkPolicy';

export interface PanelRequestDeps {
  links: LinksOnScreen;
  log: vscode.LogOutputChannel;
  /** whether the round or exam on screen shows this question */
  showsQuestion(questionId: string): boolean;
}

const REQUESTS = ['openLink', 'quizTerm', 'backToTopics', 'reportQuestion', 'suspendQuestion'] as const;
export type PanelRequest = Extract<WebviewToHost, { type: (typeof REQUESTS)[number] }>;

export function isPanelRequest(m: WebviewToHost): m is PanelRequest {
  return (REQUESTS as readonly string[]).includes(m.type);
}

/** Carries out the request, once checked. */
export async function handlePanelRequest(m: PanelRequest, deps: PanelRequestDeps): Promise<void> {
  switch (m.type) {
    case 'openLink':
      if (!deps.links.allows(m.url)) deps.log.warn(`Refused to open ${m.url.slice(0, 200)}: it is not a link of what the panel shows`);
      else await vscode.env.openExternal(vscode.Uri.parse(m.url, true));
      return;
    case 'quizTerm':
      await vscode.commands.executeCommand(CommandId.quizTerm, m.termId);
      return;
    case 'backToTopics':
      await vscode.commands.executeCommand(`${VIEW_TOPICS}.focus`);
      return;
    case 'reportQuestion':
    case 'suspendQuestion':
      if (!deps.showsQuestion(m.questionId)) deps.log.warn(`Ignored ${m.type} for ${m.questionId.slice(0, 200)}: the panel does not show it`);
      else await vscode.commands.executeCommand(m.type === 'reportQuestion' ? CommandId.reportQuestion : CommandId.suspendQuestion, m.questionId);
  }
}

/** A message as a short line for the log, whatever it is. */
export function describeMessage(x: unknown): string {
  try {
    return JSON.stringify(x)?.slice(0, 200) ?? String(x);
  } catch {
    return String(x);
  }
}
