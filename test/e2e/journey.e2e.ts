// A newcomer's first hour (issue 11), as they take it: install the .vsix into a fresh profile, open
// the walkthrough, choose an exam, answer a topic right and then wrong (the tree's mastery goes down),
// a Quick Quiz of five, a short practice exam, a reset of everything, and a reload mid-question.
// Screenshots at each step: test-output/e2e/journey-*.png.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { compileCatalog } from '../../src/core/bank/compile';
import { CatalogIndex } from '../../src/core/catalog/catalogIndex';
import { mdToPlainText } from '../../src/core/mdTree';
// @ts-expect-error plain ES modules of the test rig
import { launchBrowser } from '../../scripts/rig/browser.mjs';
// @ts-expect-error plain ES modules of the test rig
import { installExtension, startCodeServer } from '../../scripts/rig/codeServer.mjs';
import { quizFrame, ROOT, runCommand, shot } from './workbench';

// The test knows the answer key (the webview never does): it reads the shipped banks itself.
const dir = join(ROOT, 'questions');
const index = new CatalogIndex(compileCatalog(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `questions/${f}`, text: readFileSync(join(dir, f), 'utf8') }))).catalog);
// The first MLA-C01 domain 1 topic whose questions the test can answer by choice.
const TOPIC = index.topicsOf('MLA-C01', 1).find((t) => index.questionsOfTopic(t.id).every((q) => (q.type === 'single' || q.type === 'multiple') && !q.case))!;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower-case words, so text from the DOM (paragraphs run together, term marks) and from the bank compare. */
const words = (s: string) => s.toLowerCase().split(/[^a-z0-9_%]+/).filter(Boolean);

