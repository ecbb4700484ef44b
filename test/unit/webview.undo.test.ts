// The quiz panel's undo button, interval previews and next review in a DOM (issue 17).
import * as assert from 'node:assert/strict';
import { parseInlineMarkdown, parseMarkdown } from '../../src/core/markdown';
import type { QuestionView } from '../../src/shared/views';
import { app, dom, key, loadWebview, posted, send } from './webviewHarness';

const progress = { index: 0, total: 3, answered: 1, flagged: false };
const card: QuestionView = { id: 'c1', type: 'flashcard', topicTitle: 'T', difficulty: 1, stem: parseMarkdown('Front') };
const single: QuestionView = { id: 'q1', type: 'single', topicTitle: 'T', difficulty: 1, stem: parseMarkdown('Which hosts models?'), choices: [parseInlineMarkdown('Endpoint'), parseInlineMarkdown('Bucket')] };
const feedback = { questionId: 'q1', correct: true, explanation: parseMarkdown('Endpoints host models.'), links: [], terms: [], choices: single.choices!.map((c, i) => ({ text: c, correct: i === 0, picked: i === 0, why: parseInlineMarkdown('why') })) };
const click = (sel: string) => (app().querySelector(sel) as HTMLElement).click();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('quiz panel undo and previews (issue 17)', () => {
  before(() => loadWebview());

  it('shows when each rating brings the card back, on its button', () => {
    send({ type: 'feedback', title: 'Cards', attempt: 3, progress, question: card, feedback: { questionId: 'c1', answer: parseMarkdown('Back'), explanation: [], links: [], terms: [] }, schedule: { intervals: { again: '<1m', hard: '<6m', good: '<10m', easy: '8d' } } });
    const buttons = [...app().querySelectorAll('button[data-rating]')] as HTMLButtonElement[];
    assert.deepEqual(buttons.map((b) => b.querySelector('.interval')?.textContent), ['<1m', '<6m', '<10m', '8d']);
    assert.deepEqual(buttons.map((b) => b.textContent), ['Again (1)<1m', 'Hard (2)<6m', 'Good (3)<10m', 'Easy (4)8d']);
    // Without previews (an older host), the buttons are as before.
    send({ type: 'feedback', title: 'Cards', attempt: 3, progress, question: card, feedback: { questionId: 'c1', answer: parseMarkdown('Back'), explanation: [], links: [], terms: [] } });
    assert.equal(app().querySelectorAll('.interval').length, 0);
  });

  it('shows a graded question\'s next review after the answer, with the date in its tooltip', () => {
    send({ type: 'feedback', title: 'T', attempt: 1, progress, question: single, feedback, schedule: { nextReview: { label: '<10m', at: '2026-03-02T10:10:00.000Z' } } });
    const next = app().querySelector('.next-review') as HTMLElement;
    assert.equal(next.textContent?.trim(), 'Next review: <10m');
    assert.equal(next.title, new Date('2026-03-02T10:10:00.000Z').toLocaleString());
  });

  it('offers Undo when the host does, and sends it', () => {
    send({ type: 'feedback', title: 'T', attempt: 1, progress, question: single, feedback });
    assert.equal(app().querySelector('#undo'), null, 'no undo unless offered');
    send({ type: 'feedback', title: 'T', attempt: 1, progress, question: single, feedback, undo: { available: true } });
    const undo = app().querySelector('#undo') as HTMLButtonElement;
    assert.equal(undo.title, 'Undo the last answer (Ctrl+Z)');
    assert.equal(undo.getAttribute('aria-keyshortcuts'), 'Control+Z');
    click('#undo');
    assert.deepEqual(posted.at(-1), { type: 'undo' });
    send({ type: 'summary', summary: { title: 'T', answered: 3, correct: 2, skipped: 0, total: 3, byTopic: [], missed: 1, missedQuestions: [] }, undo: { available: true } });
    assert.ok(app().querySelector('.next-steps #undo'), 'the summary offers it too');
  });

  it('says on screen and to screen readers that the answer was taken back', async () => {
    send({ type: 'question', title: 'T', attempt: 2, progress, question: single, undo: { available: false, notice: 'Answer taken back: the question is unanswered again.' } });
    assert.equal(app().querySelector('#notice')?.textContent?.trim(), 'Answer taken back: the question is unanswered again.');
    await wait(60);
    assert.equal(dom.window.document.getElementById('announcer')?.textContent, 'Answer taken back: the question is unanswered again.');
  });

  it('lists the undo keys among the shortcuts', () => {
    send({ type: 'question', title: 'T', attempt: 2, progress, question: single });
    key('?');
    const keys = [...dom.window.document.querySelectorAll('#shortcuts kbd')].map((k) => k.textContent);
    assert.ok(keys.includes('Ctrl+Z'));
    key('Escape');
  });
});
