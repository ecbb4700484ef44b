// The quiz panel's screens in a DOM (issue 11): visible messages on an empty submit, the choice
// restored after a reload, Escape, term cards, the round summary, the exam intro, answer sheet,
// review and history.
import * as assert from 'node:assert/strict';
import { parseInlineMarkdown, parseMarkdown } from '../../src/core/markdown';
import type { ExamQuestionState, ExamResultView } from '../../src/shared/examViews';
import type { QuestionView, TermView } from '../../src/shared/views';
import { app, dom, key, loadWebview, posted, send } from './webviewHarness';

const progress = { index: 0, total: 2, answered: 0, flagged: false };
const single: QuestionView = { id: 'q1', type: 'single', topicTitle: 'Deployment', difficulty: 1, stem: parseMarkdown('Which hosts models?'), choices: [parseInlineMarkdown('Endpoint'), parseInlineMarkdown('Bucket'), parseInlineMarkdown('Queue')] };
const matching: QuestionView = { id: 'q3', type: 'matching', topicTitle: 'T', difficulty: 1, stem: parseMarkdown('Match'), prompts: [parseInlineMarkdown('p1'), parseInlineMarkdown('p2')], answers: [parseInlineMarkdown('x'), parseInlineMarkdown('y')] };
const endpoint: TermView = { id: 'endpoint', name: 'SageMaker endpoint', aliases: ['endpoint'], definition: 'A managed HTTPS service that hosts models for real-time inference.', tip: 'Real-time means an endpoint.', link: 'https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints.html' };
const click = (sel: string) => (dom.window.document.querySelector(sel) as HTMLElement).click();

