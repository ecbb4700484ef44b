// What users install: `npm run package` builds the .vsix, code-server installs it, the Topics view shows.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
// @ts-expect-error plain ES modules of the test rig
import { launchBrowser } from '../../scripts/rig/browser.mjs';
// @ts-expect-error plain ES modules of the test rig
import { installExtension, startCodeServer } from '../../scripts/rig/codeServer.mjs';
import { ROOT, shot } from './workbench';

describe('the packaged extension', function () {
  this.timeout(240_000);

  it('installs from the .vsix into VS Code and shows the Topics view', async () => {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const vsix = join(ROOT, 'sagemaker-study.vsix');
    assert.ok(statSync(vsix).size > 0);
    const runDir = mkdtempSync(join(tmpdir(), 'sms-vsix-'));
    const extensionsDir = join(runDir, 'extensions');
    mkdirSync(extensionsDir, { recursive: true });
    assert.match(installExtension(vsix, { runDir, extensionsDir }), /successfully installed/);
    const server = await startCodeServer({ runDir, extensionsDir });
    let browser: BrowserContext | undefined;
    try {
      browser = (await launchBrowser()) as BrowserContext;
      const page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(`${server.url}/?folder=${encodeURIComponent(join(ROOT, 'test', 'fixtures', 'workspace'))}`, { timeout: 120_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      const entry = page.locator('.action-item a[aria-label^="SageMaker Study"]').first();
      await entry.waitFor({ timeout: 60_000 });
      await entry.click();
      await page.getByRole('treeitem', { name: /^MLA-C01/ }).first().waitFor({ timeout: 30_000 });
      await page.getByRole('treeitem', { name: /answered/ }).nth(2).waitFor();
      await shot(page, '10-installed-vsix-topics');
      // The loader keeps V8's compiled code in the extension's global storage a few seconds after
      // the first start, for the next start to skip parsing the bundle (src/extensionLoader.ts).
      const cached = await waitFor(() => findFiles(runDir, (p) => /[\\/]code-cache[\\/]main-[A-Z0-9]+\..+\.bin$/.test(p)), 30_000);
      assert.equal(cached.length, 1, 'no code cache was written');
    } finally {
      await browser?.close().catch(() => undefined);
      await server.stop();
    }
  });
});

/** Every file under a folder whose path passes the test. */
function findFiles(dir: string, test: (path: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter(test);
}

async function waitFor<T>(get: () => T[], timeoutMs: number): Promise<T[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = get();
    if (found.length > 0 || Date.now() > until) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
}
