// The HTML shell every panel uses: strict CSP, scripts only by nonce, everything loaded from dist/.
import * as vscode from 'vscode';

export function webviewHtml(webview: vscode.Webview, distUri: vscode.Uri, page: { title: string; script: string; style: string }): string {
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
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('codicons', 'codicon.css')}">
<link rel="stylesheet" href="${asset('webview', page.style)}">
<title>${page.title}</title>
</head>
<body>
<main id="app" tabindex="-1"><p class="loading">Loading…</p></main>
<div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>
<script nonce="${nonce}" src="${asset('webview', page.script)}"></script>
</body>
</html>`;
}
