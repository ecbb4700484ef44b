// The quiz panel's HTML shell (see webviewHtml: strict CSP, scripts by nonce, assets from dist/).
import type * as vscode from 'vscode';
import { webviewHtml } from './webviewHtml';

export function quizHtml(webview: vscode.Webview, distUri: vscode.Uri): string {
  return webviewHtml(webview, distUri, { title: 'SageMaker Study Quiz', script: 'quiz.js', style: 'quiz.css' });
}
