// The quiz panel in the real VS Code, on the fixture bank (test/fixtures/banks): every question type
// answered once by keyboard and once by mouse, the summary, the tree's counts, a window reload
// mid-session, and bank text that tries to inject HTML and script.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { chooseColorTheme, markShownQuestion, newQuestion, openSageMakerStudy, openWorkbench, pickFromCommand, quizFrame, recordTiming, ROOT, runCommand, shot, type Workbench } from './workbench';

const TOPIC = 'E2E: every question type';
const RIGHT = {
  single: 'A real-time endpoint',
  multiple: ['Serverless Inference', 'Asynchronous Inference'],
  ordering: ['Create the model', 'Create the endpoint configuration', 'Create the endpoint'],
  matching: { 'Real-time inference': '6 MB', 'Serverless Inference': '4 MB', 'Asynchronous Inference': '1 GB' } as Record<string, string>,
  case1: 'Two production variants with weights 9 and 1',
  case2: 'A shadow variant',
};

/** The modal VS Code shows before a round in progress is left for another. */
const prompt = (page: Page) => page.locator('.monaco-dialog-box');

async function startTopic(page: Page, title: string, onPrompt: (dialog: ReturnType<typeof prompt>) => Promise<void> = (d) => d.getByRole('button', { name: 'Start New' }).click()): Promise<number> {
  const input = page.locator('.quick-input-widget input');
  // Right after a window reload VS Code moves focus into the restored panel, which can close the
  // picker before the filter is typed: open it again then.
  for (let attempt = 1; ; attempt++) {
    await runCommand(page, 'SageMaker Study: Start Quiz on Topic…', page.locator('.quick-input-widget .quick-input-title', { hasText: 'Start a quiz on a topic' }));
    const typed = await input.fill(title, { timeout: attempt < 3 ? 5000 : 30_000 }).then(() => true, () => false);
    if (typed) break;
    if (attempt >= 3) throw new Error('the topic picker closed before the topic could be typed');
  }
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await markShownQuestion(page);
  const started = Date.now();
  await page.keyboard.press('Enter');
  const quiz = quizFrame(page);
  // Wait for this round's own first question, not whatever the panel showed before; a round left
  // in progress first asks whether to resume it.
  const first = newQuestion(quiz, '.meta').filter({ has: quiz.locator('.title', { hasText: title }) }).filter({ has: quiz.locator('.count', { hasText: /^Question 1 of / }) });
  const shown = await Promise.race([first.waitFor({ timeout: 30_000 }).then(() => 'question'), prompt(page).waitFor({ timeout: 30_000 }).then(() => 'prompt')]);
  if (shown === 'prompt') {
    await onPrompt(prompt(page));
    await first.waitFor({ timeout: 30_000 });
  }
  return Date.now() - started;
}

async function questionType(quiz: FrameLocator): Promise<string> {
  const cls = (await quiz.locator('article.question').getAttribute('class')) ?? '';
  return cls.replace(/.*type-(\w+).*/, '$1');
}

/** Display positions (0-based) of the choices with these texts. */
async function choicePositions(quiz: FrameLocator, texts: string[]): Promise<number[]> {
  const labels = await quiz.locator('label.choice .text').allTextContents();
  return texts.map((t) => {
    const i = labels.findIndex((l) => l.trim() === t);
    assert.ok(i >= 0, `choice "${t}" among ${labels.join(' | ')}`);
    return i;
  });
}

async function stemText(quiz: FrameLocator): Promise<string> {
  return ((await quiz.locator('.stem').textContent()) ?? '').trim();
}

async function expectFeedback(quiz: FrameLocator, correct: boolean): Promise<void> {
  await quiz.locator('.feedback').waitFor();
  assert.equal(await quiz.locator('.feedback.correct').count(), correct ? 1 : 0, 'feedback says the answer was right');
  await quiz.locator('[role=status]').filter({ hasText: correct ? /^Correct$/ : /^Incorrect$/ }).waitFor();
}

