// The statistics page in a headless Chromium (the test rig's), as the host writes it: strings,
// figures for the heavy learner and the bundle's script and style in the page. Timed from
// navigation to the first frame that shows it drawn, against a baseline page built the same way
// with the same style and a script that only marks itself drawn (what VS Code's frame adds is in
// the end-to-end figures, against an empty panel).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import './fakeVscode';
import * as vscode from 'vscode';
import type { Page } from 'playwright-core';
import { buildStatsView } from '../../src/core/stats/statsView';
import { statsStrings } from '../../src/host/panels/statsStrings';
import { webviewHtml } from '../../src/host/panels/webviewHtml';
import { STATS_DATA_ID } from '../../src/shared/statsView';
import { heavyInput } from './statsBench';
import { median } from './timing';

const ORIGIN = 'http://bench.test';
// The webview API the page expects, and a stamp of the first frame after it is drawn (ms since navigation).
const INIT = `window.acquireVsCodeApi = () => ({ postMessage() {}, setState() {}, getState() {} });
(() => {
  const tick = () => {
    if (document.body && document.body.dataset.drawn) setTimeout(() => { window.drawnMs = performance.now(); });
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function drawnMs(page: Page, path: string): Promise<number> {
  await page.goto(`${ORIGIN}/${path}`);
  await page.waitForFunction(() => (window as unknown as { drawnMs?: number }).drawnMs !== undefined);
  return page.evaluate(() => (window as unknown as { drawnMs: number }).drawnMs);
}

export async function benchStatsDraw(root: string, runs = 9): Promise<Record<string, string>> {
  const webview = { cspSource: ORIGIN, asWebviewUri: (u: vscode.Uri) => u } as unknown as vscode.Webview;
  const dist = vscode.Uri.file(join(root, 'dist'));
  const view = buildStatsView(heavyInput(root));
  const style = readFileSync(join(root, 'dist', 'webview', 'stats.css'), 'utf8');
  const page = (script: string, data: boolean) => webviewHtml(webview, dist, {
    title: 'Statistics', script: 'stats.js', style: 'stats.css', strings: statsStrings(), data: data ? { [STATS_DATA_ID]: view } : undefined, inline: { script, style }, codicons: false,
  });
  const pages: Record<string, string> = {
    'stats.html': page(readFileSync(join(root, 'dist', 'webview', 'stats.js'), 'utf8'), true),
    'baseline.html': page("document.body.dataset.drawn = 'yes';", false),
  };
  const { launchBrowser } = (await import(pathToFileURL(join(root, 'scripts', 'rig', 'browser.mjs')).href)) as { launchBrowser: () => Promise<import('playwright-core').BrowserContext> };
  const browser = await launchBrowser();
  try {
    await browser.addInitScript(INIT);
    await browser.route(`${ORIGIN}/**`, (route) => route.fulfill({ contentType: 'text/html', body: pages[new URL(route.request().url()).pathname.slice(1)] ?? '' }));
    const tab = browser.pages()[0] ?? (await browser.newPage());
    const stats: number[] = [];
    const base: number[] = [];
    // A first load of each warms the browser; then they alternate, as the machine's load drifts.
    await drawnMs(tab, 'baseline.html');
    await drawnMs(tab, 'stats.html');
    for (let i = 0; i < runs; i++) {
      base.push(await drawnMs(tab, 'baseline.html'));
      stats.push(await drawnMs(tab, 'stats.html'));
    }
    const drawn = await tab.evaluate(() => [document.querySelectorAll('svg.chart').length, document.querySelectorAll('rect.day').length]);
    const kb = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
    return {
      [`statistics page in headless Chromium, heavy learner (${drawn[0]} charts, ${drawn[1]} heatmap days; page ${kb(pages['stats.html'])}), navigation to drawn frame, median of ${runs}`]:
        `${median(stats).toFixed(1)} ms; baseline page (same shell and style, no figures) ${median(base).toFixed(1)} ms; ratio ${(median(stats) / median(base)).toFixed(2)}`,
    };
  } finally {
    await browser.close();
  }
}
