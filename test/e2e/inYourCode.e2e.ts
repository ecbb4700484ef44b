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
    await openFile(page, 'train.py');
    await openSageMakerStudy(page);
    // The view starts collapsed under Topics and Glossary: fold those, open this one.
    const header = (name: string) => page.locator('.pane-header', { has: page.locator('h3.title', { hasText: new RegExp(`^${name}$`) }) }).first();
    for (const name of ['Topics', 'Glossary']) {
      if ((await header(name).getAttribute('aria-expanded')) === 'true') await header(name).click();
    }
    if ((await header('In Your Code').getAttribute('aria-expanded')) !== 'true') await header('In Your Code').click();
    const estimator = page.getByRole('treeitem', { name: /^SageMaker AI Estimator, 8 places, \d+% mastery/ });
    await estimator.waitFor({ timeout: 60_000 });
    assert.ok(await page.getByRole('treeitem', { name: /^Data capture .*, 7 places/ }).isVisible());
    assert.equal(await page.getByRole('treeitem', { name: /^Amazon Bedrock,/ }).count(), 0, 'excluded folders add nothing');
    await estimator.click();
    const place = page.getByRole('treeitem', { name: /^deploy\.py:5/ }).first();
    await place.waitFor({ timeout: 15_000 });
    await place.click();
    await page.locator('.tab.active', { hasText: 'deploy.py' }).waitFor({ timeout: 15_000 });
    // The place opens with the term selected.
    await page.locator('.editor-instance .selected-text').first().waitFor({ timeout: 15_000 });
    await shot(page, '08-in-your-code');
  });
});