/** Answers the current question with the keyboard only. */
async function answerByKeyboard(page: Page, quiz: FrameLocator): Promise<string> {
  const type = await questionType(quiz);
  const stem = await stemText(quiz);
  // Keys go to the webview once it has focus.
  await quiz.locator('main#app').focus();
  if (type === 'single') {
    const text = stem.includes('10%') ? RIGHT.case1 : stem.includes('without answering') ? RIGHT.case2 : RIGHT.single;
    const [pos] = await choicePositions(quiz, [text]);
    await page.keyboard.press(String(pos + 1));
    await page.keyboard.press('Enter');
  } else if (type === 'multiple') {
    for (const pos of await choicePositions(quiz, RIGHT.multiple)) {
      await quiz.locator('main#app').focus();
      await page.keyboard.press(String(pos + 1));
    }
    await quiz.locator('main#app').focus();
    await page.keyboard.press('Enter');
  } else if (type === 'ordering') {
    // Move each step into place with Alt+Up from the keyboard.
    for (let target = 0; target < RIGHT.ordering.length; target++) {
      const texts = (await quiz.locator('.step .text').allTextContents()).map((t) => t.trim());
      let at = texts.indexOf(RIGHT.ordering[target]);
      while (at > target) {
        await quiz.locator(`.step[data-pos="${at}"]`).focus();
        await page.keyboard.press('Alt+ArrowUp');
        at--;
      }
    }
    await quiz.locator('main#app').focus();
    await page.keyboard.press('Enter');
  } else if (type === 'matching') {
    const prompts = (await quiz.locator('.match-row .prompt').allTextContents()).map((t) => t.trim());
    for (let i = 0; i < prompts.length; i++) {
      const select = quiz.locator(`#match-${i}`);
      const options = (await select.locator('option').allTextContents()).map((t) => t.trim());
      const want = options.indexOf(RIGHT.matching[prompts[i]]);
      await select.focus();
      for (let k = 0; k < want; k++) await page.keyboard.press('ArrowDown');
    }
    await quiz.locator('main#app').focus();
    await page.keyboard.press('Enter');
  } else if (type === 'flashcard') {
    await page.keyboard.press('Enter');
    await quiz.locator('.card-back').waitFor();
    await page.keyboard.press('3');
    return type;
  }
  await expectFeedback(quiz, true);
  await quiz.locator('main#app').focus();
  await page.keyboard.press('Enter');
  return type;
}

/** Answers the current question with the mouse only. */
async function answerByMouse(quiz: FrameLocator): Promise<string> {
  const type = await questionType(quiz);
  const stem = await stemText(quiz);
  if (type === 'single' || type === 'multiple') {
    const texts = type === 'multiple' ? RIGHT.multiple : [stem.includes('10%') ? RIGHT.case1 : stem.includes('without answering') ? RIGHT.case2 : RIGHT.single];
    for (const pos of await choicePositions(quiz, texts)) await quiz.locator('label.choice').nth(pos).click();
    await quiz.locator('#submit').click();
  } else if (type === 'ordering') {
    for (let target = 0; target < RIGHT.ordering.length; target++) {
      const texts = (await quiz.locator('.step .text').allTextContents()).map((t) => t.trim());
      let at = texts.indexOf(RIGHT.ordering[target]);
      while (at > target) {
        await quiz.locator(`.step[data-pos="${at}"] button[aria-label="Move up"]`).click();
        at--;
      }
    }
    await quiz.locator('#submit').click();
  } else if (type === 'matching') {
    const prompts = (await quiz.locator('.match-row .prompt').allTextContents()).map((t) => t.trim());
    for (let i = 0; i < prompts.length; i++) await quiz.locator(`#match-${i}`).selectOption({ label: RIGHT.matching[prompts[i]] });
    await quiz.locator('#submit').click();
  } else if (type === 'flashcard') {
    await quiz.getByRole('button', { name: /Reveal/ }).click();
    await quiz.getByRole('button', { name: /Easy/ }).click();
    return type;
  }
  await expectFeedback(quiz, true);
  await quiz.locator('#next').click();
  return type;
}

