// The quiz panel for keyboard and screen-reader users, in a DOM: where focus goes after each thing
// the host shows, what a choice says after answering where the screen shows a colour and an icon,
// one heading per screen, the answer sheet's cells still buttons, and overlays that give focus back.
import * as assert from 'node:assert/strict';
import { parseInlineMarkdown, parseMarkdown } from '../../src/core/markdown';
import type { ExamQuestionState } from '../../src/shared/examViews';
import type { FeedbackView, QuestionView } from '../../src/shared/views';
import { app, dom, key, loadWebview, send } from './webviewHarness';

const doc = () => dom.window.document;
const active = () => doc().activeElement as HTMLElement | null;
const progress = { index: 0, total: 3, answered: 0, flagged: false };
const q = (id: string): QuestionView => ({ id, type: 'single', topicTitle: 'Deployment', difficulty: 1, stem: parseMarkdown(`Stem of ${id}?`), choices: ['Endpoint', 'Bucket', 'Queue'].map((c) => parseInlineMarkdown(c)) });
const wrongOn = (question: QuestionView): FeedbackView => ({
  questionId: question.id, correct: false, explanation: parseMarkdown('Because.'), links: [], terms: [],
  choices: question.choices!.map((c, i) => ({ text: c, correct: i === 0, picked: i === 1, why: parseInlineMarkdown(`why ${i}`) })),
});
const exam = (index: number, flagged = false): ExamQuestionState => ({
  examCode: 'MLA-C01', examName: 'MLA', index, total: 3, question: q(`e${index}`), flagged,
  deadline: new Date(Date.now() + 3_600_000).toISOString(), now: new Date().toISOString(),
  sheet: [0, 1, 2].map((i) => ({ index: i, domain: 1, answered: i === 0, flagged: i === index && flagged })),
  domainTitles: { 1: 'Data' },
});

describe('quiz panel for the keyboard and screen readers (issue 17, accessibility)', () => {
  before(() => loadWebview());
  // Leaves no exam clock ticking (it would keep mocha's process alive).
  after(() => send({ type: 'empty', message: 'Done.' }));

  it('puts focus on the stem of a new question, and on the feedback after answering', () => {
    send({ type: 'question', title: 'Deployment', attempt: 0, progress, question: q('a1') });
    assert.ok(active()?.classList.contains('stem'), `focus on the stem, not ${active()?.tagName}`);
    assert.equal(active()?.getAttribute('tabindex'), '-1', 'reachable by script, not a Tab stop');
    send({ type: 'feedback', title: 'Deployment', attempt: 0, progress, question: q('a1'), feedback: wrongOn(q('a1')) });
    assert.equal(active()?.id, 'feedback');
    assert.equal(active()?.getAttribute('aria-labelledby'), 'feedback-title');
    assert.equal(doc().getElementById('feedback-title')?.textContent?.trim(), 'Not quite');
  });

  it('keeps focus on the Flag button when the flag comes back from the host', () => {
    (doc().getElementById('flag') as HTMLElement).focus();
    send({ type: 'flagged', flagged: true });
    assert.equal(active()?.id, 'flag');
    assert.equal(active()?.getAttribute('aria-pressed'), 'true');
  });

  it('says which choice was picked and which was right, where the screen shows colour and icons', () => {
    // What the label gives a screen reader: its text without what is hidden from it.
    const spoken = (l: Element) => {
      const copy = l.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((h) => h.remove());
      return [...copy.querySelectorAll('.text, .visually-hidden, .why')].map((p) => p.textContent?.trim()).join(' | ');
    };
    assert.deepEqual([...app().querySelectorAll('label.choice')].map(spoken), ['Endpoint | Right answer, not picked. | why 0', 'Bucket | Your answer, wrong. | why 1', 'Queue | why 2']);
    // The digit is a visual hint; the shortcut is stated as aria-keyshortcuts.
    assert.ok([...app().querySelectorAll('.choice .key')].every((k) => k.getAttribute('aria-hidden') === 'true'));
    assert.deepEqual([...app().querySelectorAll('.choice input')].map((i) => i.getAttribute('aria-keyshortcuts')), ['1', '2', '3']);
  });

  it('has one h1 per screen: the question\'s title', () => {
    assert.deepEqual([...app().querySelectorAll('h1')].map((h) => h.textContent), ['Deployment']);
  });

  it('announces the score and focuses the heading when a round ends', async () => {
    send({ type: 'summary', summary: { title: 'Deployment', answered: 2, correct: 1, skipped: 1, total: 3, missed: 2, missedQuestions: [], byTopic: [] } });
    assert.equal(active()?.tagName, 'H1');
    await new Promise((r) => setTimeout(r, 60));
    assert.equal(doc().getElementById('announcer')?.textContent, 'Deployment: round complete. 1 of 2 right (50%) · 1 skipped');
  });

  it('in an exam: the stem of each new question, the same button after a flag, the heading of the result', () => {
    send({ type: 'examQuestion', exam: exam(0) });
    assert.ok(active()?.classList.contains('stem'));
    (doc().getElementById('exam-flag') as HTMLElement).focus();
    send({ type: 'examQuestion', exam: exam(0, true) });
    assert.equal(active()?.id, 'exam-flag');
    send({ type: 'examQuestion', exam: exam(1) });
    assert.ok(active()?.classList.contains('stem'), 'a new question: focus on its stem');
    assert.deepEqual([...app().querySelectorAll('h1')].map((h) => h.textContent), ['MLA-C01 exam simulation']);
  });

  it('keeps the answer sheet\'s cells buttons in a list, the current one marked', () => {
    key('a');
    const cells = [...app().querySelectorAll('.sheet ul.sheet-grid > li > button')];
    assert.equal(cells.length, 3);
    assert.ok(cells.every((c) => c.getAttribute('role') === null), 'no role that would hide the button');
    assert.equal(cells[1].getAttribute('aria-current'), 'step');
    assert.equal(active(), cells[1], 'opening the sheet focuses the current question');
    assert.equal(doc().getElementById('exam-sheet')?.getAttribute('aria-controls'), 'exam-answer-sheet');
    key('a');
  });

  it('closes the submit warning with Escape and gives focus back to Submit', () => {
    (doc().getElementById('exam-submit') as HTMLElement).click();
    const dialog = doc().getElementById('exam-confirm')!;
    assert.equal(dialog.getAttribute('role'), 'alertdialog');
    assert.equal(dialog.getAttribute('aria-modal'), null, 'not modal: the exam stays usable');
    assert.equal(active()?.id, 'exam-confirm-cancel');
    key('Escape', active()!);
    assert.equal(doc().getElementById('exam-confirm'), null);
    assert.equal(active()?.id, 'exam-submit');
  });

  it('moves focus into the shortcuts list and back to where it was on Escape', () => {
    (doc().getElementById('exam-flag') as HTMLElement).focus();
    key('?', active()!);
    assert.ok(active()?.closest('#shortcuts'), 'focus in the list');
    key('Escape', active()!);
    assert.equal(doc().getElementById('shortcuts'), null);
    assert.equal(active()?.id, 'exam-flag');
  });
});
