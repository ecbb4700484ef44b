// Start-up in the real VS Code: the time from the window's start to the status bar's due count,
// and the extension's activation time as VS Code reports it in its Running Extensions view (the
// same figure as Startup Performance's activation stats), for the bench.
import * as assert from 'node:assert/strict';
import { extensionLogLine, openWorkbench, recordTiming, runCommand, shot, type Workbench } from './workbench';

describe('SageMaker Study start-up in VS Code', function () {
  let wb: Workbench;

  before(async function () {
    this.timeout(180_000);
    wb = await openWorkbench();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) await shot(wb.page, `FAILED-startup-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`).catch(() => undefined);
  });

  after(async () => {
    await wb?.close();
  });

  it('shows the due count in the status bar, and reports the activate time', async () => {
    const { page } = wb;
    // The workbench's own clock starts with the window (performance.timeOrigin is navigation start).
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /\d+ due/.test(e.textContent ?? '')), undefined, { timeout: 90_000, polling: 'raf' });
    const sinceStart = Math.round(await page.evaluate(() => performance.now()));
    recordTiming('windowStartToDueCountMs', sinceStart);
    await shot(page, 'startup-status-bar');
    const row = page.locator('.runtime-extensions-editor .monaco-list-row').filter({ hasText: /SageMaker Study|sagemaker-study\.sagemaker-study/ }).first();
    await runCommand(page, 'Developer: Show Running Extensions', row);
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    await shot(page, 'startup-running-extensions');
    // "Activation: 12ms" (or "Startup Activation: …"): from extension start to the end of activate().
    const activation = /Activation:\s*(\d+)\s*ms/.exec(text);
    assert.ok(activation, `no activation time in "${text}"`);
    recordTiming('extensionActivateMs', Number(activation[1]));
    // Our share of it, as the loader logged it: loading the code and running activate().
    const line = await startupLine(wb.userDataDir);
    assert.ok(line, 'no start-up line in the extension log');
    recordTiming('extensionCodeLoadMs', Math.round(line.loadMs));
    recordTiming('extensionActivateCallMs', Math.round(line.activateMs));
    assert.ok(line.loadMs + line.activateMs <= Number(activation[1]) + 1, `our ${line.loadMs + line.activateMs} ms cannot exceed VS Code's ${activation[1]} ms`);
  });
});

/** The loader's start-up line in the extension's log file. */
async function startupLine(userDataDir: string): Promise<{ loadMs: number; activateMs: number; codeCache: string } | undefined> {
  const m = await extensionLogLine(userDataDir, /code loaded in ([\d.]+) ms \(code cache (\w+)\), activate\(\) ran ([\d.]+) ms/);
  return m ? { loadMs: Number(m[1]), codeCache: m[2], activateMs: Number(m[3]) } : undefined;
}
