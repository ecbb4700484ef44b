// Starts a real VS Code (code-server) with the extension loaded from source, opens it in Chromium
// and offers the few UI moves the tests need. Screenshots go to test-output/e2e.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
  stop(): Promise<void>;
}

export interface Workbench {
  page: Page;
  folder: string;
  close(): Promise<void>;
}

export async function openWorkbench(options: { files?: Record<string, string>; settings?: Record<string, unknown>; locale?: string } = {}): Promise<Workbench> {
  mkdirSync(SHOTS, { recursive: true });
  // A fresh copy of the fixture folder, so workspace state starts empty.
  const folder = join(mkdtempSync(join(tmpdir(), 'sms-e2e-ws-')), 'workspace');
  cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  // The smoke-test driver option is what lets the URL payload load an extension from source.
  const server: Server = await startCodeServer({ settings: options.settings, smokeTestDriver: true, locale: options.locale });
  let browser: BrowserContext | undefined;
  try {
    browser = (await launchBrowser()) as BrowserContext;
    const page = browser.pages()[0] ?? (await browser.newPage());
    // A busy 2-core machine can take well over the default 30 s to serve the first workbench page.
    await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath: ROOT }), { timeout: 120_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const b = browser;
    return {
      page,
      folder,
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
    await page.locator('.quick-input-widget input').fill(`>${title}`);
    const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
    await row.waitFor({ timeout: 60_000 });
    await row.click();
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