describe('the quiz panel', function () {
  let wb: Workbench;

  before(async function () {
    this.timeout(240_000);
    // This build adds the fixture bank to the catalog.
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SAGEMAKER_STUDY_EXTRA_BANKS: join(ROOT, 'test', 'fixtures', 'banks') } });
    wb = await openWorkbench();
    await openSageMakerStudy(wb.page);
    // Show only the fixtures' exam, so its topics are on screen.
    await pickFromCommand(wb.page, 'SageMaker Study: Filter by Exam…', wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'E2E-00' }).first());
    // Domains start collapsed: open the fixtures' domains so the topic is on screen.
    await wb.page.getByRole('treeitem', { name: /^E2E-00/ }).first().waitFor({ timeout: 15_000 });
    await wb.page.getByRole('treeitem', { name: /^MLA-C01/ }).first().waitFor({ state: 'detached', timeout: 15_000 });
    const collapsed = wb.page.locator('[role=treeitem][aria-expanded="false"]').filter({ hasText: /^\s*\d+\. / });
    for (let i = 0; i < 10 && (await collapsed.count()) > 0; i++) await collapsed.first().click();
    await wb.page.getByRole('treeitem', { name: new RegExp(`^${TOPIC}, 0/7 answered`) }).waitFor({ timeout: 15_000 });
  });

  afterEach(async function () {
    // A failing test leaves a picture of what the UI showed.
    if (this.currentTest?.state === 'failed' && wb) await shot(wb.page, `FAILED-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => undefined);
  });

  after(async () => {
    await wb?.close();
  });

  it('answers every question type by keyboard, shows the summary and updates the tree', async () => {
    const { page } = wb;
    await startTopic(page, TOPIC);
    const quiz = quizFrame(page);
    const seen: string[] = [];
    for (let i = 0; i < 7; i++) {
      await quiz.locator('article.question').waitFor();
      await quiz.locator('.count').filter({ hasText: `Question ${i + 1} of 7` }).waitFor();
      if (i === 5) await shot(page, '20-case-study');
      seen.push(await answerByKeyboard(page, quiz));
      if (i === 0) await shot(page, '21-after-keyboard-answer');
    }
    assert.deepEqual(seen, ['single', 'multiple', 'ordering', 'matching', 'flashcard', 'single', 'single']);
    await quiz.locator('.summary').waitFor();
    assert.match((await quiz.locator('.summary .score').textContent()) ?? '', /^6 of 6 right \(100%\)/);
    await shot(page, '22-summary');
    await page.getByRole('treeitem', { name: new RegExp(`^${TOPIC}, 7/7 answered`) }).waitFor({ timeout: 15_000 });
  });

  it('answers every question type by mouse', async () => {
    const { page } = wb;
    await startTopic(page, TOPIC);
    const quiz = quizFrame(page);
    const seen: string[] = [];
    for (let i = 0; i < 7; i++) {
      await quiz.locator('.count').filter({ hasText: `Question ${i + 1} of 7` }).waitFor();
      if (i === 2) await shot(page, '23-ordering');
      if (i === 3) await shot(page, '24-matching');
      seen.push(await answerByMouse(quiz));
    }
    assert.deepEqual(seen, ['single', 'multiple', 'ordering', 'matching', 'flashcard', 'single', 'single']);
    await quiz.locator('.summary').waitFor();
    assert.match((await quiz.locator('.summary .score').textContent()) ?? '', /^6 of 6 right/);
  });

  it('shows a wrong answer with the reason for every choice, and offers a retry of the missed ones', async () => {
    const { page } = wb;
    const ms = await startTopic(page, TOPIC);
    // The panel exists now: the time from the command to the first question visible is the figure npm run bench reports.
    recordTiming('commandToFirstQuestionMs', ms);
    const quiz = quizFrame(page);
    // Submit with nothing picked: the reason shows on screen, not only to screen readers.
    await quiz.locator('#submit').click();
    await quiz.locator('#notice', { hasText: 'Pick an answer first' }).waitFor();
    assert.ok(await quiz.locator('#notice').isVisible());
    await shot(page, '25a-empty-submit-notice');
    const [right] = await choicePositions(quiz, [RIGHT.single]);
    await quiz.locator('label.choice').nth((right + 1) % 4).click();
    assert.equal(await quiz.locator('#notice').count(), 0, 'picking an answer clears the notice');
    await quiz.locator('#submit').click();
    await expectFeedback(quiz, false);
    assert.equal(await quiz.locator('label.choice .why').count(), 4);
    await quiz.locator('label.choice.wrong').first().waitFor();
    // The explanation links to the docs; glossary terms in the text are marked with their definition.
    await quiz.locator('.feedback .links a').first().waitFor();
    await quiz.locator('abbr.term').first().waitFor();
    await shot(page, '25-wrong-answer');
    // Our own tooltip, wrapped between words: no word is split across two lines.
    const term = quiz.locator('abbr.term').first();
    await term.hover();
    const split = await term.evaluate((el) => {
      const tip = getComputedStyle(el, '::after');
      return { content: tip.content, wordBreak: tip.wordBreak, overflowWrap: tip.overflowWrap, whiteSpace: tip.whiteSpace };
    });
    assert.notEqual(split.content, 'none', 'the tooltip shows on hover');
    assert.equal(split.wordBreak, 'normal');
    assert.equal(split.overflowWrap, 'normal');
    await shot(page, '25b-term-tooltip');
    // A click opens the term's card beside the question, which stays usable; Escape closes it.
    await term.click();
    await quiz.locator('#term-card').waitFor();
    assert.match((await quiz.locator('#term-card').textContent()) ?? '', /Exam tip:/);
    assert.ok(await quiz.locator('#next').isVisible());
    await shot(page, '25c-term-card');
    await page.keyboard.press('Escape');
    await quiz.locator('#term-card').waitFor({ state: 'detached' });
    await quiz.locator('#next').click();
    // Skip the rest: skipped questions count as missed too.
    for (let i = 2; i <= 7; i++) {
      await quiz.locator('.count').filter({ hasText: `Question ${i} of 7` }).waitFor();
      await quiz.getByRole('button', { name: 'Skip' }).click();
    }
    await quiz.locator('.summary').waitFor();
    assert.match((await quiz.locator('.summary .score').textContent()) ?? '', /^0 of 1 right \(0%\) · 6 skipped/);
    // Every missed question with its key point, and the next steps.
    assert.equal(await quiz.locator('.summary .missed li').count(), 7);
    assert.match((await quiz.locator('.summary .missed li').first().textContent()) ?? '', /Which option hosts a model for low-latency requests\?Key point: \S/);
    await quiz.locator('#back-to-topics').waitFor();
    await quiz.locator('#next-weakest', { hasText: 'Next: E2E: injection attempt' }).waitFor();
    await shot(page, '25d-summary-missed');
    await quiz.getByRole('button', { name: 'Retry the 7 I missed' }).click();
    await quiz.locator('.count').filter({ hasText: /Question 1 of \d+/ }).waitFor();
    assert.equal(await stemText(quiz), 'Which option hosts a model for low-latency requests?');
  });

  it('comes back where it was after the window reloads mid-session', async () => {
    const { page } = wb;
    await startTopic(page, TOPIC);
    const quiz = quizFrame(page);
    await answerByMouse(quiz);
    await quiz.locator('.count').filter({ hasText: 'Question 2 of 7' }).waitFor();
    // A choice made but not submitted comes back too.
    const [picked] = await choicePositions(quiz, [RIGHT.multiple[0]]);
    await quiz.locator('label.choice').nth(picked).click();
    await quiz.locator('label.choice input:checked').waitFor();
    // The choice goes to the host in a message of its own; give it a moment to be stored.
    await page.waitForTimeout(500);
    await runCommand(page, 'Developer: Reload Window');
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const restored = quizFrame(page);
    await restored.locator('.count').filter({ hasText: 'Question 2 of 7' }).waitFor({ timeout: 60_000 });
    assert.equal(await questionType(restored), 'multiple');
    await restored.locator('label.choice input:checked').waitFor();
    assert.deepEqual((await restored.locator('label.choice:has(input:checked) .text').allTextContents()).map((t) => t.trim()), [RIGHT.multiple[0]]);
    await shot(page, '26-restored-after-reload');
  });

  it('asks before leaving a round in progress, and resumes it later', async () => {
    const { page } = wb;
    let asked = '';
    await startTopic(page, 'E2E: injection attempt', async (dialog) => {
      asked = (await dialog.textContent()) ?? '';
      await shot(page, '26a-resume-prompt');
      await dialog.getByRole('button', { name: 'Start New' }).click();
    });
    assert.match(asked, /You are 1 of 7 into "E2E: every question type"/);
    assert.match(asked, /Resume E2E: every question type, 1 of 7/);
    const quiz = quizFrame(page);
    await quiz.locator('label.choice').first().click();
    await quiz.locator('#submit').click();
    await quiz.locator('.feedback').waitFor();
    await quiz.locator('#next').click();
    const resume = quiz.locator('#resume-paused', { hasText: 'Resume E2E: every question type, 1 of 7' });
    await resume.waitFor();
    await shot(page, '26b-summary-offers-resume');
    await resume.click();
    await quiz.locator('.meta .title', { hasText: TOPIC }).waitFor();
    await quiz.locator('.count').filter({ hasText: 'Question 2 of 7' }).waitFor();
  });

  it('shows bank text that looks like HTML or script as text, and runs none of it', async () => {
    const { page } = wb;
    await startTopic(page, 'E2E: injection attempt');
    const quiz = quizFrame(page);
    const stem = await stemText(quiz);
    assert.ok(stem.includes('<img src=x onerror="document.body.dataset.pwned=\'img\'">'), stem);
    assert.ok(stem.includes("<script>document.body.dataset.pwned='script'</script>"), stem);
    assert.equal(await quiz.locator('.stem img, .stem script, .choice img, .choice b').count(), 0);
    await quiz.locator('label.choice', { hasText: '<b>Bold?</b> No, it is text' }).click();
    await quiz.locator('#submit').click();
    await quiz.locator('.feedback').waitFor();
    assert.match((await quiz.locator('.feedback .explanation').textContent()) ?? '', /<script>document\.body\.dataset\.pwned='explanation'<\/script>/);
    assert.equal(await quiz.locator('body').evaluate((b) => (b as unknown as { dataset: Record<string, string | undefined> }).dataset.pwned ?? 'clean'), 'clean');
    await shot(page, '27-injection-shown-as-text');
  });

  it('opens a looked-up term\'s card in the panel, without a modal dialog', async () => {
    const { page } = wb;
    // Once in a while the picker opens inert (focus still moving back from the webview): then it is closed and opened again.
    for (let attempt = 1; ; attempt++) {
      await runCommand(page, 'SageMaker Study: Look Up Term…', page.locator('.quick-input-widget .quick-input-title', { hasText: 'Look up a SageMaker or AWS ML term' }));
      const filled = await page.locator('.quick-input-widget input').fill('Model Registry', { timeout: 10_000 }).then(() => true, () => false);
      if (filled) break;
      if (attempt >= 3) throw new Error('the Look Up Term picker never took typing');
      await page.keyboard.press('Escape');
    }
    // Read the row only once the filter has applied: before that, the first row is another term.
    const row = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: /Model Registry/i }) }).first();
    await row.waitFor({ timeout: 15_000 });
    const name = ((await row.locator('.label-name').first().textContent()) ?? '').trim();
    await row.click();
    const quiz = quizFrame(page);
    await quiz.locator('#term-card', { hasText: name }).waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'no modal dialog');
    assert.match((await quiz.locator('#term-card').textContent()) ?? '', /Exam tip:.*Quiz me/s);
    await shot(page, '40-term-card-from-lookup');
    await quiz.locator('#term-card .close').click();
    await quiz.locator('#term-card').waitFor({ state: 'detached' });
  });

  it('follows the light and high-contrast themes with VS Code colours', async () => {
    const { page } = wb;
    await startTopic(page, TOPIC);
    const quiz = quizFrame(page);
    const colours = async () => quiz.locator('body').evaluate((b) => {
      const style = getComputedStyle(b as unknown as Element);
      return `${style.backgroundColor} ${style.color}`;
    });
    const dark = await colours();
    for (const [theme, shotName] of [['Light Modern', '28-theme-light'], ['Dark High Contrast', '29-theme-high-contrast']]) {
      await chooseColorTheme(page, theme);
      let now = dark;
      for (let i = 0; i < 50 && now === dark; i++) {
        await page.waitForTimeout(100);
        now = await colours();
      }
      assert.notEqual(now, dark, `${theme} changes the panel's colours`);
      await shot(page, shotName);
    }

  });
});
