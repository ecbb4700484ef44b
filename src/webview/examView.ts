// The exam simulation: one question at a time with a countdown, flags and an answer sheet; no
// feedback until the whole exam is submitted; then the estimated score, domain bars and review.
import type { ExamQuestionState, HostToWebview } from '../shared/protocol';
import { button, el, icon } from './dom';
import { renderQuestionTools } from './questionTools';
import { mdText } from './markdownDom';
import { renderQuestion } from './questionView';
import { answerOf, announce, send, ui } from './state';
import { attemptsHead } from './examScreens';
import { strings } from './quizStrings';
import { fmt } from './strings';

let ticker: ReturnType<typeof setInterval> | undefined;
let submittedForTime = false;
/** The host's clock minus ours, so the countdown follows the host even if the clocks differ. */
let clockSkew = 0;

function remaining(exam: ExamQuestionState): number {
  return Date.parse(exam.deadline) - (Date.now() + clockSkew);
}

export function formatClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${h > 0 ? `${h}:` : ''}${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(sec).padStart(2, '0')}`;
}

/** Keeps the countdown moving, and submits when it reaches zero (the host submits then too). */
function startTicker(exam: ExamQuestionState): void {
  stopTicker();
  clockSkew = Date.parse(exam.now) - Date.now();
  const tick = () => {
    const left = remaining(exam);
    const clock = document.getElementById('exam-clock');
    if (clock) {
      clock.textContent = formatClock(left);
      clock.classList.toggle('low', left < 5 * 60_000);
    }
    if (left <= 0 && !submittedForTime) {
      submittedForTime = true;
      announce(strings.timeUp);
      send({ type: 'examSubmit' });
    }
  };
  tick();
  ticker = setInterval(tick, 1000);
}

export function stopTicker(): void {
  if (ticker) clearInterval(ticker);
  ticker = undefined;
}

/** Sends the learner's current choice for this question (or clears it) whenever it changes. */
export function examDraftListener(): void {
  const c = ui.current;
  if (c?.type !== 'examQuestion' || !ui.draft) return;
  send({ type: 'examAnswer', index: c.exam.index, answer: answerOf(c.exam.question, ui.draft) ?? null });
  const entry = c.exam.sheet[c.exam.index];
  entry.answered = answerOf(c.exam.question, ui.draft) !== undefined;
  c.exam.answer = answerOf(c.exam.question, ui.draft);
  const cell = document.querySelector(`.sheet [data-index="${c.exam.index}"]`);
  cell?.classList.toggle('answered', entry.answered);
}

let sheetOpen = false;

export function toggleSheet(): void {
  sheetOpen = !sheetOpen;
  ui.render();
  if (sheetOpen) (document.querySelector('.sheet button.current') as HTMLElement | null)?.focus();
}

export function renderExamQuestion(exam: ExamQuestionState): HTMLElement {
  submittedForTime = false;
  const answered = exam.sheet.filter((s) => s.answered).length;
  const bar = el('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(exam.total), 'aria-valuenow': String(answered), 'aria-label': strings.questionsAnswered });
  const fill = el('div', { class: 'progress-fill' });
  fill.style.width = `${(100 * answered) / exam.total}%`;
  bar.append(fill);
  const domain = exam.sheet[exam.index]?.domain;
  // One line whatever the state: the domain title gives way (ellipsis) to the flag and the clock.
  const domainTitle = fmt(strings.domainLine, domain, exam.domainTitles[domain] ?? '');
  const header = el('header', {},
    el('div', { class: 'meta exam-meta' },
      el('h1', { class: 'title' }, fmt(strings.examSimulationTitle, exam.examCode)),
      el('span', { class: 'count' }, fmt(strings.questionOf, exam.index + 1, exam.total)),
      el('span', { class: 'topic', title: domainTitle }, domainTitle),
      exam.flagged ? el('span', { class: 'flag' }, icon('bookmark'), ` ${strings.flagged}`) : '',
      el('span', { class: 'clock', role: 'timer', 'aria-label': strings.timeLeft }, icon('watch'), ' ', el('span', { id: 'exam-clock' }, formatClock(remaining(exam))))),
    bar);
  const actions = el('div', { class: 'actions' },
    button(strings.previous, 'arrow-left', () => send({ type: 'examGo', index: exam.index - 1 }), { class: 'secondary', id: 'exam-prev', 'aria-keyshortcuts': 'P', ...(exam.index === 0 ? { disabled: '' } : {}) }),
    exam.index < exam.total - 1
      ? button(strings.next, 'arrow-right', () => send({ type: 'examGo', index: exam.index + 1 }), { class: 'primary', id: 'exam-next', 'aria-keyshortcuts': 'N' })
      : button(strings.reviewSheet, 'list-unordered', () => toggleSheet(), { class: 'primary', id: 'exam-review' }),
    button(exam.flagged ? strings.unflag : strings.flag, 'bookmark', () => send({ type: 'examFlag', index: exam.index }), { class: 'secondary', 'aria-pressed': String(exam.flagged), id: 'exam-flag', 'aria-keyshortcuts': 'F' }),
    button(strings.answerSheet, 'list-unordered', () => toggleSheet(), { class: 'secondary', id: 'exam-sheet', 'aria-expanded': String(sheetOpen), ...(sheetOpen ? { 'aria-controls': 'exam-answer-sheet' } : {}), 'aria-keyshortcuts': 'A' }),
    button(strings.submitExam, 'check-all', () => confirmSubmit(exam), { class: 'secondary', id: 'exam-submit' }),
    el('span', { class: 'shortcuts-hint' }, strings.shortcutsHint));
  const root = el('div', { class: 'exam' });
  root.append(renderQuestion(exam.question, { header, actions }));
  if (sheetOpen) root.append(renderSheet(exam));
  startTicker(exam);
  return root;
}

function renderSheet(exam: ExamQuestionState): HTMLElement {
  const answered = exam.sheet.filter((s) => s.answered).length;
  const flagged = exam.sheet.filter((s) => s.flagged).length;
  // A list of buttons: each cell stays a button to assistive technology (a role on the button would hide that).
  const grid = el('ul', { class: 'sheet-grid' });
  for (const s of exam.sheet) {
    const state = `${s.answered ? strings.stateAnswered : strings.stateUnanswered}${s.flagged ? `, ${strings.stateFlagged}` : ''}`;
    // Answered is a filled dot, not a check mark: nothing is graded before submit.
    const b = button(String(s.index + 1), s.flagged ? 'bookmark' : s.answered ? 'circle-filled' : 'circle-large-outline', () => {
      sheetOpen = false;
      send({ type: 'examGo', index: s.index });
    }, { class: `${s.answered ? 'answered' : 'unanswered'}${s.flagged ? ' flagged' : ''}${s.index === exam.index ? ' current' : ''}`, 'data-index': String(s.index), 'aria-label': fmt(strings.sheetItem, s.index + 1, state), ...(s.index === exam.index ? { 'aria-current': 'step' } : {}) });
    grid.append(el('li', {}, b));
  }
  return el('section', { class: 'sheet', id: 'exam-answer-sheet', 'aria-labelledby': 'exam-sheet-title' },
    el('h2', { id: 'exam-sheet-title' }, icon('list-unordered'), ` ${strings.answerSheet}`),
    el('p', { class: 'legend' }, icon('circle-filled'), ` ${fmt(strings.nAnswered, answered)} · `, icon('circle-large-outline'), ` ${fmt(strings.nUnanswered, exam.total - answered)} · `, icon('bookmark'), ` ${fmt(strings.nFlagged, flagged)} · ${strings.nothingMarked}`),
    grid);
}

function confirmSubmit(exam: ExamQuestionState): void {
  const unanswered = exam.sheet.filter((s) => !s.answered).length;
  const flagged = exam.sheet.filter((s) => s.flagged).length;
  if (unanswered === 0 && flagged === 0) {
    send({ type: 'examSubmit' });
    return;
  }
  document.getElementById('exam-confirm')?.remove();
  const parts = [
    unanswered === 0 ? '' : unanswered === 1 ? strings.unansweredOne : fmt(strings.unansweredMany, unanswered),
    flagged === 0 ? '' : flagged === 1 ? strings.flaggedOne : fmt(strings.flaggedMany, flagged),
  ].filter(Boolean);
  // Not modal: the exam stays usable behind it. Escape or "Keep working" closes it and focus goes back to Submit.
  const dialog = el('div', { id: 'exam-confirm', role: 'alertdialog', 'aria-labelledby': 'exam-confirm-title', 'aria-describedby': 'exam-confirm-text' },
    el('h2', { id: 'exam-confirm-title' }, icon('warning'), ` ${strings.submitTheExam}`),
    el('p', { id: 'exam-confirm-text' }, parts.join(' ')),
    el('div', { class: 'actions' },
      button(strings.submitAnyway, 'check-all', () => send({ type: 'examSubmit' }), { class: 'primary', id: 'exam-confirm-submit' }),
      button(strings.keepWorking, 'close', () => closeConfirm(), { class: 'secondary', id: 'exam-confirm-cancel' })));
  document.getElementById('app')?.prepend(dialog);
  (dialog.querySelector('#exam-confirm-cancel') as HTMLElement).focus();
}

/** Closes the submit warning, if open, and returns focus to the Submit button; false when none was open. */
export function closeConfirm(): boolean {
  const dialog = document.getElementById('exam-confirm');
  if (!dialog) return false;
  dialog.remove();
  document.getElementById('exam-submit')?.focus();
  return true;
}

type ExamResultMessage = Extract<HostToWebview, { type: 'examResult' }>;

export function renderExamResult(m: ExamResultMessage): HTMLElement {
  stopTicker();
  const r = m.result;
  const pct = Math.round(r.percent);
  const root = el('article', { class: 'exam-result' },
    el('h1', { tabindex: '-1' }, icon(r.passed ? 'pass-filled' : 'error'), ` ${fmt(r.passed ? strings.resultPass : strings.resultNotYet, r.examCode)}`),
    el('div', { class: `score-card ${r.passed ? 'correct' : 'wrong'}` },
      el('div', { class: 'scaled' }, el('span', { class: 'big' }, String(r.scaled)), ' / 1000'),
      el('div', {}, fmt(strings.scaledLine, r.passScore)),
      el('div', { class: 'raw' }, `${fmt(strings.rawLine, r.correct, r.total, pct, r.answered)}${r.timedOut ? ` · ${strings.timeRanOut}` : ''}`),
      el('p', { class: 'estimate-note' }, fmt(strings.estimateNote, r.cutPercent))));
  const bars = el('section', { class: 'domains', 'aria-label': strings.scoreByDomain }, el('h2', {}, strings.byDomain));
  for (const d of r.perDomain) {
    const fill = el('div', { class: `bar-fill ${d.percent >= r.cutPercent ? 'good' : 'weak'}` });
    fill.style.width = `${Math.round(d.percent)}%`;
    bars.append(el('div', { class: 'domain-row' },
      el('span', { class: 'domain-title' }, `${d.domain}. ${d.title}`),
      el('div', { class: 'bar', role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(Math.round(d.percent)), 'aria-label': `${d.title}: ${Math.round(d.percent)}%` }, fill),
      el('span', { class: 'domain-score' }, `${d.correct}/${d.total} (${Math.round(d.percent)}%)`)));
  }
  root.append(bars);
  const review = el('section', { class: 'review', 'aria-label': strings.reviewEvery }, el('h2', {}, strings.reviewHeading));
  for (const q of r.questions) {
    const details = el('details', { class: `review-item ${q.correct ? 'correct' : q.answered ? 'wrong' : 'unanswered'}`, 'data-index': String(q.index) });
    const status = q.correct ? strings.statusRight : q.answered ? strings.statusWrong : strings.statusNotAnswered;
    details.append(el('summary', {},
      icon(q.correct ? 'pass' : q.answered ? 'error' : 'circle-slash'),
      el('span', { class: 'review-number' }, `${q.index + 1}.`),
      el('span', { class: 'review-topic' }, q.view.topicTitle),
      el('span', { class: 'review-stem' }, clip(mdText(q.view.stem).replace(/\s+/g, ' '), 140)),
      el('span', { class: 'review-status' }, `${status}${q.flagged ? ` · ${strings.stateFlagged}` : ''}`)));
    details.addEventListener('toggle', () => {
      if (details.open && details.childElementCount === 1) {
        const header = el('header', {}, el('div', { class: 'meta' }, el('span', { class: 'count' }, fmt(strings.questionOf, q.index + 1, r.total))));
        details.append(renderQuestion(q.view, { header }, q.feedback), renderQuestionTools(q.view.id));
      }
    }, { once: false });
    review.append(details);
  }
  root.append(review);
  root.append(el('div', { class: 'actions' },
    button(strings.retake, 'refresh', () => send({ type: 'examRetake' }), { class: 'primary', id: 'exam-retake' }),
    button(strings.allAttempts, 'history', () => send({ type: 'examHistory' }), { class: 'secondary', id: 'exam-history' })));
  if (m.history.length > 0) {
    const table = el('table', { class: 'history' }, el('caption', {}, strings.yourAttempts), attemptsHead());
    const body = el('tbody');
    for (const a of m.history) {
      body.append(el('tr', {}, el('td', {}, new Date(a.finishedAt).toLocaleString()), el('td', {}, String(a.questionCount)), el('td', {}, String(a.scaled)), el('td', {}, `${Math.round(a.percent)}%`), el('td', {}, a.passed ? strings.pass : strings.notYet)));
    }
    table.append(body);
    root.append(table);
  }
  return root;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
