// Importing a quiz file through the real UI, then studying what it became: the command takes the
// file open in the editor, asks for the exam domain, writes the bank into .sagemaker-study and opens
// it; the new topic appears in the Topics view and its question is answered in the quiz panel.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, openSageMakerStudy, openWorkbench, pickFromCommand, quizFrame, shot, type Workbench } from './workbench';

const QUIZ = `---
title: "Team drills"
---

<quiz>
Our nightly scoring job reads a week of data and can wait for results. Which SageMaker option fits?
- [x] Batch transform
  > It runs over a whole dataset and stops when done.
- [ ] A real-time endpoint
  > It bills around the clock for a once-a-day job.
- [ ] Serverless inference with provisioned concurrency

Batch transform suits large offline jobs.
</quiz>

<quiz>
Which file format is columnar?
- [x] Parquet
- [ ] CSV
- [ ] JSON Lines
</quiz>
`;

describe('importing questions in the VS Code UI', function () {
  let wb: Workbench;

  before(async function () {
    this.timeout(180_000);
    wb = await openWorkbench();
    writeFileSync(join(wb.folder, 'drills.md'), QUIZ);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) await shot(wb.page, `FAILED-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => undefined);
  });

  after(async () => {
    await wb?.close();
  });

  it('imports the file open in the editor into .sagemaker-study and opens the bank', async () => {
    const { page } = wb;
    await openFile(page, 'drills.md');
    const offer = page.locator('.quick-input-list .monaco-list-row', { hasText: 'drills.md' }).first();
    await pickFromCommand(page, 'SageMaker Study: Import Questions…', offer);
    // The domain picker: the first domain of MLA-C01.
    const domain = page.locator('.quick-input-list .monaco-list-row', { hasText: /^1\. / }).first();
    await domain.waitFor();
    await shot(page, 'import-01-domain-picker');
    await domain.click();
    await page.locator('.tab', { hasText: 'my-drills.bank.yaml' }).first().waitFor({ timeout: 30_000 });
    await shot(page, 'import-02-bank-opened');
    const bank = join(wb.folder, '.sagemaker-study', 'my-drills.bank.yaml');
    assert.ok(existsSync(bank), 'the bank file was written');
    const text = readFileSync(bank, 'utf8');
    assert.match(text, /type: single/);
    assert.match(text, /why: It runs over a whole dataset and stops when done\./);
  });

  it('shows the imported topic in the Topics view and studies it in the quiz panel', async () => {
    const { page } = wb;
    await openSageMakerStudy(page);
    const topic = page.getByRole('treeitem', { name: /^Team drills, 0\/2 answered/ }).first();
    // Domains may open collapsed, and the tree redraws as the new bank loads: until the topic is in
    // view, expand MLA-C01's first domain whenever it shows collapsed.
    const domain = page.getByRole('treeitem', { name: /^1\. |^Data Preparation/ }).first();
    for (const deadline = Date.now() + 30_000; !(await topic.isVisible().catch(() => false)); ) {
      if (Date.now() > deadline) throw new Error('the imported topic never showed in the Topics view');
      if ((await domain.getAttribute('aria-expanded', { timeout: 1000 }).catch(() => null)) === 'false') await domain.click({ timeout: 2000 }).catch(() => undefined);
      await page.waitForTimeout(250);
    }
    await topic.click();
    const quiz = quizFrame(page);
    await quiz.locator('article.question').waitFor({ timeout: 30_000 });
    const stem = (await quiz.locator('article.question').textContent()) ?? '';
    assert.ok(/nightly scoring job|columnar/.test(stem), `an imported question is asked: ${stem.slice(0, 80)}`);
    // Answer wrong on purpose: the feedback shows the imported reason.
    const choices = quiz.locator('label.choice');
    const count = await choices.count();
    let wrong = 0;
    for (; wrong < count; wrong++) {
      const label = (await choices.nth(wrong).textContent()) ?? '';
      if (!/Batch transform|Parquet/.test(label)) break;
    }
    await choices.nth(wrong).click();
    await quiz.locator('#submit').click();
    await quiz.locator('.feedback').waitFor();
    await shot(page, 'import-03-studied');
    await page.getByRole('treeitem', { name: /^Team drills, 1\/2 answered/ }).first().waitFor({ timeout: 15_000 });
  });
});
