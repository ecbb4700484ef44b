// Accessibility, measured in the real VS Code: axe-core in every view of the quiz panel, the exam and
// the statistics panel, in dark, light and high-contrast themes (0 serious or critical violations);
// a question driven by the keyboard alone (focus visible, on the feedback after answering, the
// result announced); and a screen reader's view of one question kept as an aria snapshot.
// Figures: test-output/e2e/axe.json. Snapshots: test/e2e/snapshots (UPDATE_ARIA_SNAPSHOTS=1 rewrites them).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { audit, blocking, table, type AxeRun } from './axe';
import { chooseColorTheme, markShownQuestion, openSageMakerStudy, openWorkbench, pickFromCommand, newQuestion, quizFrame, ROOT, runCommand, shot, type Workbench } from './workbench';

const TOPIC = 'E2E: every question type';
const THEMES = ['Dark Modern', 'Light Modern', 'Dark High Contrast', 'Light High Contrast'];
const SNAPSHOTS = join(ROOT, 'test', 'e2e', 'snapshots');

/** The modal VS Code shows before a round in progress is left for another. */
const leavePrompt = (page: Page) => page.locator('.monaco-dialog-box').getByRole('button', { name: 'Start New' });

async function startTopic(page: Page, title: string): Promise<FrameLocator> {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    await runCommand(page, 'SageMaker Study: Start Quiz on Topic…', page.locator('.quick-input-widget .quick-input-title', { hasText: 'Start a quiz on a topic' }));
    if (await input.fill(title, { timeout: attempt < 3 ? 5000 : 30_000 }).then(() => true, () => false)) break;
    if (attempt >= 3) throw new Error('the topic picker closed before the topic could be typed');
  }
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await markShownQuestion(page);
  await page.keyboard.press('Enter');
  const quiz = quizFrame(page);
  const first = newQuestion(quiz, '.meta').filter({ has: quiz.locator('.title', { hasText: title }) }).filter({ has: quiz.locator('.count', { hasText: /^Question 1 of / }) });
  if ((await Promise.race([first.waitFor({ timeout: 30_000 }).then(() => 'question'), leavePrompt(page).waitFor({ timeout: 30_000 }).then(() => 'prompt')])) === 'prompt') {
    await leavePrompt(page).click();
    await first.waitFor({ timeout: 30_000 });
  }
  return quiz;
}

/** What has focus in the webview: its id, class, role, text, and whether an outline in the theme's focus colour shows it. */
async function focused(quiz: FrameLocator) {
  return quiz.locator('body').evaluate((body) => {
    const doc = body.ownerDocument;
    const a = doc.activeElement as HTMLElement | null;
    if (!a || a === body) return { id: '', cls: '', tag: 'BODY', role: '', text: '', outlined: false, focusColour: '', outline: '' };
    const s = getComputedStyle(a);
    // The theme's focus colour, resolved the way the browser resolves it for an outline.
    const probe = doc.createElement('i');
    probe.style.color = 'var(--vscode-focusBorder)';
    doc.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const outlined = a.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
    return { id: a.id, cls: a.className, tag: a.tagName, role: a.getAttribute('role') ?? '', text: (a.textContent ?? '').trim().slice(0, 80), outlined, focusColour, outline: s.outlineColor };
  });
}

/** Waits until the webview's active element matches (works whether or not the webview has the window's focus). */
async function activeIs(webview: FrameLocator, selector: string): Promise<void> {
  const body = webview.locator('body');
  for (let i = 0; i < 100; i++) {
    if (await body.evaluate((b, sel) => b.ownerDocument.activeElement?.matches(sel) ?? false, selector)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  const now = await body.evaluate((b) => { const a = b.ownerDocument.activeElement; return a ? `${a.tagName}#${a.id}.${a.className}` : 'nothing'; });
  throw new Error(`focus is on ${now}, not ${selector}`);
}

async function announced(quiz: FrameLocator, text: RegExp): Promise<void> {
  await quiz.locator('#announcer[role=status][aria-live=polite]').filter({ hasText: text }).waitFor({ timeout: 10_000 });
}

/** Presses Tab until the focused element matches; fails after `max` presses. Every stop must show its focus. */
async function tabTo(page: Page, quiz: FrameLocator, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(quiz);
    assert.ok(f.tag === 'BODY' || f.outlined, `focus is visible on ${f.tag}#${f.id}.${f.cls} "${f.text}"`);
    if (f.tag !== 'BODY') assert.equal(f.outline, f.focusColour, `the focus outline uses the theme's focus colour on ${f.tag}#${f.id}`);
    if (matches(f)) return;
  }
  throw new Error('Tab did not reach the element');
}

/** A screen reader's view of the question, with the choices in a fixed order (they are shuffled on screen). */
function canonical(snapshot: string): string {
  const lines = snapshot.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    const group = /^(\s*)- (radiogroup|group)\b.*:$/.exec(lines[i]);
    if (!group) continue;
    const inner = group[1].length + 2;
    const blocks: string[][] = [];
    let j = i + 1;
    while (j < lines.length && lines[j].search(/\S/) >= inner) {
      if (lines[j].search(/\S/) === inner) blocks.push([]);
      blocks[blocks.length - 1].push(lines[j]);
      j++;
    }
    out.push(...blocks.map((b) => b.join('\n')).sort());
    i = j - 1;
  }
  return `${out.join('\n')}\n`;
}

