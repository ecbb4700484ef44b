// Issue 17 in a real VS Code: "Report a problem" builds the link it would open (checked here, never
// opened), only after the learner saw the whole report; a cram round leaves progress exactly as it
// was; a question suspended from the panel leaves the round and every later one.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../src/host/commandIds';
import type { ReportUi } from '../../src/host/commands/questionCommands';
import type { ReportLink } from '../../src/core/report/questionReport';
import type { SageMakerStudyApi } from '../../src/extension';

const EXTENSION_ID = 'sagemaker-study.sagemaker-study';

async function api(): Promise<SageMakerStudyApi> {
  const ext = vscode.extensions.getExtension<SageMakerStudyApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext.isActive ? ext.exports : ext.activate();
}

interface PanelInside {
  onMessage(m: unknown): Promise<void>;
  round?: { view(): { type: string; attempt?: number; question?: { id: string; choices?: unknown[] } } };
}

/** A report UI that records what the learner would see and what would open, and opens nothing. */
function fakeUi(note: string | undefined, confirm: boolean): { ui: ReportUi; shown: ReportLink[]; opened: string[] } {
  const shown: ReportLink[] = [];
  const opened: string[] = [];
  return {
    shown,
    opened,
    ui: {
      note: async () => note,
      confirm: async (link) => {
        shown.push(link);
        return confirm;
      },
      open: async (url) => {
        opened.push(url);
        return true;
      },
    },
  };
}

describe('report a problem with a question', () => {
  let saved: ReportUi | undefined;
  before(async () => {
    saved = (await api()).reportUi.current;
  });
  after(async () => {
    (await api()).reportUi.current = saved;
  });

  it('opens the prefilled new-issue link of the project, after showing the full report', async () => {
    const { catalog, reportUi } = await api();
    const index = await catalog.load();
    const q = index.catalog.questions[0];
    const fake = fakeUi('The key says B & C #2 are right: 100% sure.\nSee the docs.', true);
    reportUi.current = fake.ui;
    await vscode.commands.executeCommand(CommandId.reportQuestion, q.id);
    assert.equal(fake.shown.length, 1, 'the report was shown first');
    assert.equal(fake.opened.length, 1);
    const url = new URL(fake.opened[0]);
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { version: string; repository: { url: string } };
    assert.equal(`${url.origin}${url.pathname}`, `${pkg.repository.url.replace(/\.git$/, '')}/issues/new`);
    const body = url.searchParams.get('body')!;
    assert.equal(body, fake.shown[0].body, 'what opens is what was shown');
    assert.ok(body.includes(`\`${q.id}\``));
    assert.match(body, /Bank file: `questions\/[a-z0-9-]+\.yaml`, line \d+/);
    assert.ok(body.includes(`Extension version: ${pkg.version}`));
    assert.ok(body.includes('The key says B & C #2 are right: 100% sure.\nSee the docs.'), 'the note arrives whole: & # % and line breaks stay in the body');
    assert.ok(fake.opened[0].length <= 8000);
  });

  it('opens nothing when the learner cancels the note or the preview', async () => {
    const { catalog, reportUi } = await api();
    const id = (await catalog.load()).catalog.questions[1].id;
    for (const fake of [fakeUi(undefined, true), fakeUi('note', false)]) {
      reportUi.current = fake.ui;
      await vscode.commands.executeCommand(CommandId.reportQuestion, id);
      assert.deepEqual(fake.opened, []);
    }
  });

  it('reports from the quiz panel only the question it shows', async () => {
    const { catalog, quiz, reportUi } = await api();
    const index = await catalog.load();
    const [a, b] = index.catalog.questions.filter((q) => q.type === 'single').slice(0, 2);
    await quiz.start('Report from the panel', [a, b]);
    const inside = (await quiz.load()) as unknown as PanelInside;
    const fake = fakeUi('from the panel', true);
    reportUi.current = fake.ui;
    await inside.onMessage({ type: 'reportQuestion', questionId: b.id });
    assert.deepEqual(fake.opened, [], 'a question not on screen is refused');
    await inside.onMessage({ type: 'reportQuestion', questionId: a.id });
    assert.equal(fake.opened.length, 1);
    assert.ok(new URL(fake.opened[0]).searchParams.get('body')!.includes(`\`${a.id}\``));
    await inside.onMessage({ type: 'skip', attempt: 0 });
    await inside.onMessage({ type: 'skip', attempt: 1 });
  });
});

describe('cram and suspension through the panel', () => {
  it('a cram round leaves cards, due dates, day counts and the review log as they were', async () => {
    const { catalog, quiz, progress } = await api();
    const index = await catalog.load();
    const qs = index.catalog.questions.filter((q) => q.type === 'single').slice(2, 4);
    await progress.record(qs[0].id, 3);
    await progress.flush();
    const cardsBefore = JSON.stringify(qs.map((q) => progress.current.cards[q.id] ?? null));
    const daysBefore = JSON.stringify(progress.current.days);
    const logBefore = (await progress.readReviews()).length;
    await quiz.start('Cram · integration', qs, { cram: true });
    const inside = (await quiz.load()) as unknown as PanelInside;
    for (let i = 0; i < qs.length; i++) {
      const v = inside.round!.view();
      assert.equal(v.type, 'question');
      await inside.onMessage({ type: 'answer', questionId: v.question!.id, attempt: v.attempt, answer: { type: 'single', choice: 0 } });
      assert.equal(inside.round!.view().type, 'feedback', 'the answer is graded');
      await inside.onMessage({ type: 'next', attempt: v.attempt });
    }
    assert.equal(inside.round!.view().type, 'summary');
    await progress.flush();
    assert.equal(JSON.stringify(qs.map((q) => progress.current.cards[q.id] ?? null)), cardsBefore);
    assert.equal(JSON.stringify(progress.current.days), daysBefore);
    assert.equal((await progress.readReviews()).length, logBefore);
  });

  it('a question suspended from the panel leaves the round and later rounds until restored', async () => {
    const { catalog, quiz, progress } = await api();
    const index = await catalog.load();
    const qs = index.catalog.questions.filter((q) => q.type === 'single').slice(4, 7);
    await quiz.start('Suspend me', qs);
    const inside = (await quiz.load()) as unknown as PanelInside;
    await inside.onMessage({ type: 'suspendQuestion', questionId: qs[0].id });
    for (let i = 0; i < 50 && inside.round?.view().question?.id === qs[0].id; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(inside.round?.view().question?.id, qs[1].id, 'the next question is on screen');
    assert.equal(progress.current.suspended[qs[0].id]?.on, true);
    // A new round over the same questions does not ask it.
    await quiz.start('Again', qs);
    assert.equal(inside.round?.view().question?.id, qs[1].id);
    await progress.setSuspended([qs[0].id], false);
    assert.equal(progress.current.suspended[qs[0].id]?.on, false);
    for (let k = 0; k < 2; k++) {
      const v = inside.round!.view();
      await inside.onMessage({ type: 'skip', attempt: v.attempt });
    }
  });
});
