// The statistics panel in the real VS Code: after some answers it shows the readiness estimate and
// every chart; it is drawn within the time the issue sets, and it reads in dark, light and high
// contrast. Screenshots go to test-output/e2e/stats-*.png.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { chooseColorTheme, openSageMakerStudy, openWorkbench, quizFrame, recordTiming, runCommand, shot, type Workbench } from './workbench';

function statsFrame(page: Page) {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
}

describe('the statistics panel', function () {
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

  it('shows what to do first before any answer', async () => {
    const { page } = wb;
    await openSageMakerStudy(page);
    const stats = statsFrame(page);
    await runCommand(page, 'SageMaker Study: Show Statistics', stats.locator('main h1'));
    await stats.getByText('Nothing to show yet').waitFor({ timeout: 30_000 });
    await shot(page, 'stats-01-empty');
    await page.keyboard.press('Control+W');
  });

  it('after a few answers, draws readiness and every chart, each with a text alternative', async () => {
    const { page } = wb;
    // Answer the first questions of a topic, one of them wrong. Domains start collapsed: open the first.
    const domain = page.getByRole('treeitem', { name: /^1\. / }).first();
    if ((await domain.getAttribute('aria-expanded')) === 'false') await domain.click();
    const topic = page.getByRole('treeitem', { name: /0\/\d+ answered/ }).filter({ hasNot: page.locator('.monaco-tl-twistie.collapsible') }).first();
    await topic.waitFor();
    await topic.click();
    const quiz = quizFrame(page);
    for (let i = 0; i < 3; i++) {
      await quiz.locator('article.question').waitFor({ timeout: 30_000 });
      const type = ((await quiz.locator('article.question').getAttribute('class')) ?? '').replace(/.*type-/, '');
      if (type === 'flashcard') {
        await quiz.getByRole('button', { name: /Reveal/ }).click();
        await quiz.getByRole('button', { name: /Good/ }).click();
        continue;
      }
      if (type === 'single' || type === 'multiple') {
        // As many choices as the question asks for ("Select 2."), from the second one every other time.
        const hint = type === 'multiple' ? await quiz.locator('.hint').textContent().catch(() => null) : null;
        const n = hint ? Number(hint.match(/\d+/)?.[0] ?? 1) : 1;
        for (let k = 0; k < n; k++) await quiz.locator('label.choice').nth(k + (i % 2)).click();
      }
      if (type === 'matching') {
        const selects = quiz.locator('select');
        for (let k = 0; k < (await selects.count()); k++) await selects.nth(k).selectOption({ index: 1 });
      }
      await quiz.locator('#submit').click();
      await quiz.locator('.feedback').waitFor();
      await quiz.locator('#next, button:has-text("Next")').first().click().catch(() => undefined);
    }
    const stats = statsFrame(page);
    const clicked = await runCommand(page, 'SageMaker Study: Show Statistics', stats.locator('main h1'));
    await stats.locator('body[data-drawn]').waitFor({ timeout: 30_000 });
    await stats.getByText(/chance to pass/).first().waitFor({ timeout: 30_000 });
    recordTiming('statsPanelOpenToDrawnMs', Date.now() - clicked);
    const text = (await stats.locator('main').textContent()) ?? '';
    assert.match(text, /MLA-C01: would you pass today\?/);
    assert.match(text, /predicted · 80% range \d+–\d+/);
    assert.match(text, /Reviews due in the next 30 days/);
    assert.match(text, /Activity over the past year/);
    const charts = stats.locator('svg.chart[role="img"]');
    const exams = await stats.locator('section.readiness').count();
    assert.ok(exams >= 2, 'MLA-C01 and AIF-C01 (and the end-to-end fixtures exam) each have a readiness section');
    assert.equal(await charts.count(), exams + 3, 'a readiness gauge per exam, the forecast, the heatmap and the card states');
    assert.equal(await stats.locator('rect.day').count(), 365);
    assert.ok((await stats.locator('table caption').count()) >= 5, 'every chart has a table');
    await shot(page, 'stats-02-dark');
  });

  it('reads in the light and high-contrast themes', async () => {
    const { page } = wb;
    const stats = statsFrame(page);
    const colours = () => stats.locator('body').evaluate((b) => {
      const s = getComputedStyle(b as unknown as Element);
      return `${s.backgroundColor} ${s.color}`;
    });
    const dark = await colours();
    for (const [theme, name] of [['Light Modern', 'stats-03-light'], ['Dark High Contrast', 'stats-04-high-contrast']]) {
      await chooseColorTheme(page, theme);
      let now = dark;
      for (let i = 0; i < 50 && now === dark; i++) {
        await page.waitForTimeout(100);
        now = await colours();
      }
      assert.notEqual(now, dark, `${theme} changes the panel's colours`);
      await shot(page, name);
    }
  });
});
