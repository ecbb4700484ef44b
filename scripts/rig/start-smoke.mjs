// Checks the README's `npm start` as a person would: runs it under npm, waits for the URL it prints,
// opens that URL in headless Chromium, waits for SageMaker Study in the activity bar, opens it and
// saves a screenshot (test-output/start/npm-start.png), then stops npm start's whole process group.
//   node scripts/rig/start-smoke.mjs
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from './browser.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const TIMEOUT_MS = Number(process.env.SAGEMAKER_STUDY_START_TIMEOUT_MS || 15 * 60_000);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (msg) => process.stdout.write(`[start-smoke] ${msg}\n`);

const child = spawn('npm', ['start'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
child.stdout.on('data', (c) => (output += c));
child.stderr.on('data', (c) => (output += c));

function stop() {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  return new Promise((res) => {
    if (child.exitCode !== null || child.signalCode !== null) return res();
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      res();
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      res();
    });
  });
}

async function main() {
  const url = await new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`npm start printed no URL within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    const look = () => {
      const m = output.match(/^\s*(http:\/\/127\.0\.0\.1:\d+\/\S*)$/m);
      if (m) {
        clearTimeout(timer);
        res(m[1]);
      }
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`npm start exited with ${code} before printing a URL`));
    });
  });
  log(`URL printed after ${elapsed()}`);
  const response = await fetch(url);
  const html = await response.text();
  if (!response.ok || !html.includes('vscode')) throw new Error(`GET ${url} answered ${response.status} without the workbench`);
  log(`GET ${new URL(url).origin}/?… answered ${response.status} (${html.length} bytes)`);

  const browser = await launchBrowser();
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    const entry = page.locator('.part.activitybar .action-item a[aria-label^="SageMaker Study"]');
    await entry.waitFor({ timeout: 120_000 });
    log(`SageMaker Study in the activity bar after ${elapsed()}`);
    await entry.click();
    await page.locator('.pane-header', { hasText: 'Topics' }).waitFor({ timeout: 60_000 });
    await page.getByRole('treeitem').first().waitFor({ timeout: 60_000 });
    const dir = join(root, 'test-output', 'start');
    mkdirSync(dir, { recursive: true });
    const shot = join(dir, 'npm-start.png');
    await page.screenshot({ path: shot });
    log(`Topics view shows its tree; screenshot: ${shot}`);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

main().then(
  async () => {
    await stop();
    log(`ok in ${elapsed()}`);
  },
  async (err) => {
    await stop();
    process.stderr.write(`[start-smoke] failed after ${elapsed()}: ${err.message}\n--- npm start output (last 40 lines) ---\n${output.split('\n').slice(-40).join('\n')}\n`);
    process.exitCode = 1;
  },
);
