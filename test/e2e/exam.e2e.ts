// The exam simulation in the real VS Code: the intro before the timer runs, a short MLA-C01 practice
// exam answered, flagged (the header stays one line), checked on the answer sheet, submitted with a
// warning, scored by domain, reviewed by topic and stem; the history on its own; and resumed after a
// reload with its timer still running.
import * as assert from 'node:assert/strict';
import type { FrameLocator, Page } from 'playwright-core';
import { openSageMakerStudy, openWorkbench, pickFromCommand, quizFrame, runCommand, shot, type Workbench } from './workbench';

async function startPracticeExam(page: Page): Promise<FrameLocator> {
  await pickFromCommand(page, 'SageMaker Study: Start Exam Simulation…', page.locator('.quick-input-list .monaco-list-row', { hasText: 'MLA-C01 practice exam' }).first());
  const quiz = quizFrame(page);
  // The intro first: questions, time and rules; no timer yet.
  await quiz.locator('.exam-intro').waitFor({ timeout: 30_000 });
  return quiz;
}

/** Presses Start on the intro and waits for the first question. */
async function startFromIntro(quiz: FrameLocator): Promise<void> {
  await quiz.locator('#exam-start').click();
  await quiz.locator('.exam article.question').waitFor({ timeout: 30_000 });
}

/** Gives some answer to the current exam question, by mouse. */
async function answerSomething(quiz: FrameLocator): Promise<void> {
  const cls = (await quiz.locator('article.question').getAttribute('class')) ?? '';
  if (cls.includes('type-single')) await quiz.locator('label.choice').first().click();
  else if (cls.includes('type-multiple')) {
    const n = Number(((await quiz.locator('.hint').textContent()) ?? '2').match(/\d+/)?.[0] ?? 2);
    for (let i = 0; i < n; i++) await quiz.locator('label.choice').nth(i).click();
  } else if (cls.includes('type-ordering')) await quiz.locator('.step[data-pos="1"] button[aria-label="Move up"]').click();
  else if (cls.includes('type-matching')) {
    const selects = quiz.locator('select');
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: i + 1 });
  }
}

function seconds(clock: string): number {
  const parts = clock.split(':').map(Number);
  return parts.reduce((acc, p) => acc * 60 + p, 0);
}

