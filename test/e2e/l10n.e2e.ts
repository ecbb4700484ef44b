// The translated UI in the real VS Code, with the display language set to Spanish: the workbench
// contributions (package.nls.es.json: view names, command titles), the host's strings (status bar,
// pickers) and the quiz and statistics webviews (strings from the host) all show in Spanish, and
// none of the panels' English strings is left on screen. Screenshots: l10n-es-*.png.
import * as assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { openWorkbench, quizFrame, runCommand, shot, type Workbench } from './workbench';

/** English strings of the quiz panel that must not show in Spanish (buttons, counters, hints). */
const ENGLISH_QUIZ = ['Submit', 'Skip', 'Flag', 'Press ? for shortcuts', 'Question 1 of', 'Reveal', 'Keyboard shortcuts', 'pick a choice'];

async function bodyText(frame: FrameLocator): Promise<string> {
  return (await frame.locator('body').innerText()).replace(/\s+/g, ' ');
}

describe('SageMaker Study in Spanish (issue 17, translations)', function () {
  let wb: Workbench;

  before(async function () {
    this.timeout(180_000);
    wb = await openWorkbench({ locale: 'es' });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) await shot(wb.page, `FAILED-l10n-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`).catch(() => undefined);
  });

  after(async () => {
    await wb?.close();
  });

  it('shows the Topics and Glossary views and the status bar in Spanish', async function () {
    this.timeout(150_000);
    const { page } = wb;
    const entry = page.locator('.activitybar .action-item a[aria-label^="SageMaker Study"]').first();
    await entry.waitFor({ timeout: 60_000 });
    await entry.click();
    // View names come from package.nls.es.json.
    await page.locator('.pane-header', { hasText: /^\s*Temas/i }).first().waitFor({ timeout: 60_000 });
    await page.locator('.pane-header', { hasText: /Glosario/i }).first().waitFor();
    await page.getByRole('treeitem', { name: /^MLA-C01/ }).first().waitFor({ timeout: 30_000 });
    // The status bar's due count, built in the core and translated through @vscode/l10n.
    await page.locator('.statusbar-item', { hasText: /\d+ pendientes/ }).first().waitFor({ timeout: 60_000 });
    // A topic's tooltip-free description counts in Spanish once something is due; the glossary's categories are translated.
    await page.getByRole('treeitem', { name: /^Funciones de SageMaker/ }).first().waitFor();
    await shot(page, 'l10n-es-topics');
  });

  it('runs a command by its Spanish title and shows the quiz panel in Spanish', async function () {
    this.timeout(150_000);
    const { page } = wb;
    await runCommand(page, 'SageMaker Study: Iniciar cuestionario sobre un tema…', page.locator('.quick-input-widget .quick-input-title', { hasText: 'Iniciar un cuestionario sobre un tema' }));
    // Topic descriptions are translated too ("MLA-C01 · dominio 1").
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /· dominio \d/ }).first().waitFor();
    await page.keyboard.press('Enter');
    const quiz = quizFrame(page);
    await quiz.locator('article.question .meta .count', { hasText: /^Pregunta 1 de \d+$/ }).waitFor({ timeout: 60_000 });
    assert.equal(await quiz.locator('html').getAttribute('lang'), 'es');
    const actions = quiz.locator('.actions');
    await actions.getByRole('button', { name: /Enviar|Mostrar/ }).first().waitFor();
    await actions.getByRole('button', { name: 'Saltar' }).waitFor();
    await actions.getByRole('button', { name: 'Marcar' }).waitFor();
    await quiz.locator('.shortcuts-hint', { hasText: 'Pulsa ? para ver los atajos' }).waitFor();
    // The shortcuts list, opened from the keyboard.
    await quiz.locator('main#app').focus();
    await page.keyboard.press('?');
    await quiz.locator('#shortcuts h2', { hasText: 'Atajos de teclado' }).waitFor();
    const text = await bodyText(quiz);
    for (const english of ENGLISH_QUIZ) assert.ok(!text.includes(english), `"${english}" is still in English in: ${text.slice(0, 400)}`);
    await shot(page, 'l10n-es-quiz');
    await page.keyboard.press('Escape');
    // The panel's tab title comes from the host.
    await page.locator('.tab', { hasText: 'Cuestionario de SageMaker Study' }).first().waitFor();
  });

  it('shows the statistics panel in Spanish', async function () {
    this.timeout(150_000);
    const { page } = wb;
    await runCommand(page, 'SageMaker Study: Mostrar estadísticas');
    const stats = quizFrame(page);
    await stats.locator('h1', { hasText: 'Estadísticas y preparación para el examen' }).waitFor({ timeout: 60_000 });
    await stats.locator('h2', { hasText: /Aún no hay nada que mostrar|¿aprobarías hoy\?/ }).first().waitFor();
    const text = await bodyText(stats);
    for (const english of ['Statistics and exam readiness', 'Nothing to show yet', 'practice exams', 'Mastery is the chance']) {
      assert.ok(!text.includes(english), `"${english}" is still in English`);
    }
    await shot(page, 'l10n-es-statistics');
  });
});
