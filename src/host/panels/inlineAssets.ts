// A page's script and style from dist/webview, read once a session to be written into its HTML
// (webviewHtml's inline). Text that could end its element early is refused: the page links the
// files instead, as it would have anyway.
import * as vscode from 'vscode';

const read = new Map<string, Promise<string | undefined>>();

function text(file: vscode.Uri, closingTag: RegExp): Promise<string | undefined> {
  const key = file.toString();
  let p = read.get(key);
  if (!p) {
    p = Promise.resolve(vscode.workspace.fs.readFile(file)).then(
      (bytes) => {
        const s = new TextDecoder().decode(bytes);
        return closingTag.test(s) ? undefined : s;
      },
      () => undefined,
    );
    read.set(key, p);
  }
  return p;
}

/** The script's and the style's text, or undefined when either cannot go inline. */
export async function inlineAssets(distUri: vscode.Uri, script: string, style: string): Promise<{ script: string; style: string } | undefined> {
  const [js, css] = await Promise.all([
    text(vscode.Uri.joinPath(distUri, 'webview', script), /<\/script|<!--/i),
    text(vscode.Uri.joinPath(distUri, 'webview', style), /<\/style/i),
  ]);
  return js !== undefined && css !== undefined ? { script: js, style: css } : undefined;
}