describe('the exam simulation', function () {
  let wb: Workbench;

  before(async function () {
    this.timeout(180_000);
    wb = await openWorkbench();
    await openSageMakerStudy(wb.page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) await shot(wb.page, `FAILED-exam-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`).catch(() => undefined);
  });

  after(async () => {
    await wb?.close();
  });

  it('runs a practice exam: answer, flag, answer sheet, submit with a warning, domain breakdown', async () => {
    const { page } = wb;
    const quiz = await startPracticeExam(page);
    const intro = (await quiz.locator('.exam-intro').textContent()) ?? '';
    assert.match(intro, /MLA-C01 practice exam/);
    assert.match(intro, /Questions20/);
    assert.match(intro, /Time40 minutes/);
    assert.match(intro, /Unanswered questions count as wrong/);
    assert.equal(await quiz.locator('#exam-clock').count(), 0, 'no timer before Start');
    await shot(page, '30a-exam-intro');
    await startFromIntro(quiz);
    await quiz.locator('.count', { hasText: 'Question 1 of 20' }).waitFor();
    assert.match((await quiz.locator('#exam-clock').textContent()) ?? '', /^(39|40):\d\d$/);
    // No feedback while the exam runs.
    await answerSomething(quiz);
    assert.equal(await quiz.locator('.feedback, .why').count(), 0);
    const headerHeight = async () => (await quiz.locator('.exam header .meta').boundingBox())?.height ?? 0;
    const unflagged = await headerHeight();
    await quiz.locator('#exam-flag').click();
    await quiz.locator('.meta .flag').waitFor();
    assert.equal(await headerHeight(), unflagged, 'the header does not wrap when flagged');
    await shot(page, '30b-exam-flagged-header');
    await quiz.locator('#exam-next').click();
    await quiz.locator('.count', { hasText: 'Question 2 of 20' }).waitFor();
    await answerSomething(quiz);
    await shot(page, '30-exam-question');
    await quiz.locator('#exam-sheet').click();
    await quiz.locator('.sheet .legend', { hasText: '2 answered · 18 unanswered · 1 flagged' }).waitFor();
    // Answered is a dot, not the check mark that means "correct" in the review.
    assert.equal(await quiz.locator('.sheet .codicon-pass').count(), 0);
    assert.equal(await quiz.locator('.sheet button.answered .codicon-circle-filled').count(), 1);
    await shot(page, '31-exam-answer-sheet');
    // Jump from the sheet to the flagged question.
    await quiz.locator('.sheet button[data-index="0"]').click();
    await quiz.locator('.count', { hasText: 'Question 1 of 20' }).waitFor();
    await quiz.locator('#exam-submit').click();
    await quiz.locator('#exam-confirm', { hasText: '18 questions are unanswered and will count as wrong' }).waitFor();
    await shot(page, '32-exam-submit-warning');
    await quiz.locator('#exam-confirm-submit').click();
    await quiz.locator('.exam-result').waitFor({ timeout: 15_000 });
    assert.match((await quiz.locator('.score-card').textContent()) ?? '', /Estimated scaled score · pass line 720/);
    assert.equal(await quiz.locator('.domain-row').count(), 4);
    assert.equal(await quiz.locator('.review-item').count(), 20);
    assert.equal(await quiz.locator('.review-item.unanswered').count(), 18);
    // Each review line names the question's topic and stem.
    const first = quiz.locator('.review-item').first().locator('summary');
    assert.ok(((await first.locator('.review-topic').textContent()) ?? '').trim().length > 0);
    assert.ok(((await first.locator('.review-stem').textContent()) ?? '').trim().length > 20);
    await first.click();
    await quiz.locator('.review-item').first().locator('.feedback').waitFor();
    await shot(page, '33-exam-results');
    await quiz.locator('table.history tbody tr').first().waitFor();
  });

  it('opens the exam history on its own', async () => {
    const { page } = wb;
    const quiz = quizFrame(page);
    await runCommand(page, 'SageMaker Study: Show Exam History', quiz.locator('.exam-history'));
    assert.match((await quiz.locator('.exam-history caption').first().textContent()) ?? '', /^MLA-C01 · 1 attempt · best \d+/);
    await shot(page, '35-exam-history');
    await quiz.locator('#history-back').click();
    await quiz.locator('.exam-result').waitFor();
  });

  it('resumes an interrupted exam after a window reload, with the timer still running', async () => {
    const { page } = wb;
    const quiz = quizFrame(page);
    await quiz.locator('#exam-retake').click();
    await quiz.locator('.exam-intro').waitFor();
    await startFromIntro(quiz);
    await quiz.locator('.count', { hasText: 'Question 1 of 20' }).waitFor();
    await answerSomething(quiz);
    await quiz.locator('#exam-next').click();
    await quiz.locator('#exam-next').click();
    await quiz.locator('.count', { hasText: 'Question 3 of 20' }).waitFor();
    const before = seconds((await quiz.locator('#exam-clock').textContent()) ?? '0:00');
    await runCommand(page, 'Developer: Reload Window');
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const restored = quizFrame(page);
    await restored.locator('.count', { hasText: 'Question 3 of 20' }).waitFor({ timeout: 60_000 });
    const after = seconds((await restored.locator('#exam-clock').textContent()) ?? '0:00');
    assert.ok(after < before, `the clock kept running through the reload (${before} s, then ${after} s)`);
    await restored.locator('#exam-sheet').click();
    await restored.locator('.sheet .legend', { hasText: /\b1 answered/ }).waitFor();
    await shot(page, '34-exam-resumed');
  });
});
