// The HTML shell every panel uses: strict CSP, scripts only by nonce, everything from dist/.
// The page's strings (in the display language) ride along as a JSON data block the script reads,
// and so may its first data. A page may also carry its own script and style inline (by nonce): it
// then fetches nothing before it runs, as each webview fetch goes through VS Code's service worker.
import * as vscode from 'vscode';
import { WEBVIEW_STRINGS_ID } from '../../shared/webviewStrings';

export interface WebviewPage {
  title: string;
  /** files of dist/webview */
  script: string;
  style: string;
  strings: object;
  /** more JSON data blocks, by element id (text the script parses, never HTML) */
  data?: Record<string, object>;
  /** the script's and the style's text, written into the page instead of linked (see inlineAssets) */
  inline?: { script: string; style: string };
  /** links the codicon font (default true) */
  codicons?: boolean;
}

export function webviewHtml(webview: vscode.Webview, distUri: vscode.Uri, page: WebviewPage): string {
  const nonce = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(distUri, ...path)).toString();
  const inline = page.inline;
  const csp = [
    "default-src 'none'",
    inline ? `style-src ${webview.cspSource} 'nonce-${nonce}'` : `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const blocks = Object.entries({ [WEBVIEW_STRINGS_ID]: page.strings, ...page.data });
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${page.codicons === false ? '' : `<link rel="stylesheet" href="${asset('codicons', 'codicon.css')}">\n`}${inline ? `<style nonce="${nonce}">${inline.style}</style>` : `<link rel="stylesheet" href="${asset('webview', page.style)}">`}
<title>${escapeHtml(page.title)}</title>
</head>
<body>
<main id="app" tabindex="-1"><p class="loading">${escapeHtml(vscode.l10n.t('Loading…'))}</p></main>
<div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>
${blocks.map(([id, value]) => `<script nonce="${nonce}" type="application/json" id="${escapeHtml(id)}">${jsonInHtml(value)}</script>`).join('\n')}
${inline ? `<script nonce="${nonce}">${inline.script}</script>` : `<script nonce="${nonce}" src="${asset('webview', page.script)}"></script>`}
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
