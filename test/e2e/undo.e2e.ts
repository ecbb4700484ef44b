// Undo and interval previews (issue 17) in the real VS Code: a revealed flashcard's rating buttons
// show when the card comes back, Ctrl+Z (Cmd+Z on macOS) in the quiz panel takes the rating back and
// shows the card again, several steps, and the command does the same from the palette.
import * as assert from 'node:assert/strict';
import type { FrameLocator, Page } from 'playwright-core';
import { openSageMakerStudy, openWorkbench, quizFrame, runCommand, shot, type Workbench } from './workbench';

const UNDO_KEY = process.platform === 'darwin' ? 'Meta+z' : 'Control+z';

async function stem(quiz: FrameLocator): Promise<string> {
  return ((await quiz.locator('article.question .stem').textContent()) ?? '').trim();
}

/** Reveals the card on screen and rates it with a key (1-4), returning the front it showed. */
async function rate(page: Page, quiz: FrameLocator, key: '1' | '2' | '3' | '4'): Promise<string> {
  const front = await stem(quiz);
  await quiz.locator('main#app').focus();
  await page.keyboard.press('Enter');
  await quiz.locator('.card-back').waitFor();
  await page.keyboard.press(key);
  await quiz.locator('.card-back').waitFor({ state: 'detached' });
  return front;
}

describe('undo and interval previews', function () {
  let wb: Workbench;

  before(async function () {
    this.timeout(240_000);
    wb = await openWorkbench();
    await openSageMakerStudy(wb.page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) await shot(wb.page, `FAILED-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => undefined);
  });

  after(async () => {
    await wb?.close();
  });

  it('shows each rating\'s next interval on the flashcard buttons', async () => {
    const { page } = wb;
    const quiz = quizFrame(page);
    await runCommand(page, 'SageMaker Study: Study Glossary Flashcards', quiz.locator('article.question.type-flashcard'));
    await quiz.locator('main#app').focus();
    await page.keyboard.press('Enter');
    await quiz.locator('.card-back').waitFor();
    const intervals = await quiz.locator('button[data-rating] .interval').allTextContents();
    // A new card: Again, Hard and Good are learning steps within the hour, Easy is days away.
    assert.equal(intervals.length, 4);
    assert.match(intervals[0], /^<\d+m$/);
    assert.match(intervals[2], /^<\d+m$/);
    assert.match(intervals[3], /^\d+d$/);
    await shot(page, '60-flashcard-interval-previews');
  });

  it('takes ratings back with Ctrl+Z in the panel, several steps, and shows each card again', async () => {
    const { page } = wb;
    const quiz = quizFrame(page);
    // The card revealed by the previous test: rate it, then the next one.
    await page.keyboard.press('3');
    await quiz.locator('.card-back').waitFor({ state: 'detached' });
    const second = await rate(page, quiz, '1');
    const third = await stem(quiz);
    assert.notEqual(third, second);
    await quiz.locator('#undo').waitFor();

    await quiz.locator('main#app').focus();
    await page.keyboard.press(UNDO_KEY);
    await quiz.locator('#notice', { hasText: 'Answer taken back' }).waitFor({ timeout: 15_000 });
    assert.equal(await stem(quiz), second, 'the card rated last is back, front up');
    assert.equal(await quiz.locator('.card-back').count(), 0);
    await quiz.locator('[role=status]').filter({ hasText: /Answer taken back/ }).waitFor();
    await shot(page, '61-after-undo');

    // One more step back, from the command palette this time.
    await runCommand(page, 'SageMaker Study: Undo Last Answer');
    await quiz.locator('.count', { hasText: /^Question 1 of / }).waitFor({ timeout: 15_000 });
    // Nothing is left to take back in this round: no Undo button.
    assert.equal(await quiz.locator('#undo').count(), 0);
  });
});
