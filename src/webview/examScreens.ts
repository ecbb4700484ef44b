// The exam's screens around the questions: the intro before the timer runs, and the history of
// every attempt (also opened on its own with "Show Exam History").
import type { ExamHistoryView, ExamIntroView } from '../shared/examViews';
import { button, el, icon } from './dom';
import { send } from './state';
import { strings } from './quizStrings';
import { fmt } from './strings';

export function renderExamIntro(intro: ExamIntroView): HTMLElement {
  const domains = el('ul', { class: 'intro-domains' });
  for (const d of intro.domains) domains.append(el('li', {}, fmt(strings.domainLine, d.number, d.title), el('span', { class: 'muted' }, ` · ${d.questions === 1 ? strings.oneQuestion : fmt(strings.nQuestions, d.questions)}`)));
  const rules = el('ul', { class: 'intro-rules' },
    el('li', {}, icon('watch'), ` ${strings.ruleTimer}`),
    el('li', {}, icon('eye-closed'), ` ${strings.ruleNoFeedback}`),
    el('li', {}, icon('bookmark'), ` ${strings.ruleFlag}`),
    el('li', {}, icon('circle-slash'), ` ${strings.ruleUnanswered}`),
    el('li', {}, icon('graph'), ` ${fmt(strings.ruleScore, intro.passScore)}`));
  return el('article', { class: 'exam-intro', 'aria-labelledby': 'exam-intro-title' },
    el('h1', { id: 'exam-intro-title', tabindex: '-1' }, icon('mortar-board'), ` ${fmt(intro.practice ? strings.practiceExamTitle : strings.examSimulationTitle, intro.examCode)}`),
    el('p', { class: 'muted' }, intro.examName),
    el('dl', { class: 'intro-facts' },
      el('div', {}, el('dt', {}, strings.questions), el('dd', {}, String(intro.questions))),
      el('div', {}, el('dt', {}, strings.time), el('dd', {}, fmt(strings.nMinutes, intro.minutes))),
      el('div', {}, el('dt', {}, strings.passLine), el('dd', {}, fmt(strings.estimated, intro.passScore)))),
    el('h2', {}, strings.rules), rules,
    el('h2', {}, strings.questionsByDomain), domains,
    el('div', { class: 'actions' },
      button(strings.startExam, 'play', () => send({ type: 'examStart' }), { class: 'primary', id: 'exam-start' }),
      button(strings.examHistory, 'history', () => send({ type: 'examHistory' }), { class: 'secondary', id: 'exam-history' })));
}

export function renderExamHistory(history: ExamHistoryView, canGoBack: boolean): HTMLElement {
  const root = el('article', { class: 'exam-history' }, el('h1', { tabindex: '-1' }, icon('history'), ` ${strings.examHistory}`));
  if (canGoBack) root.append(el('div', { class: 'actions' }, button(strings.back, 'arrow-left', () => send({ type: 'back' }), { class: 'secondary', id: 'history-back' })));
  if (history.exams.length === 0) {
    root.append(el('p', { class: 'empty' }, strings.noExamYet));
    return root;
  }
  for (const exam of history.exams) {
    const best = Math.max(...exam.attempts.map((a) => a.scaled));
    const table = el('table', { class: 'history' },
      el('caption', {}, fmt(strings.historyCaption, exam.examCode, exam.attempts.length === 1 ? strings.oneAttempt : fmt(strings.nAttempts, exam.attempts.length), best, exam.passScore)),
      attemptsHead());
    const body = el('tbody');
    for (const a of exam.attempts) {
      body.append(el('tr', {}, el('td', {}, new Date(a.finishedAt).toLocaleString()), el('td', {}, String(a.questionCount)), el('td', {}, String(a.scaled)), el('td', {}, `${Math.round(a.percent)}%`), el('td', {}, a.passed ? strings.pass : strings.notYet)));
    }
    table.append(body);
    root.append(el('section', { 'aria-label': exam.examName }, table));
  }
  return root;
}

/** The head row of a table of exam attempts (here and under an exam's results). */
export function attemptsHead(): HTMLElement {
  return el('thead', {}, el('tr', {}, el('th', {}, strings.finished), el('th', {}, strings.questions), el('th', {}, strings.estimatedScore), el('th', {}, strings.right), el('th', {}, strings.result)));
}
