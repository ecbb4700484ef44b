// The exam's screens around the questions: the intro before the timer runs, and the history of
// every attempt (also opened on its own with "Show Exam History").
import type { ExamHistoryView, ExamIntroView } from '../shared/examViews';
import { button, el, icon } from './dom';
import { send } from './state';

export function renderExamIntro(intro: ExamIntroView): HTMLElement {
  const kind = intro.practice ? 'practice exam' : 'exam simulation';
  const domains = el('ul', { class: 'intro-domains' });
  for (const d of intro.domains) domains.append(el('li', {}, `Domain ${d.number}: ${d.title}`, el('span', { class: 'muted' }, ` · ${d.questions} question${d.questions === 1 ? '' : 's'}`)));
  const rules = el('ul', { class: 'intro-rules' },
    el('li', {}, icon('watch'), ` The timer starts when you press Start and keeps running if you close the panel or reload the window. At zero the exam is submitted.`),
    el('li', {}, icon('eye-closed'), ' No feedback until you submit: you can change any answer until then.'),
    el('li', {}, icon('bookmark'), ' Flag questions to come back to; the answer sheet (A) shows what is answered and flagged.'),
    el('li', {}, icon('circle-slash'), ' Unanswered questions count as wrong.'),
    el('li', {}, icon('graph'), ` You get an estimated scaled score (pass at ${intro.passScore} of 1000), a score per domain and every question to review.`));
  return el('article', { class: 'exam-intro', 'aria-labelledby': 'exam-intro-title' },
    el('h1', { id: 'exam-intro-title', tabindex: '-1' }, icon('mortar-board'), ` ${intro.examCode} ${kind}`),
    el('p', { class: 'muted' }, intro.examName),
    el('dl', { class: 'intro-facts' },
      el('div', {}, el('dt', {}, 'Questions'), el('dd', {}, String(intro.questions))),
      el('div', {}, el('dt', {}, 'Time'), el('dd', {}, `${intro.minutes} minutes`)),
      el('div', {}, el('dt', {}, 'Pass line'), el('dd', {}, `${intro.passScore} (estimated)`))),
    el('h2', {}, 'Rules'), rules,
    el('h2', {}, 'Questions by domain'), domains,
    el('div', { class: 'actions' },
      button('Start the exam', 'play', () => send({ type: 'examStart' }), { class: 'primary', id: 'exam-start' }),
      button('Exam history', 'history', () => send({ type: 'examHistory' }), { class: 'secondary', id: 'exam-history' })));
}

export function renderExamHistory(history: ExamHistoryView, canGoBack: boolean): HTMLElement {
  const root = el('article', { class: 'exam-history' }, el('h1', { tabindex: '-1' }, icon('history'), ' Exam history'));
  if (canGoBack) root.append(el('div', { class: 'actions' }, button('Back', 'arrow-left', () => send({ type: 'back' }), { class: 'secondary', id: 'history-back' })));
  if (history.exams.length === 0) {
    root.append(el('p', { class: 'empty' }, 'No exam taken yet. Run "SageMaker Study: Start Exam Simulation…" to take one; every attempt is listed here.'));
    return root;
  }
  for (const exam of history.exams) {
    const best = Math.max(...exam.attempts.map((a) => a.scaled));
    const table = el('table', { class: 'history' },
      el('caption', {}, `${exam.examCode} · ${exam.attempts.length} attempt${exam.attempts.length === 1 ? '' : 's'} · best ${best} (pass ${exam.passScore})`),
      el('thead', {}, el('tr', {}, el('th', {}, 'Finished'), el('th', {}, 'Questions'), el('th', {}, 'Estimated score'), el('th', {}, 'Right'), el('th', {}, 'Result'))));
    const body = el('tbody');
    for (const a of exam.attempts) {
      body.append(el('tr', {}, el('td', {}, new Date(a.finishedAt).toLocaleString()), el('td', {}, String(a.questionCount)), el('td', {}, String(a.scaled)), el('td', {}, `${Math.round(a.percent)}%`), el('td', {}, a.passed ? 'pass' : 'not yet')));
    }
    table.append(body);
    root.append(el('section', { 'aria-label': exam.examName }, table));
  }
  return root;
}
