// Issue 17 in the real VS Code UI: Custom Study… through its pickers into a cram round, whose banner
// says the schedule is not changed; then "Report a problem" from the feedback, up to the preview
// of the whole report, which is cancelled (nothing is opened).
import * as assert from 'node:assert/strict';
import type { FrameLocator, Page } from 'playwright-core';
import { openSageMakerStudy, openWorkbench, pickFromCommand, quizFrame, shot, type Workbench } from './workbench';

const row = (page: Page, text: string | RegExp) => page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
const title = (page: Page, text: string | RegExp) => page.locator('.quick-input-widget .quick-input-title', { hasText: text });

/** Answers the question on screen with whatever it takes (choices in order) until feedback shows; skips other types. */
async function answerSomehow(quiz: FrameLocator): Promise<void> {
  for (let guard = 0; guard < 20; guard++) {
    const cls = (await quiz.locator('article.question').getAttribute('class')) ?? '';
    if (/type-(single|multiple)/.test(cls)) break;
    await quiz.getByRole('button', { name: 'Skip' }).click();
    await quiz.locator('article.question').waitFor();
  }
  const choices = quiz.locator('label.choice');
  const n = await choices.count();
  for (let i = 0; i < n; i++) {
    await choices.nth(i).click();
    await quiz.locator('#submit').click();
    if (await quiz.locator('.feedback').waitFor({ timeout: 1500 }).then(() => true, () => false)) return;
  }
  throw new Error('no feedback after trying every choice');
}

describe('custom study and question reports', function () {
  let wb: Workbench;

  before(async function () {
    this.timeout(240_000);
    wb = await openWorkbench();
    await openSageMakerStudy(wb.page);
  });

  after(async () => {
    await wb?.close();
  });

  it('starts a cram round from Custom Study… and shows that the schedule is not changed', async () => {
    const { page } = wb;
    await pickFromCommand(page, 'SageMaker Study: Custom Study…', row(page, 'An exam…'));
    await title(page, 'Custom study: which exam?').waitFor();
    await row(page, 'AIF-C01').click();
    await title(page, /Should answers change the schedule\?/).waitFor();
    // Cram is the first choice, so Enter alone keeps the schedule as it is.
    assert.match((await page.locator('.quick-input-list .monaco-list-row').first().textContent()) ?? '', /Cram: do not change my schedule/);
    await page.keyboard.press('Enter');
    const quiz = quizFrame(page);
    await quiz.locator('.mode-note', { hasText: 'Cram — your schedule is not changed' }).waitFor({ timeout: 30_000 });
    assert.match((await quiz.locator('article.question .title').textContent()) ?? '', /^Cram · AIF-C01/);
    await shot(page, 'custom-study-cram');
    await answerSomehow(quiz);
    await quiz.locator('.question-tools').waitFor();
    assert.equal(await quiz.locator('.mode-note').count(), 1, 'the banner stays with the feedback');
  });

  it('shows the whole report before anything is opened, and opens nothing on Cancel', async () => {
    const { page } = wb;
    const quiz = quizFrame(page);
    await quiz.getByRole('button', { name: 'Report a problem' }).click();
    const input = page.locator('.quick-input-widget input');
    await title(page, /^Report a problem with question /).waitFor({ timeout: 15_000 });
    await input.fill('The key & explanation disagree (#2).');
    await page.keyboard.press('Enter');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 15_000 });
    const text = (await dialog.textContent()) ?? '';
    for (const part of ['Report this problem?', 'Question id:', 'Bank file: `questions/aif-', 'Extension version:', 'The key & explanation disagree (#2).']) {
      assert.ok(text.includes(part), `the preview shows ${part}`);
    }
    await shot(page, 'report-preview');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(page.context().pages().length, 1, 'no browser tab was opened');
  });
});
