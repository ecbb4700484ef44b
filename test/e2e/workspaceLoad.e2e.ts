// A learner's workspace of 50 bank files and 2,000 questions in the real VS Code: the Topics view
// shows their topics, the Problems panel gets their warnings, and the extension's log gives the
// load's time (finding and reading the files, checking and merging them) for the bench.
import * as assert from 'node:assert/strict';
import { generatedWorkspace } from '../fixtures/banks/generatedWorkspace';
import { extensionLogLine, openSageMakerStudy, openWorkbench, recordTiming, runCommand, shot, type Workbench } from './workbench';

const FILES = 50;
const PER_FILE = 40;

describe('a workspace of 50 bank files in VS Code', function () {
  let wb: Workbench;

  before(async function () {
    this.timeout(180_000);
    wb = await openWorkbench({ files: Object.fromEntries(generatedWorkspace(FILES, PER_FILE).map((s) => [s.path, s.text])) });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) await shot(wb.page, `FAILED-workspace-load-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`).catch(() => undefined);
  });

  after(async () => {
    await wb?.close();
  });

  it('shows every bank in the Topics view, and its warnings in the Problems panel', async () => {
    const { page } = wb;
    // Opened once the window has settled (the due count shows, then a few quiet seconds): the load's
    // figures are then ours, not those of everything else starting in the extension host.
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /\d+ due/.test(e.textContent ?? '')), undefined, { timeout: 90_000 });
    await page.waitForTimeout(5000);
    await openSageMakerStudy(page);
    const loaded = await extensionLogLine(wb.userDataDir, /Workspace banks: (\d+) questions in (\d+) topics from (\d+) file\(s\) in (\d+) ms \(finding (\d+) ms, reading (\d+) ms, checking and merging (\d+) ms, of which waiting for the checker's code (\d+) ms\)/);
    assert.ok(loaded, 'no load line in the extension log');
    assert.deepEqual([Number(loaded[1]), Number(loaded[2]), Number(loaded[3])], [FILES * PER_FILE, FILES, FILES]);
    recordTiming('workspaceBanksLoadMs', Number(loaded[4]));
    recordTiming('workspaceBanksFindMs', Number(loaded[5]));
    recordTiming('workspaceBanksReadMs', Number(loaded[6]));
    recordTiming('workspaceBanksMergeMs', Number(loaded[7]));
    recordTiming('workspaceBanksCheckerWaitMs', Number(loaded[8]));
    const published = await extensionLogLine(wb.userDataDir, /Workspace banks: (\d+) problems published (\d+) ms after the load \(item-writing checks (\d+) ms\)/);
    assert.ok(published, 'no line for the published problems in the extension log');
    // Every question lacks one why (a warning in a learner's bank), and the checks find more.
    assert.ok(Number(published[1]) > FILES * PER_FILE, `${published[1]} problems`);
    recordTiming('workspaceBanksProblemsAfterLoadMs', Number(published[2]));

    // The first banks, in number order (team-2 before team-10), under MLA-C01's first domain (expanded
    // whenever it shows collapsed).
    const topic = page.getByRole('treeitem', { name: new RegExp(`^Topic 0, 0/${PER_FILE} answered`) }).first();
    const domain = page.getByRole('treeitem', { name: /^1\. |^Data Preparation/ }).first();
    for (const deadline = Date.now() + 30_000; !(await topic.isVisible().catch(() => false)); ) {
      if (Date.now() > deadline) throw new Error('the banks never showed in the Topics view');
      if ((await domain.getAttribute('aria-expanded', { timeout: 1000 }).catch(() => null)) === 'false') await domain.click({ timeout: 2000 }).catch(() => undefined);
      await page.waitForTimeout(250);
    }
    const labels = await page.getByRole('treeitem', { name: /^Topic \d+, / }).evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
    assert.deepEqual(labels.slice(0, 3).map((l) => Number(/^Topic (\d+),/.exec(l)?.[1])), [0, 1, 2], `in number order: ${labels.slice(0, 4).join(' | ')}`);
    await shot(page, 'workspace-load-01-topics');
    const problems = page.locator('.markers-panel .monaco-list-row').first();
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)', problems);
    await shot(page, 'workspace-load-02-problems');
  });
});
