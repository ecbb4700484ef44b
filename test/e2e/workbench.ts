// Starts a real VS Code (code-server) with the extension loaded from source, opens it in Chromium
// and offers the few UI moves the tests need. Screenshots go to test-output/e2e.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
// @ts-expect-error plain ES modules of the test rig
import { launchBrowser } from '../../scripts/rig/browser.mjs';
// @ts-expect-error plain ES modules of the test rig
import { startCodeServer, workbenchUrl } from '../../scripts/rig/codeServer.mjs';

export const ROOT = resolve(__dirname, '..', '..');
export const SHOTS = join(ROOT, 'test-output', 'e2e');

interface Server {
  url: string;
  port: number;
  logPath: string;
  userDataDir: string;
  stop(): Promise<void>;
}

export interface Workbench {
  page: Page;
  folder: string;
  /** code-server's user data folder: its logs are under it */
  userDataDir: string;
  close(): Promise<void>;
}

/**
 * Runs in every frame the browser opens. In the workbench it keeps the time of the last click
 * (window.e2eClickAt); otherwise it stays only in a webview's document: VS Code writes it
 * into a blank frame inside pre/index.html, which keeps this window (not its animation frames).
 * Every 5 ms it looks for data-drawn on the body (what the panels set once drawn); once there, the
 * task after the next frame's rendering stamps window.e2eDrawnAt with Date.now(), the clock the test
 * reads too. A test thus times a panel to the frame that shows it drawn, not to when its own polling
 * happens to look. A string, not a function: the test runner's transform would add helpers the page
 * does not have.
 */
const STAMP_DRAWN = `(() => {
  // The workbench: the time of the last click, as the page got it.
  if (window.parent === window) {
    window.addEventListener('click', () => { window.e2eClickAt = Date.now(); }, true);
    return;
  }
  try {
    if (window.parent === window || !/\\/pre\\/index\\.html$/.test(window.parent.location.pathname)) return;
  } catch {
    return;
  }
  const until = Date.now() + 30000;
  const look = () => {
    if (document.body && document.body.dataset.drawn) requestAnimationFrame(() => setTimeout(() => { window.e2eDrawnAt = Date.now(); }));
    else if (Date.now() < until) setTimeout(look, 5);
  };
  look();
})();`;

/** When the page got the last click (runCommand's click on a palette row), on the test's clock. */
export async function clickedAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { e2eClickAt: number }).e2eClickAt);
}

/** When a panel's frame (a locator inside it) was first shown drawn, on the test's clock; see STAMP_DRAWN. */
export async function drawnAt(inFrame: Locator): Promise<number> {
  for (const until = Date.now() + 30_000; Date.now() < until; await new Promise((r) => setTimeout(r, 20))) {
    const at = await inFrame.evaluate(() => (window as unknown as { e2eDrawnAt?: number }).e2eDrawnAt);
    if (at) return at;
  }
  throw new Error('the panel was never shown drawn');
}

/** The test-only extension with the command "E2E: Open Empty Panel": VS Code's own cost of a webview panel. */
export const EMPTY_PANEL_EXTENSION = join(ROOT, 'test', 'fixtures', 'emptyPanel');

export async function openWorkbench(options: { files?: Record<string, string>; settings?: Record<string, unknown>; locale?: string; emptyPanel?: boolean } = {}): Promise<Workbench> {
  mkdirSync(SHOTS, { recursive: true });
  // A fresh copy of the fixture folder, so workspace state starts empty.
  const folder = join(mkdtempSync(join(tmpdir(), 'sms-e2e-ws-')), 'workspace');
  cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  // More files by path in the folder, there before the window opens.
  for (const [path, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  // The smoke-test driver option is what lets the URL payload load an extension from source.
  const server: Server = await startCodeServer({ settings: options.settings, smokeTestDriver: true, locale: options.locale, extensions: options.emptyPanel ? [EMPTY_PANEL_EXTENSION] : [] });
  let browser: BrowserContext | undefined;
  try {
    browser = (await launchBrowser()) as BrowserContext;
    await browser.addInitScript(STAMP_DRAWN);
    const page = browser.pages()[0] ?? (await browser.newPage());
    // A busy 2-core machine can take well over the default 30 s to serve the first workbench page.
    await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath: ROOT }), { timeout: 120_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const b = browser;
    return {
      page,
      folder,
      userDataDir: server.userDataDir,
      close: async () => {
        await b.close().catch(() => undefined);
        await server.stop();
      },
    };
  } catch (err) {
    await browser?.close().catch(() => undefined);
    await server.stop();
    throw err;
  }
}

export async function shot(page: Page, name: string): Promise<string> {
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Opens the command palette, first taking focus back from a webview or dialog if F1 went nowhere. */
async function openPalette(page: Page): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.keyboard.press('F1');
    const ready = await input.waitFor({ state: 'visible', timeout: 3000 }).then(() => input.isEditable(), () => false);
    if (ready) return;
    await page.keyboard.press('Escape');
    await page.locator('.part.statusbar').click({ position: { x: 600, y: 5 } }).catch(() => undefined);
  }
  throw new Error('the command palette did not open');
}

