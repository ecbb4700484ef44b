// Debian's Chromium driven by playwright-core: no browser download, flags that keep it offline.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './install.mjs';

export async function launchBrowser({ headless = true } = {}) {
  const executablePath = ensureChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'sms-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  return context;
}