describe('quiz panel screens (issue 11)', () => {
  before(() => loadWebview());

  it('shows "Pick an answer first" on screen when Submit is pressed with nothing picked (item 7)', () => {
    send({ type: 'question', title: 'Deployment', attempt: 4, progress, question: single });
    const before = posted.length;
    click('#submit');
    assert.equal(posted.length, before, 'nothing is sent');
    const notice = app().querySelector('#notice');
    assert.ok(notice, 'a notice is on screen');
    assert.equal(notice.textContent?.trim(), 'Pick an answer first');
    assert.equal(app().querySelector('#submit')?.getAttribute('aria-describedby'), 'notice');
    // Picking an answer clears it.
    (app().querySelectorAll('input[type=radio]')[0] as HTMLInputElement).dispatchEvent(new dom.window.Event('change'));
    assert.equal(app().querySelector('#notice'), null);
  });

  it('shows "Choose an answer for every prompt" for an incomplete matching (item 7)', () => {
    send({ type: 'question', title: 'T', attempt: 0, progress, question: matching });
    const select = app().querySelector('select') as HTMLSelectElement;
    select.value = '1';
    select.dispatchEvent(new dom.window.Event('change'));
    click('#submit');
    assert.equal(app().querySelector('#notice')?.textContent?.trim(), 'Choose an answer for every prompt');
  });

  it('shows the choice the host kept after a reload, and reports each change (item 11)', () => {
    send({ type: 'question', title: 'Deployment', attempt: 0, progress, question: single, draft: { type: 'single', choice: 2 } });
    const radios = [...app().querySelectorAll('input[type=radio]')] as HTMLInputElement[];
    assert.deepEqual(radios.map((r) => r.checked), [false, false, true]);
    radios[1].dispatchEvent(new dom.window.Event('change'));
    assert.deepEqual(posted.at(-1), { type: 'draft', questionId: 'q1', answer: { type: 'single', choice: 1 } });
  });

  it('closes the shortcuts list with Escape', () => {
    key('?');
    assert.ok(dom.window.document.getElementById('shortcuts'));
    key('Escape');
    assert.equal(dom.window.document.getElementById('shortcuts'), null);
  });

  it('shows a term\'s definition in its own tooltip and opens its card, non-modal, on click (item 6, term card)', () => {
    send({
      type: 'feedback', title: 'Deployment', attempt: 0, progress, question: single,
      feedback: { questionId: 'q1', correct: true, explanation: parseMarkdown('An endpoint serves models.'), links: [], terms: [endpoint], choices: single.choices!.map((c, i) => ({ text: c, correct: i === 0, picked: i === 0, why: parseInlineMarkdown('why') })) },
    });
    const mark = app().querySelector('.explanation abbr.term') as HTMLElement;
    assert.ok(mark);
    assert.equal(mark.getAttribute('title'), null, 'no native tooltip');
    assert.equal(mark.dataset.tip, `${endpoint.name}: ${endpoint.definition}`);
    mark.click();
    const card = dom.window.document.getElementById('term-card')!;
    assert.ok(card);
    assert.equal(card.getAttribute('aria-modal'), null);
    assert.match(card.textContent ?? '', /hosts models for real-time inference/);
    assert.match(card.textContent ?? '', /Exam tip: Real-time means an endpoint/);
    assert.ok(app().querySelector('.feedback'), 'the question stays on screen');
    click('#term-card .term-link');
    assert.deepEqual(posted.at(-1), { type: 'openLink', url: endpoint.link });
    click('#term-quiz');
    assert.deepEqual(posted.at(-1), { type: 'quizTerm', termId: 'endpoint' });
    key('Escape');
    assert.equal(dom.window.document.getElementById('term-card'), null);
  });

  it('opens the card the host sends (Glossary view, hover) over the question', () => {
    send({ type: 'question', title: 'Deployment', attempt: 0, progress, question: single });
    send({ type: 'termCard', term: { id: 'endpoint', name: 'SageMaker endpoint', category: 'SageMaker feature', aliases: ['endpoint'], definition: endpoint.definition, tip: 'Tip.', link: endpoint.link!, questions: 3 } });
    assert.match(dom.window.document.getElementById('term-card')?.textContent ?? '', /3 questions cover this term/);
    assert.ok(app().querySelector('#submit'), 'the question is still there');
    click('#term-card .close');
    assert.equal(dom.window.document.getElementById('term-card'), null);
  });

  it('lists the missed questions with their key point and offers the next steps (Rough: summary)', () => {
    send({
      type: 'summary',
      summary: {
        title: 'Data labeling', answered: 3, correct: 1, skipped: 1, total: 4, missed: 3,
        byTopic: [{ topicTitle: 'Data labeling', answered: 3, correct: 1 }],
        missedQuestions: [
          { questionId: 'a', topicTitle: 'Data labeling', stem: 'Which service labels images with a human workforce?', keyPoint: 'Ground Truth manages labeling workforces.', skipped: false },
          { questionId: 'b', topicTitle: 'Data labeling', stem: 'Which reduces labeling cost?', keyPoint: 'Active learning labels the easy items automatically.', skipped: true },
        ],
        nextTopic: { id: 't2', title: 'Feature engineering' },
        paused: { title: 'Deployment', done: 4, total: 17 },
      },
    });
    const items = [...app().querySelectorAll('.missed li')];
    assert.equal(items.length, 2);
    assert.match(items[0].textContent ?? '', /Which service labels images.*Key point: Ground Truth manages labeling workforces\./);
    assert.match(items[1].textContent ?? '', /skipped/);
    click('#retry-missed');
    assert.deepEqual(posted.at(-1), { type: 'retryMissed' });
    assert.equal(app().querySelector('#next-weakest')?.textContent, 'Next: Feature engineering');
    click('#next-weakest');
    assert.deepEqual(posted.at(-1), { type: 'nextWeakest' });
    click('#back-to-topics');
    assert.deepEqual(posted.at(-1), { type: 'backToTopics' });
    assert.equal(app().querySelector('#resume-paused')?.textContent, 'Resume Deployment, 4 of 17');
    click('#resume-paused');
    assert.deepEqual(posted.at(-1), { type: 'resumePaused' });
  });

  it('offers the round set aside on the empty screen', () => {
    send({ type: 'empty', message: 'Pick a topic.', paused: { title: 'Data labeling', done: 4, total: 17 } });
    assert.equal(app().querySelector('#resume-paused')?.textContent, 'Resume Data labeling, 4 of 17');
  });

  it('sends the attempt it was shown with every flashcard rating', () => {
    const card: QuestionView = { id: 'c1', type: 'flashcard', topicTitle: 'T', difficulty: 1, stem: parseMarkdown('Front') };
    send({ type: 'feedback', title: 'T', attempt: 7, progress, question: card, feedback: { questionId: 'c1', answer: parseMarkdown('Back'), explanation: [], links: [], terms: [] } });
    click('[data-rating="good"]');
    assert.deepEqual(posted.at(-1), { type: 'answer', questionId: 'c1', attempt: 7, answer: { type: 'flashcard', rating: 'good' } });
  });
});

