// The quiz panel's HTML shell (see webviewHtml: strict CSP, scripts by nonce, assets from dist/).
import * as vscode from 'vscode';
import { quizStrings } from './quizStrings';
import { webviewHtml } from './webviewHtml';

export function quizHtml(webview: vscode.Webview, distUri: vscode.Uri): string {
  return webviewHtml(webview, distUri, { title: vscode.l10n.t('SageMaker Study Quiz'), script: 'quiz.js', style: 'quiz.css', strings: quizStrings() });
}