/**
 * Runs a command from the palette by its exact title (Enter could pick a better-ranked neighbour).
 * With `until`, waits for what the command shows and runs it again if it never appeared (a click
 * can land while focus is moving back from a webview and close the palette instead).
 */
export async function runCommand(page: Page, title: string, until?: Locator): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    await openPalette(page);
    const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
    // A webview that takes focus as it loads (one just opened or revealed) can close the palette under the test.
    const picked = await page.locator('.quick-input-widget input').fill(`>${title}`, { timeout: attempt < 3 ? 5000 : 30_000 })
      .then(() => row.waitFor({ timeout: attempt < 3 ? 10_000 : 60_000 }))
      .then(() => row.click({ timeout: attempt < 3 ? 5000 : 30_000 }))
      .then(() => true, (err: unknown) => {
        if (attempt >= 3) throw err;
        return false;
      });
    if (!picked) {
      await page.keyboard.press('Escape');
      continue;
    }
    const clicked = Date.now();
    if (!until) return clicked;
    // Long enough for a command that loads a chunk first on a busy machine: a retry while the first run
    // is still coming would type into the command's own picker and filter its items away.
    const shown = await until.waitFor({ timeout: attempt < 3 ? 15_000 : 30_000 }).then(() => true, () => false);
    if (shown) return clicked;
    if (attempt >= 3) throw new Error(`"${title}" did not show what was expected`);
    await page.keyboard.press('Escape');
  }
}

/**
 * Runs a command that opens a picker and clicks `row` in it. A webview still taking focus (the quiz
 * panel after an answer) can close the picker under the click: then the command runs again.
 */
export async function pickFromCommand(page: Page, title: string, row: Locator, check?: (text: string) => void): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await runCommand(page, title, row);
    check?.((await row.textContent()) ?? '');
    const picked = await row.click({ timeout: attempt < 3 ? 5000 : 30_000 }).then(() => true, (err: unknown) => {
      if (attempt >= 3) throw err;
      return false;
    });
    if (picked) return;
  }
}

export async function openSageMakerStudy(page: Page): Promise<void> {
  const entry = page.locator('.part.activitybar .action-item a[aria-label^="SageMaker Study"], .activitybar .action-item a[aria-label^="SageMaker Study"]').first();
  await entry.waitFor({ timeout: 60_000 });
  await entry.click();
  await page.getByRole('treeitem', { name: /^MLA-C01/ }).first().waitFor({ timeout: 30_000 });
}

/** The quiz panel's document, inside VS Code's two webview iframes. */
export function quizFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
}

/**
 * Marks what the quiz panel shows now, so that a test waiting for a new round's first question
 * cannot mistake the screen left by the test before (same topic, same "Question 1 of 7") for it.
 * Every question is rendered as a new article, which carries no mark.
 */
export async function markShownQuestion(page: Page): Promise<void> {
  if ((await page.locator('iframe.webview.ready').count()) === 0) return;
  await quizFrame(page).locator('body').evaluate((b) => b.ownerDocument.querySelectorAll('article').forEach((a) => a.setAttribute('data-e2e-seen', '')), undefined, { timeout: 5000 }).catch(() => undefined);
}

/** The quiz panel's question, unless it was already on screen when `markShownQuestion` ran. */
export function newQuestion(quiz: FrameLocator, selector = ''): Locator {
  return quiz.locator(`article.question:not([data-e2e-seen]) ${selector}`.trim());
}

/** Opens a file of the test folder in an editor. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .view-lines').first().waitFor();
}

/** Switches VS Code's colour theme from the palette, clicking the theme itself (the list also offers "Browse Additional Color Themes…"). */
export async function chooseColorTheme(page: Page, theme: string): Promise<void> {
  await runCommand(page, 'Preferences: Color Theme', page.locator('.quick-input-widget input[placeholder*="Color Theme"]'));
  await page.locator('.quick-input-widget input').fill(theme);
  await page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${theme}$`) }) }).first().click();
}

/** Adds a figure to test-output/e2e/timings.json, which npm run bench prints. */
export function recordTiming(name: string, ms: number): void {
  const file = join(SHOTS, 'timings.json');
  mkdirSync(SHOTS, { recursive: true });
  const all = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>) : {};
  writeFileSync(file, JSON.stringify({ ...all, [name]: ms }, null, 2));
}

/** The first match of a pattern in the extension's log files, waited for (VS Code writes logs in batches). */
export async function extensionLogLine(userDataDir: string, pattern: RegExp, timeoutMs = 15_000): Promise<RegExpExecArray | undefined> {
  for (const deadline = Date.now() + timeoutMs; ; ) {
    for (const file of extensionLogFiles(join(userDataDir, 'logs'))) {
      const m = pattern.exec(readFileSync(file, 'utf8'));
      if (m) return m;
    }
    if (Date.now() > deadline) return undefined;
    await new Promise((r) => setTimeout(r, 500));
  }
}

function extensionLogFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.includes('SageMaker Study'))
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}
