// The question tools in the quiz webview (issue 17): Report and Suspend under the feedback and in
// the exam review send messages the host accepts; a cram round shows its banner; none of it shows
// before the learner answers.
import * as assert from 'node:assert/strict';
import { parseInlineMarkdown, parseMarkdown } from '../../src/core/markdown';
import { parseWebviewMessage } from '../../src/shared/protocol';
import { app, loadWebview, posted, send } from './webviewHarness';

const question = { id: 'q-tools', type: 'single' as const, topicTitle: 'Topic', difficulty: 1 as const, stem: parseMarkdown('Pick one'), choices: [parseInlineMarkdown('A'), parseInlineMarkdown('B')] };
const progress = { index: 0, total: 2, answered: 0, flagged: false };

describe('webview question tools', () => {
  before(() => loadWebview());

  it('shows the cram banner on the question and no tools before the answer', () => {
    send({ type: 'question', title: 'Cram · x', attempt: 0, progress, question, modeNote: 'Cram — your schedule is not changed' });
    assert.equal(app().querySelector('.mode-note')?.textContent?.trim(), 'Cram — your schedule is not changed');
    assert.equal(app().querySelector('.question-tools'), null);
    send({ type: 'question', title: 'Normal', attempt: 0, progress, question });
    assert.equal(app().querySelector('.mode-note'), null, 'a normal round has no banner');
  });

  it('reports or suspends the question on screen from its feedback', () => {
    send({
      type: 'feedback', title: 'Cram · x', attempt: 0, progress: { ...progress, answered: 1 }, question, modeNote: 'Cram — your schedule is not changed',
      feedback: { questionId: 'q-tools', correct: true, explanation: parseMarkdown('Because.'), links: [], terms: [], choices: [{ text: parseInlineMarkdown('A'), correct: true, picked: true, why: parseInlineMarkdown('Yes') }, { text: parseInlineMarkdown('B'), correct: false, picked: false, why: parseInlineMarkdown('No') }] },
    });
    assert.ok(app().querySelector('.mode-note'));
    (app().querySelector('.report-question') as HTMLButtonElement).click();
    assert.deepEqual(posted.at(-1), { type: 'reportQuestion', questionId: 'q-tools' });
    (app().querySelector('.suspend-question') as HTMLButtonElement).click();
    assert.deepEqual(posted.at(-1), { type: 'suspendQuestion', questionId: 'q-tools' });
    for (const m of posted.slice(-2)) assert.deepEqual(parseWebviewMessage(m), m, 'the host accepts it as sent');
  });

  it('shows the cram note on the summary', () => {
    send({ type: 'summary', summary: { title: 'Cram · x', cram: true, modeNote: 'Cram round: your schedule was not changed.', answered: 2, correct: 1, skipped: 0, total: 2, byTopic: [], missed: 1, missedQuestions: [] } });
    assert.equal(app().querySelector('.mode-note')?.textContent?.trim(), 'Cram round: your schedule was not changed.');
  });

  it('the host refuses a report or suspension without a usable id', () => {
    for (const bad of [{ type: 'reportQuestion' }, { type: 'suspendQuestion', questionId: '' }, { type: 'reportQuestion', questionId: 'x'.repeat(201) }, { type: 'suspendQuestion', questionId: 7 }]) {
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad).slice(0, 60));
    }
    assert.deepEqual(parseWebviewMessage({ type: 'suspendQuestion', questionId: 'q', extra: '<script>' }), { type: 'suspendQuestion', questionId: 'q' });
  });
});