/** The candidate whose words best cover the shown text. */
function bestMatch<T>(shown: string, candidates: readonly T[], text: (c: T) => string): T {
  const seen = new Set(words(shown.replace(/([a-z])([A-Z])/g, '$1 $2')).concat(words(shown)));
  let best: T | undefined;
  let bestScore = -1;
  for (const c of candidates) {
    const w = words(text(c));
    const score = w.filter((x) => seen.has(x)).length / Math.max(1, w.length);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  assert.ok(best !== undefined && bestScore > 0.8, `a question or choice matches "${shown.slice(0, 60)}…"`);
  return best;
}

/** Answers the current quiz-panel question right or wrong, by mouse; returns its id. */
async function answer(quiz: FrameLocator, want: 'right' | 'wrong'): Promise<string> {
  const stem = (await quiz.locator('.stem').first().innerText()) ?? '';
  const q = bestMatch(stem, index.questionsOfTopic(TOPIC.id), (x) => mdToPlainText(x.stem));
  assert.ok(q.type === 'single' || q.type === 'multiple');
  const labels = await quiz.locator('label.choice .text').allInnerTexts();
  const isRight = labels.map((l) => bestMatch(l, q.choices, (c) => mdToPlainText(c.text)).correct);
  const right = isRight.map((r, i) => (r ? i : -1)).filter((i) => i >= 0);
  const wrong = isRight.map((r, i) => (r ? -1 : i)).filter((i) => i >= 0);
  const n = q.type === 'multiple' ? q.select : 1;
  const pick = want === 'right' ? right.slice(0, n) : [wrong[0], ...right].slice(0, n);
  for (const i of pick) await quiz.locator('label.choice').nth(i).click();
  await quiz.locator('#submit').click();
  await quiz.locator('.feedback').first().waitFor();
  assert.equal(await quiz.locator('.feedback.correct').count(), want === 'right' ? 1 : 0, `answered ${q.id} ${want}`);
  return q.id;
}

/** Runs a palette command and clicks a row of the picker it opens; again if focus moves and closes the picker. */
async function pickAfterCommand(page: Page, command: string, rowText: string): Promise<void> {
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first();
  for (let attempt = 1; ; attempt++) {
    await runCommand(page, command, row);
    if (await row.click({ timeout: 5000 }).then(() => true, () => false)) return;
    if (attempt >= 3) throw new Error(`the picker of "${command}" closed before "${rowText}" could be chosen`);
    await page.keyboard.press('Escape');
  }
}

async function masteryOf(page: Page, answered: number): Promise<number> {
  const row = page.getByRole('treeitem', { name: new RegExp(`^${esc(TOPIC.title)}, ${answered}/\\d+ answered`) }).first();
  await row.waitFor({ timeout: 20_000 });
  const label = (await row.getAttribute('aria-label')) ?? '';
  return Number(/(\d+)% mastery/.exec(label)?.[1] ?? NaN);
}

/** Opens the topic's round from the tree; a prompt about a round in progress is answered "start new". */
async function openTopic(page: Page): Promise<FrameLocator> {
  const domain = page.getByRole('treeitem', { name: /^1\. / }).first();
  if ((await domain.getAttribute('aria-expanded')) === 'false') await domain.click();
  await page.getByRole('treeitem', { name: new RegExp(`^${esc(TOPIC.title)}, `) }).first().click();
  const dialog = page.locator('.monaco-dialog-box');
  const quiz = quizFrame(page);
  const first = quiz.locator('.count', { hasText: /^Question 1 of / });
  await Promise.race([first.waitFor({ timeout: 30_000 }), dialog.waitFor({ timeout: 30_000 })]);
  if (await dialog.isVisible()) {
    await dialog.getByRole('button', { name: /start|new|restart|discard|leave/i }).first().click();
    await first.waitFor({ timeout: 30_000 });
  }
  return quiz;
}

async function statusLabel(page: Page): Promise<string> {
  const item = page.locator('.part.statusbar [aria-label^="SageMaker Study:"]').first();
  await item.waitFor({ timeout: 20_000 });
  return (await item.getAttribute('aria-label')) ?? '';
}

describe('a new learner\'s first hour', function () {
  this.timeout(900_000);
  let browser: BrowserContext | undefined;
  let server: { url: string; stop(): Promise<void> } | undefined;
  let page: Page;

  before(async function () {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const runDir = mkdtempSync(join(tmpdir(), 'sms-journey-'));
    const extensionsDir = join(runDir, 'extensions');
    mkdirSync(extensionsDir, { recursive: true });
    assert.match(installExtension(join(ROOT, 'sagemaker-study.vsix'), { runDir, extensionsDir }), /successfully installed/);
    // A short practice exam, so the journey stays within minutes.
    const started = (await startCodeServer({ runDir, extensionsDir, settings: { 'sagemakerStudy.exam.practiceQuestions': 5 } })) as { url: string; stop(): Promise<void> };
    server = started;
    browser = (await launchBrowser()) as BrowserContext;
    page = browser.pages()[0] ?? (await browser.newPage());
    const folder = join(mkdtempSync(join(tmpdir(), 'sms-journey-ws-')), 'project');
    mkdirSync(folder);
    await page.goto(`${started.url}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await shot(page, `FAILED-journey-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`).catch(() => undefined);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('opens the walkthrough and chooses an exam from it', async () => {
    // The first command of a fresh window can find the palette still loading: try again then.
    const ours = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with SageMaker Study' }).first();
    for (let attempt = 1; ; attempt++) {
      const opened = await runCommand(page, 'Welcome: Open Walkthrough...', ours).then(() => true, (err: unknown) => (attempt >= 3 ? Promise.reject(err) : false));
      if (opened) break;
      await page.keyboard.press('Escape');
    }
    await ours.click();
    const step = page.getByRole('button', { name: /Choose your exam/ }).first();
    await page.getByText('Take a 10-question placement quiz').first().waitFor({ timeout: 30_000 });
    await page.getByText('Set a daily goal and exam date').first().waitFor();
    await step.click().catch(() => undefined);
    await shot(page, 'journey-01-walkthrough');
    // The step's one action: "Choose Exam" shows only that exam's topics, and the view says a filter is on.
    await page.getByRole('button', { name: 'Choose Exam' }).first().click();
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Show the topics of' }).waitFor({ timeout: 30_000 });
    const mla = page.locator('.quick-input-list .monaco-list-row[aria-label^="MLA-C01"]').first();
    await mla.waitFor({ timeout: 30_000 });
    await mla.click();
    await page.getByRole('treeitem', { name: /^MLA-C01/ }).first().waitFor({ timeout: 60_000 });
    await page.getByText(/Showing MLA-C01 only/).first().waitFor({ timeout: 15_000 });
    assert.equal(await page.getByRole('treeitem', { name: /^AIF-C01/ }).count(), 0);
    await shot(page, 'journey-02-exam-chosen');
  });

  it('opens the tree with domains collapsed; right answers raise the topic\'s mastery and wrong ones lower it', async () => {
    // Clicking the activity bar entry of a view already shown would close the side bar.
    if (!(await page.getByRole('treeitem', { name: /^MLA-C01/ }).first().isVisible())) {
      await page.locator('.part.activitybar .action-item a[aria-label^="SageMaker Study"]').first().click();
    }
    await page.getByRole('treeitem', { name: /^MLA-C01/ }).first().waitFor({ timeout: 60_000 });
    // Domains start collapsed: the exam and its domains fit, not thirty rows.
    const domains = page.getByRole('treeitem', { name: /^\d\. / });
    await domains.first().waitFor();
    assert.equal(await domains.first().getAttribute('aria-expanded'), 'false');
    let quiz = await openTopic(page);
    const rightIds = [await answer(quiz, 'right')];
    await quiz.locator('#next').click();
    await quiz.locator('.count', { hasText: /^Question 2 of / }).waitFor();
    rightIds.push(await answer(quiz, 'right'));
    const up = await masteryOf(page, 2);
    assert.ok(up > 0, `two right answers show mastery (${up}%)`);
    await shot(page, 'journey-03-right-answers');
    // A new round of the same topic, every answer wrong, until both questions answered right before are wrong.
    quiz = await openTopic(page);
    const pending = new Set(rightIds);
    for (let i = 1; pending.size > 0 && i <= index.questionsOfTopic(TOPIC.id).length; i++) {
      pending.delete(await answer(quiz, 'wrong'));
      if (pending.size === 0) break;
      await quiz.locator('#next').click();
      await quiz.locator('.count', { hasText: new RegExp(`^Question ${i + 1} of `) }).waitFor();
    }
    assert.equal(pending.size, 0, 'the round asked the questions answered right before');
    const row = page.getByRole('treeitem', { name: new RegExp(`^${esc(TOPIC.title)}, \\d+/\\d+ answered`) }).first();
    await page.waitForFunction(
      ([sel, before]) => {
        const el = [...document.querySelectorAll(sel)].find((e) => /% mastery/.test(e.getAttribute('aria-label') ?? ''));
        const m = /(\d+)% mastery/.exec(el?.getAttribute('aria-label') ?? '');
        return m !== null && Number(m[1]) < before;
      },
      [`[role=treeitem][aria-label^="${TOPIC.title.replace(/"/g, '\\"')}, "]`, up] as const,
      { timeout: 20_000 },
    );
    const down = Number(/(\d+)% mastery/.exec((await row.getAttribute('aria-label')) ?? '')?.[1]);
    assert.ok(down < up, `wrong answers lowered mastery from ${up}% to ${down}%`);
    assert.equal(down, 0, 'questions last answered wrong count 0');
    await row.hover();
    await page.locator('.monaco-hover, .custom-hover').filter({ hasText: /chance you would still answer/ }).first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    await shot(page, 'journey-04-wrong-answers');
  });

  it('runs a Quick Quiz of five questions, readable, with plain titles', async () => {
    const title = page.locator('.quick-input-widget .quick-input-title');
    await runCommand(page, 'SageMaker Study: Quick Quiz', title.filter({ hasText: /Quick Quiz 1\/\d+/ }));
    for (let n = 1; n <= 5; n++) {
      await title.filter({ hasText: new RegExp(`Quick Quiz ${n}/5`) }).waitFor({ timeout: 15_000 });
      const heading = (await title.textContent()) ?? '';
      if (n === 1) await shot(page, 'journey-05-quick-quiz-question');
      const select = Number(/Select (\d)/.exec(heading)?.[1] ?? 0);
      if (select > 0) {
        // Marked by clicks; with enough marked, Submit is the active row and Enter grades.
        for (let i = 0; i < select; i++) await page.locator('.quick-input-list .monaco-list-row', { hasText: new RegExp(`^\\s*${'ABCDEFGH'[i]}\\. `) }).first().click();
        await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Submit' }).waitFor();
        await page.locator('.quick-input-widget input').focus();
      }
      await page.keyboard.press('Enter');
      await title.filter({ hasText: /Correct|Not quite/ }).waitFor({ timeout: 15_000 });
      assert.doesNotMatch((await title.textContent()) ?? '', /\$\(/, 'the title shows no raw icon syntax');
      if (n === 1) await shot(page, 'journey-06-quick-quiz-feedback');
      await page.keyboard.press('Enter');
    }
    await title.filter({ hasText: /Quick Quiz: \d of 5 right/ }).waitFor({ timeout: 15_000 });
    await shot(page, 'journey-07-quick-quiz-summary');
    await page.keyboard.press('Escape');
  });

  it('takes a short practice exam, through its intro when there is one', async () => {
    await pickAfterCommand(page, 'SageMaker Study: Start Exam Simulation…', 'MLA-C01 practice exam');
    const quiz = quizFrame(page);
    const start = quiz.getByRole('button', { name: /^Start/ });
    const question = quiz.locator('.exam article.question');
    // Mid-round, the panel asks before leaving the round for the exam (the round is kept to resume).
    const leave = page.locator('.monaco-dialog-box').getByRole('button', { name: 'Start New' });
    await Promise.race([question.waitFor({ timeout: 30_000 }), start.first().waitFor({ timeout: 30_000 }), leave.waitFor({ timeout: 30_000 })]);
    if (await leave.isVisible()) {
      await shot(page, 'journey-08a-leave-round-prompt');
      await leave.click();
      await Promise.race([question.waitFor({ timeout: 30_000 }), start.first().waitFor({ timeout: 30_000 })]);
    }
    if (await start.first().isVisible()) {
      await shot(page, 'journey-08-exam-intro');
      await start.first().click();
    }
    await question.waitFor({ timeout: 30_000 });
    for (let i = 1; i <= 5; i++) {
      await quiz.locator('.count', { hasText: `Question ${i} of 5` }).waitFor();
      if (await quiz.locator('label.choice').count()) await quiz.locator('label.choice').first().click();
      if (i < 5) await quiz.locator('#exam-next').click();
    }
    await shot(page, 'journey-09-exam-question');
    await quiz.locator('#exam-submit').click();
    const confirm = quiz.locator('#exam-confirm-submit');
    const result = quiz.locator('.exam-result');
    await Promise.race([result.waitFor({ timeout: 15_000 }), confirm.waitFor({ timeout: 15_000 })]);
    if (await confirm.isVisible()) await confirm.click();
    await result.waitFor({ timeout: 15_000 });
    await shot(page, 'journey-10-exam-result');
  });

  it('resets all progress from a grouped picker that preselects nothing destructive; the streak goes too', async () => {
    assert.match(await statusLabel(page), /1-day study streak/);
    const titleRow = page.locator('.quick-input-widget .quick-input-title', { hasText: 'Reset progress of' });
    const focused = page.locator('.quick-input-list .monaco-list-row.focused');
    // The exam's results move focus to their heading as they settle, which can close the picker
    // before the filter is typed: open it again then.
    for (let attempt = 1; ; attempt++) {
      await runCommand(page, 'SageMaker Study: Reset Progress…', titleRow);
      await focused.first().waitFor();
      assert.match((await focused.first().textContent()) ?? '', /Keep everything/);
      if (attempt === 1) await shot(page, 'journey-11-reset-picker');
      const typed = await page.locator('.quick-input-widget input').fill('All progress', { timeout: attempt < 3 ? 5000 : 30_000 }).then(() => true, () => false);
      if (typed) break;
      if (attempt >= 3) throw new Error('the reset picker closed before the filter could be typed');
    }
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'All progress' }).first().click();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Reset' }).click();
    await page.getByRole('treeitem', { name: new RegExp(`^${esc(TOPIC.title)}, 0/\\d+ answered, 0% mastery`) }).first().waitFor({ timeout: 20_000 }).catch(async () => {
      // The topic's domain may be collapsed again; the exam row says the same.
      await page.getByRole('treeitem', { name: /^MLA-C01.*, 0\/\d+ answered, 0% mastery/ }).first().waitFor({ timeout: 20_000 });
    });
    await page.waitForFunction(() => {
      const el = document.querySelector('.part.statusbar [aria-label^="SageMaker Study:"]');
      return !!el && !/streak/.test(el.getAttribute('aria-label') ?? '');
    }, undefined, { timeout: 20_000 });
    const label = await statusLabel(page);
    assert.match(label, /^SageMaker Study: \d+ questions? due for review\. Activate to review\.$/);
    await shot(page, 'journey-12-after-reset');
  });

  it('reloads mid-question and finds the question again', async () => {
    const quiz = await openTopic(page);
    await answer(quiz, 'right');
    await quiz.locator('#next').click();
    await quiz.locator('.count', { hasText: /^Question 2 of / }).waitFor();
    await quiz.locator('label.choice').first().click();
    const stem = await quiz.locator('.stem').first().innerText();
    await runCommand(page, 'Developer: Reload Window');
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    const restored = quizFrame(page);
    await restored.locator('.count', { hasText: /^Question 2 of / }).waitFor({ timeout: 90_000 });
    assert.equal(await restored.locator('.stem').first().innerText(), stem);
    // The exam chosen in the walkthrough is still the one shown.
    await page.getByText(/Showing MLA-C01 only/).first().waitFor({ timeout: 30_000 });
    await shot(page, 'journey-13-reloaded-mid-question');
  });
});