describe('exam screens (issue 11, Rough: exam simulation)', () => {
  before(() => loadWebview());

  it('shows an intro with questions, time and rules, and starts only on Start', () => {
    send({ type: 'examIntro', intro: { examCode: 'MLA-C01', examName: 'Machine Learning Engineer', questions: 20, minutes: 40, passScore: 720, practice: true, domains: [{ number: 1, title: 'Data preparation', questions: 6 }, { number: 2, title: 'Model development', questions: 14 }] } });
    const text = app().textContent ?? '';
    assert.match(text, /MLA-C01 practice exam/);
    assert.match(text, /Questions20/);
    assert.match(text, /40 minutes/);
    assert.match(text, /Unanswered questions count as wrong/);
    assert.match(text, /Domain 2: Model development · 14 questions/);
    assert.equal(dom.window.document.getElementById('exam-clock'), null, 'no timer on the intro');
    click('#exam-start');
    assert.deepEqual(posted.at(-1), { type: 'examStart' });
  });

  const examState = (flagged: boolean): ExamQuestionState => ({
    examCode: 'MLA-C01', examName: 'MLA', index: 0, total: 3, question: single, flagged,
    deadline: new Date(Date.now() + 3_600_000).toISOString(), now: new Date().toISOString(),
    sheet: [{ index: 0, domain: 1, answered: true, flagged }, { index: 1, domain: 1, answered: false, flagged: false }, { index: 2, domain: 2, answered: true, flagged: false }],
    domainTitles: { 1: 'Data preparation for machine learning', 2: 'Model development' },
  });

  it('marks answered questions on the answer sheet with a dot, not a check mark', () => {
    send({ type: 'examQuestion', exam: examState(false) });
    key('a');
    const answered = app().querySelector('.sheet [data-index="2"]')!;
    assert.ok(answered.classList.contains('answered'));
    assert.equal(answered.querySelector('.codicon-pass'), null);
    assert.ok(answered.querySelector('.codicon-circle-filled'));
    assert.equal(app().querySelectorAll('.sheet .correct, .sheet .codicon-pass').length, 0);
    assert.match(app().querySelector('.sheet .legend')?.textContent ?? '', /nothing is marked right or wrong until you submit/);
    key('a');
  });

  it('keeps the exam header on one line when flagged', () => {
    send({ type: 'examQuestion', exam: examState(true) });
    const meta = app().querySelector('header .meta')!;
    assert.ok(meta.classList.contains('exam-meta'), 'the exam header uses the one-line layout (nowrap in quiz.css)');
    assert.ok(meta.querySelector('.flag'));
    assert.equal(meta.querySelector('.topic')?.getAttribute('title'), 'Domain 1: Data preparation for machine learning');
  });

  it('lists each question of the review by its topic and stem', () => {
    const fb = { questionId: 'q1', correct: false, explanation: [], links: [], terms: [], choices: single.choices!.map((c, i) => ({ text: c, correct: i === 0, picked: i === 1, why: parseInlineMarkdown('why') })) };
    const result: ExamResultView = {
      examCode: 'MLA-C01', total: 1, answered: 1, correct: 0, percent: 0, scaled: 100, passScore: 720, cutPercent: 70, passed: false, timedOut: false,
      perDomain: [{ domain: 1, title: 'Data', correct: 0, total: 1, percent: 0 }],
      questions: [{ index: 0, domain: 1, answered: true, correct: false, flagged: true, view: { ...single, stem: parseMarkdown('Which hosts models?\n\nPick one.') }, feedback: fb }],
    };
    send({ type: 'examResult', examName: 'MLA', result, history: [], domainTitles: { 1: 'Data' } });
    const summary = app().querySelector('.review-item summary')!;
    assert.equal(summary.querySelector('.review-topic')?.textContent, 'Deployment');
    assert.equal(summary.querySelector('.review-stem')?.textContent, 'Which hosts models? Pick one.');
    assert.equal(summary.querySelector('.review-status')?.textContent, 'wrong · flagged');
    // Opened, the reviewed question offers Report and Suspend for its own id (issue 17).
    const details = app().querySelector('.review-item') as HTMLDetailsElement;
    details.open = true;
    details.dispatchEvent(new dom.window.Event('toggle'));
    (details.querySelector('.report-question') as HTMLButtonElement).click();
    assert.deepEqual(posted.at(-1), { type: 'reportQuestion', questionId: single.id });
    (details.querySelector('.suspend-question') as HTMLButtonElement).click();
    assert.deepEqual(posted.at(-1), { type: 'suspendQuestion', questionId: single.id });
    click('#exam-history');
    assert.deepEqual(posted.at(-1), { type: 'examHistory' });
  });

  it('shows the exam history on its own, with a way back', () => {
    send({ type: 'examHistory', canGoBack: true, history: { exams: [{ examCode: 'AIF-C01', examName: 'AI Practitioner', passScore: 700, attempts: [{ examCode: 'AIF-C01', finishedAt: '2026-12-01T10:00:00.000Z', questionCount: 20, scaled: 745, percent: 75, passed: true }] }] } });
    assert.match(app().querySelector('caption')?.textContent ?? '', /AIF-C01 · 1 attempt · best 745/);
    click('#history-back');
    assert.deepEqual(posted.at(-1), { type: 'back' });
    send({ type: 'examHistory', canGoBack: false, history: { exams: [] } });
    assert.match(app().textContent ?? '', /No exam taken yet/);
  });
});
