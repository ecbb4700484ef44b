// The quiz panel's host side in a real VS Code: messages go through the same entry point the
// webview uses (issue 13 finding 5: a double click rates once), a reset closes the round on screen
// (issue 11 item 10), and a term's card and the exam history open without a modal dialog.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../src/host/commandIds';
import type { SageMakerStudyApi } from '../../src/extension';

const EXTENSION_ID = 'sagemaker-study.sagemaker-study';

async function api(): Promise<SageMakerStudyApi> {
  const ext = vscode.extensions.getExtension<SageMakerStudyApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** The panel as the webview reaches it: one message at a time, through onMessage. */
interface PanelInside {
  onMessage(m: unknown): Promise<void>;
  round?: { title: string; view(): { type: string; question?: { id: string } } };
}

const quizTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'SageMaker Study Quiz');

/** Resolves with the command's result, or fails when it waits on something (a modal dialog) for long. */
async function settles<T>(p: Thenable<T>, ms = 10_000): Promise<T> {
  return Promise.race([Promise.resolve(p), new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms))]);
}

describe('quiz panel host', () => {
  it('records one review for a double click on a flashcard rating and shows the next card', async () => {
    const { quiz, progress, catalog } = await api();
    const index = await catalog.load();
    const [a, b] = index.catalog.terms.slice(-2).map((t) => index.question(`term:${t.id}`)!);
    await progress.reset([a.id, b.id]);
    await quiz.start('Double click', [a, b]);
    const inside = (await quiz.load()) as unknown as PanelInside;
    await inside.onMessage({ type: 'reveal', questionId: a.id, attempt: 0 });
    const rating = { type: 'answer', questionId: a.id, attempt: 0, answer: { type: 'flashcard', rating: 'good' } };
    await Promise.all([inside.onMessage(rating), inside.onMessage(rating)]);
    await progress.flush();
    assert.equal(progress.current.cards[a.id]?.attempts, 1);
    assert.equal(progress.current.cards[b.id], undefined, 'the next card was not rated unseen');
    const view = inside.round?.view();
    assert.equal(view?.type, 'question');
    assert.equal(view?.question?.id, b.id);
    // Finish the round, so the next test's start does not ask about it.
    await inside.onMessage({ type: 'skip', attempt: 1 });
    assert.equal(inside.round?.view().type, 'summary');
  });

  it('closes the round on screen when its progress is reset', async () => {
    const { quiz, progress, catalog } = await api();
    const index = await catalog.load();
    const card = index.question(`term:${index.catalog.terms[1].id}`)!;
    await quiz.start('Reset me', [card, index.question(`term:${index.catalog.terms[2].id}`)!]);
    const inside = (await quiz.load()) as unknown as PanelInside;
    await inside.onMessage({ type: 'reveal', questionId: card.id, attempt: 0 });
    await inside.onMessage({ type: 'answer', questionId: card.id, attempt: 0, answer: { type: 'flashcard', rating: 'again' } });
    assert.ok(inside.round, 'the round is open');
    await progress.reset([card.id]);
    for (let i = 0; i < 50 && inside.round; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(inside.round, undefined, 'the round was closed');
  });

  it('ignores messages outside the schema without changing anything', async () => {
    const { quiz, progress, catalog } = await api();
    const index = await catalog.load();
    const card = index.question(`term:${index.catalog.terms[3].id}`)!;
    await progress.reset([card.id]);
    await quiz.start('Schema', [card]);
    const inside = (await quiz.load()) as unknown as PanelInside;
    await inside.onMessage({ type: 'reveal', questionId: card.id });
    await inside.onMessage({ type: 'answer', questionId: card.id, attempt: '0', answer: { type: 'flashcard', rating: 'good' } });
    await inside.onMessage({ type: 'openLink', url: 'https://evil.example/' });
    assert.equal(progress.current.cards[card.id], undefined);
    assert.equal(inside.round?.view().type, 'question');
  });

  it('opens a term\'s card and the exam history without a modal dialog', async () => {
    const { catalog } = await api();
    const index = await catalog.load();
    await settles(vscode.commands.executeCommand(CommandId.lookUpTerm, index.catalog.terms[0].id));
    assert.ok(quizTab(), 'the panel shows the card');
    await settles(vscode.commands.executeCommand(CommandId.showExamHistory));
    assert.ok(quizTab());
  });

  it('quizzes on the term whose Glossary row was right-clicked (the view passes its node, not an id)', async () => {
    const { quiz, progress, catalog } = await api();
    const index = await catalog.load();
    const inside = (await quiz.load()) as unknown as PanelInside;
    // A round left under way would ask first (a modal): resetting its card closes it.
    const open = inside.round?.view();
    if (open?.question) await progress.reset([open.question.id]);
    for (let i = 0; i < 50 && inside.round; i++) await new Promise((r) => setTimeout(r, 20));
    const term = index.catalog.terms.find((t) => index.questionsAboutTerm(t.id).length > 0) ?? index.catalog.terms[4];
    await settles(vscode.commands.executeCommand(CommandId.quizTerm, { kind: 'term', termId: term.id }));
    assert.equal(inside.round?.title, term.name);
  });
});
