// The "In Your Code" view in the real VS Code UI: shown beside the editor, it lists the terms the
// fixture workspace's code uses; expanding one lists its places, and a click opens the file at it.
import * as assert from 'node:assert/strict';
import { openFile, openSageMakerStudy, openWorkbench, shot, type Workbench } from './workbench';

describe('In Your Code view in the VS Code UI', function () {
  let wb: Workbench;

  before(async function () {
    this.timeout(180_000);
    wb = await openWorkbench();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) await shot(wb.page, `FAILED-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => undefined);
  });

  after(async () => {
    await wb?.close();
  });

  it('lists the terms of the workspace with their places and opens one next to the editor', async () => {
    const { page } = wb;
    // The extension first (it waits for activation), then the file: Quick Open is slow while extensions start.
    await openSageMakerStudy(page);
    await openFile(page, 'train.py');
    // The view starts collapsed under Topics and Glossary: fold those, open this one.
    const header = (name: string) => page.locator('.pane-header', { hasText: name }).first();
    const expanded = async (name: string) => /\bexpanded\b/.test((await header(name).getAttribute('class')) ?? '');
    for (const name of ['Topics', 'Glossary']) {
      if (await expanded(name)) await header(name).locator('h3.title').click();
    }
    if (!(await expanded('In Your Code'))) await header('In Your Code').locator('h3.title').click();
    const estimator = page.getByRole('treeitem', { name: /^SageMaker AI Estimator, 8 places, \d+% mastery/ });
    await estimator.waitFor({ timeout: 60_000 });
    assert.ok(await page.getByRole('treeitem', { name: /^Data capture .*, 7 places/ }).isVisible());
    assert.equal(await page.getByRole('treeitem', { name: /^Amazon Bedrock,/ }).count(), 0, 'excluded folders add nothing');
    await estimator.click();
    const place = page.getByRole('treeitem', { name: /^deploy\.py:5\b/ }).first();
    await place.waitFor({ timeout: 15_000 });
    await place.click();
    await page.locator('.tab.active', { hasText: 'deploy.py' }).waitFor({ timeout: 15_000 });
    // The place opens with the term selected.
    await page.locator('.editor-instance .selected-text').first().waitFor({ timeout: 15_000 });
    await shot(page, '08-in-your-code');
  });
});
