// The HTML shell every panel uses: strict CSP, scripts only by nonce, everything loaded from dist/.
// The page's strings (in the display language) ride along as a JSON data block the script reads.
import * as vscode from 'vscode';
import { WEBVIEW_STRINGS_ID } from '../../shared/webviewStrings';

export function webviewHtml(webview: vscode.Webview, distUri: vscode.Uri, page: { title: string; script: string; style: string; strings: object }): string {
  const nonce = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(distUri, ...path)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('codicons', 'codicon.css')}">
<link rel="stylesheet" href="${asset('webview', page.style)}">
<title>${escapeHtml(page.title)}</title>
</head>
<body>
<main id="app" tabindex="-1"><p class="loading">${escapeHtml(vscode.l10n.t('Loading…'))}</p></main>
<div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>
<script nonce="${nonce}" type="application/json" id="${WEBVIEW_STRINGS_ID}">${jsonInHtml(page.strings)}</script>
<script nonce="${nonce}" src="${asset('webview', page.script)}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that cannot end its <script> element early: every < (and the line separators JSON allows) escaped. */
function jsonInHtml(value: object): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
