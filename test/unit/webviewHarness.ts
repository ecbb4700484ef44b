// One jsdom page for every webview test file: the webview's modules are loaded once per process.
import { JSDOM } from 'jsdom';
import type { HostToWebview, WebviewToHost } from '../../src/shared/protocol';
import { stringsBlock } from './pageStrings';

export const dom = new JSDOM(`<!DOCTYPE html><body><main id="app"></main><div id="announcer"></div>${stringsBlock('quiz')}</body>`, { url: 'https://webview.test/' });
const g = globalThis as unknown as Record<string, unknown>;
for (const k of ['window', 'document', 'NodeFilter', 'Node', 'HTMLElement', 'MessageEvent']) g[k] = (dom.window as unknown as Record<string, unknown>)[k];

export const posted: WebviewToHost[] = [];
let state: unknown;
g.acquireVsCodeApi = () => ({ postMessage: (m: WebviewToHost) => posted.push(m), getState: () => state, setState: (s: unknown) => (state = s) });

/** A message from the host, as the webview receives it. */
export function send(m: HostToWebview): void {
  dom.window.dispatchEvent(new dom.window.MessageEvent('message', { data: m }));
}

export function key(k: string, target: EventTarget = dom.window.document.body): void {
  target.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: k, bubbles: true }));
}

export const app = () => dom.window.document.getElementById('app')!;

/** Loads the webview once; later calls reuse it. */
export const loadWebview = (() => {
  let loaded: Promise<unknown> | undefined;
  return () => (loaded ??= import('../../src/webview/main'));
})();