function expectSnapshot(name: string, actual: string): void {
  const file = join(SNAPSHOTS, `${name}.aria.yml`);
  if (process.env.UPDATE_ARIA_SNAPSHOTS === '1') {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.ok(existsSync(file), `${file} is missing: run with UPDATE_ARIA_SNAPSHOTS=1 once and commit it`);
  assert.equal(actual, readFileSync(file, 'utf8'), `what a screen reader meets in ${name} changed (UPDATE_ARIA_SNAPSHOTS=1 accepts the change)`);
}

describe('accessibility: axe-core in every view and theme, the keyboard alone, a screen reader', function () {
  let wb: Workbench;
  const runs: AxeRun[] = [];
  let theme = THEMES[0];

  /** Switches the colour theme and waits until the webview shows it. */
  async function useTheme(page: Page, webview: FrameLocator, next: string): Promise<void> {
    if (next === theme) return;
    const colours = () => webview.locator('body').evaluate((b) => {
      const s = getComputedStyle(b as unknown as Element);
      return `${s.backgroundColor} ${s.color}`;
    });
    const before = await colours();
    await chooseColorTheme(page, next);
    theme = next;
    for (let i = 0; i < 50 && (await colours()) === before; i++) await page.waitForTimeout(100);
    assert.notEqual(await colours(), before, `${next} reaches the webview`);
  }

  /** Audits the view as it stands in every theme, starting with the one on screen. */
  async function auditThemes(page: Page, webview: FrameLocator, view: string): Promise<void> {
    const start = THEMES.indexOf(theme);
    for (let k = 0; k < THEMES.length; k++) {
      await useTheme(page, webview, THEMES[(start + k) % THEMES.length]);
      runs.push(await audit(webview, view, theme));
    }
  }

  before(async function () {
    this.timeout(240_000);
    // This build adds the fixture bank (its own small exam included) to the catalog.
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SAGEMAKER_STUDY_EXTRA_BANKS: join(ROOT, 'test', 'fixtures', 'banks') } });
    wb = await openWorkbench();
    await openSageMakerStudy(wb.page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) await shot(wb.page, `FAILED-a11y-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`).catch(() => undefined);
  });

  after(async () => {
    await wb?.close();
  });

  it('drives a question by keyboard alone: visible focus, focus on the feedback, the result announced', async () => {
    const { page } = wb;
    const quiz = await startTopic(page, TOPIC);
    // The new question takes focus, so the keyboard starts there (no click into the panel).
    await activeIs(quiz, '.stem');
    // Tab to the choices, then arrow through them (a radio group) to the right one.
    await tabTo(page, quiz, (f) => f.tag === 'INPUT');
    for (let i = 0; i < 4; i++) {
      const label = (await quiz.locator('label.choice:has(input:focus) .text').textContent())?.trim();
      if (label === 'A real-time endpoint') break;
      await page.keyboard.press('ArrowDown');
    }
    // Arrows check the radio they reach; the first one is checked with Space.
    if ((await quiz.locator('label.choice input:checked').count()) === 0) await page.keyboard.press('Space');
    assert.equal((await quiz.locator('label.choice:has(input:checked) .text').textContent())?.trim(), 'A real-time endpoint');
    const focusedChoice = await focused(quiz);
    assert.ok(focusedChoice.outlined, 'the focused choice shows its focus');
    await shot(page, 'a11y-01-keyboard-choice');
    await page.keyboard.press('Enter');
    // The feedback takes focus and the result is announced.
    await activeIs(quiz, '.feedback');
    await announced(quiz, /^Correct$/);
    const onFeedback = await focused(quiz);
    assert.ok(onFeedback.outlined, 'the feedback shows it has focus');
    await shot(page, 'a11y-02-keyboard-feedback');
    // Flag it from the keyboard: the button stays focused and says it is pressed.
    await tabTo(page, quiz, (f) => /\bFlag\b/.test(f.text));
    await page.keyboard.press('Space');
    await announced(quiz, /^Flagged for review$/);
    await activeIs(quiz, '#flag[aria-pressed="true"]');
    // Next, from its button.
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused(quiz)).id, 'next');
    await page.keyboard.press('Enter');
    await quiz.locator('.count', { hasText: 'Question 2 of 7' }).waitFor();
    await activeIs(quiz, '.stem');
    // A multiple-choice question: Tab goes through the boxes in order, Space ticks the right ones, Enter submits.
    const want = ['Serverless Inference', 'Asynchronous Inference'];
    await tabTo(page, quiz, (f) => f.tag === 'INPUT');
    const boxes = await quiz.locator('label.choice input').count();
    for (let i = 0; i < boxes; i++) {
      if (i > 0) await page.keyboard.press('Tab');
      const label = (await quiz.locator('label.choice:has(input:focus) .text').textContent())?.trim() ?? '';
      if (want.includes(label)) await page.keyboard.press('Space');
    }
    assert.deepEqual((await quiz.locator('label.choice:has(input:checked) .text').allTextContents()).map((t) => t.trim()).sort(), [...want].sort());
    await page.keyboard.press('Enter');
    await activeIs(quiz, '.feedback');
    await announced(quiz, /^Correct$/);
    await tabTo(page, quiz, (f) => f.id === 'next');
    await page.keyboard.press('Enter');
    await quiz.locator('.count', { hasText: 'Question 3 of 7' }).waitFor();
  });

  it('reads one question the same to a screen reader before and after answering (aria snapshot)', async () => {
    const { page } = wb;
    const quiz = await startTopic(page, TOPIC);
    const question = quiz.locator('article.question');
    await activeIs(quiz, '.stem');
    expectSnapshot('question-before', canonical(await question.ariaSnapshot()));
    // A wrong answer: the snapshot then says which was picked, which was right, and why.
    await quiz.locator('label.choice', { hasText: 'A batch transform job' }).click();
    await quiz.locator('#submit').click();
    await activeIs(quiz, '.feedback');
    await announced(quiz, /^Incorrect$/);
    expectSnapshot('question-after', canonical(await question.ariaSnapshot()));
    await shot(page, 'a11y-03-screen-reader-question');
  });

  it('axe: the quiz panel\'s question, feedback and round summary', async () => {
    const { page } = wb;
    const quiz = await startTopic(page, TOPIC);
    await auditThemes(page, quiz, 'quiz: question (single)');
    await quiz.locator('label.choice').filter({ hasNotText: 'A real-time endpoint' }).first().click();
    await quiz.locator('#submit').click();
    await quiz.locator('.feedback').waitFor();
    await auditThemes(page, quiz, 'quiz: feedback (wrong)');
    await quiz.locator('#next').click();
    // The other types in the theme on screen: multiple, ordering, matching, flashcard (both sides), case study.
    for (let i = 2; i <= 7; i++) {
      await quiz.locator('.count', { hasText: `Question ${i} of 7` }).waitFor();
      const type = ((await quiz.locator('article.question').getAttribute('class')) ?? '').replace(/.*type-(\w+).*/, '$1');
      runs.push(await audit(quiz, `quiz: question ${i} (${i >= 6 ? 'case study' : type})`, theme));
      if (type === 'flashcard') {
        await quiz.locator('#reveal').click();
        await quiz.locator('.card-back').waitFor();
        runs.push(await audit(quiz, 'quiz: flashcard revealed', theme));
        await quiz.locator('button[data-rating="again"]').click();
      } else {
        await quiz.getByRole('button', { name: 'Skip' }).click();
      }
    }
    await quiz.locator('.summary').waitFor();
    await auditThemes(page, quiz, 'quiz: round summary');
    await shot(page, 'a11y-04-summary');
  });

  it('axe: the exam\'s intro, question, answer sheet, results and review, driven by keyboard', async () => {
    const { page } = wb;
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'E2E-00 full exam' }).first();
    await pickFromCommand(page, 'SageMaker Study: Start Exam Simulation…', row);
    const quiz = quizFrame(page);
    // A round still under way is kept to resume; the exam takes the panel.
    const intro = quiz.locator('.exam-intro');
    await Promise.race([intro.waitFor({ timeout: 30_000 }), leavePrompt(page).waitFor({ timeout: 30_000 })]).catch(() => undefined);
    if (await leavePrompt(page).isVisible()) await leavePrompt(page).click();
    await intro.waitFor({ timeout: 30_000 });
    runs.push(await audit(quiz, 'exam: intro', theme));
    await activeIs(quiz, '.exam-intro h1');
    await tabTo(page, quiz, (f) => f.id === 'exam-start');
    await page.keyboard.press('Enter');
    await quiz.locator('.count', { hasText: /^Question 1 of \d+$/ }).waitFor({ timeout: 30_000 });
    await activeIs(quiz, '.stem');
    await auditThemes(page, quiz, 'exam: question');
    // Flag from the keyboard (focus stays on the button), then Next.
    await tabTo(page, quiz, (f) => f.id === 'exam-flag');
    await page.keyboard.press('Enter');
    await activeIs(quiz, '#exam-flag[aria-pressed="true"]');
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused(quiz)).id, 'exam-next');
    await page.keyboard.press('Enter');
    await quiz.locator('.count', { hasText: /^Question 2 of \d+$/ }).waitFor();
    // The answer sheet: open it from its button; focus goes to the current question's cell.
    await tabTo(page, quiz, (f) => f.id === 'exam-sheet');
    await page.keyboard.press('Enter');
    await activeIs(quiz, '.sheet button.current');
    runs.push(await audit(quiz, 'exam: answer sheet', theme));
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await quiz.locator('.count', { hasText: /^Question 1 of \d+$/ }).waitFor();
    // Submit with questions unanswered: the warning takes focus.
    await tabTo(page, quiz, (f) => f.id === 'exam-submit');
    await page.keyboard.press('Enter');
    await activeIs(quiz, '#exam-confirm-cancel');
    runs.push(await audit(quiz, 'exam: submit warning', theme));
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused(quiz)).id, 'exam-confirm-submit');
    await page.keyboard.press('Enter');
    await quiz.locator('.exam-result').waitFor({ timeout: 15_000 });
    await announced(quiz, /^Exam submitted\. Estimated score \d+\.$/);
    await activeIs(quiz, '.exam-result h1');
    await auditThemes(page, quiz, 'exam: results');
    // Review: open the first question from the keyboard.
    await tabTo(page, quiz, (f) => f.tag === 'SUMMARY', 30);
    await page.keyboard.press('Enter');
    await quiz.locator('.review-item[open] .feedback').first().waitFor();
    await auditThemes(page, quiz, 'exam: review (one open)');
    await shot(page, 'a11y-05-exam-review');
    await runCommand(page, 'SageMaker Study: Show Exam History', quiz.locator('.exam-history'));
    runs.push(await audit(quiz, 'exam: history', theme));
  });

  it('axe: the statistics panel', async () => {
    const { page } = wb;
    const stats = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
    await runCommand(page, 'SageMaker Study: Show Statistics', stats.locator('main h1'));
    await stats.locator('body[data-drawn]').waitFor({ timeout: 30_000 });
    await stats.locator('section.readiness').first().waitFor();
    await auditThemes(page, stats, 'statistics');
    // Its study links are buttons the keyboard reaches.
    await stats.locator('main h1').click();
    await tabTo(page, stats, (f) => f.tag === 'BUTTON', 10);
    await shot(page, 'a11y-06-statistics');
  });

  it('axe finds a fault planted in the webview, so a clean run means something', async () => {
    const { page } = wb;
    const stats = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
    // Grey text on a grey ground (1.3:1), and an image with no text alternative.
    await stats.locator('main').evaluate((main) => {
      const p = main.ownerDocument.createElement('p');
      p.id = 'planted';
      p.textContent = 'Planted low-contrast text';
      p.style.color = '#777777';
      p.style.backgroundColor = '#888888';
      p.append(main.ownerDocument.createElement('img'));
      main.append(p);
    });
    const run = await audit(stats, 'planted faults', theme, { record: false });
    await stats.locator('#planted').evaluate((p) => p.remove());
    // The same page audited clean just before; now both faults are found, at their own impact.
    const found = run.violations.map((v) => `${v.impact} ${v.id}`);
    assert.ok(found.includes('critical image-alt') && found.includes('serious color-contrast'), found.join(', '));
  });

  it('has no serious or critical axe violations in any view or theme', function () {
    console.log(`\naxe-core, violations (rules) by impact:\n${table(runs)}\n`);
    const undecided = [...new Set(runs.flatMap((r) => r.undecided))];
    if (undecided.length) console.log(`axe could not decide (look at these by eye):\n  ${undecided.join('\n  ')}\n`);
    assert.ok(runs.length >= 20, `every view was audited (${runs.length} runs)`);
    for (const t of THEMES) assert.ok(runs.some((r) => r.theme === t), `audited in ${t}`);
    const found = runs.flatMap(blocking);
    assert.deepEqual(found, []);
  });
});
