// The quiz panel's browser side: shows what the host sends and reports what the learner does.
// It never grades: the host holds the answer key and sends feedback after an answer.
import type { HostToWebview } from '../shared/protocol';
import type { FlashcardRating } from '../shared/views';
import { el } from './dom';
import { examDraftListener, renderExamQuestion, renderExamResult, stopTicker, toggleSheet } from './examView';
import { renderHeader, renderQuestion, toggleChoice } from './questionView';
import { renderQuizActions, renderSummary, submit, submitDraft } from './quizView';
import { announce, app, newDraft, savedDraft, saveState, send, ui } from './state';

window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
  const m = event.data;
  if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
  if (m.type === 'flagged') {
    const c = ui.current;
    if (c && (c.type === 'question' || c.type === 'feedback')) c.progress.flagged = m.flagged;
    announce(m.flagged ? 'Flagged for review' : 'Flag removed');
  } else {
    ui.current = m;
  }
  if (m.type === 'question') {
    const saved = savedDraft();
    ui.draft = saved?.questionId === m.question.id ? saved : newDraft(m.question);
  }
  if (m.type === 'examQuestion') ui.draft = newDraft(m.exam.question, m.exam.answer);
  // Only a running exam reports every change of choice to the host.
  ui.onDraftChange = m.type === 'examQuestion' ? examDraftListener : undefined;
  if (m.type !== 'examQuestion') stopTicker();
  if (m.type === 'feedback') announce(m.feedback.correct === undefined ? 'Answer revealed' : m.feedback.correct ? 'Correct' : 'Incorrect');
  if (m.type === 'examResult') announce(`Exam submitted. Estimated score ${m.result.scaled}.`);
  saveState();
  render();
});

function render(): void {
  const m = ui.current;
  app.replaceChildren();
  if (!m) return;
  if (m.type === 'empty') app.append(el('p', { class: 'empty' }, m.message));
  else if (m.type === 'summary') app.append(renderSummary(m.summary));
  else if (m.type === 'question') app.append(renderQuestion(m.question, { header: renderHeader(m.title, m.question, m.progress), actions: renderQuizActions(m.question) }));
  else if (m.type === 'feedback') app.append(renderQuestion(m.question, { header: renderHeader(m.title, m.question, m.progress), actions: renderQuizActions(m.question, m.feedback) }, m.feedback));
  else if (m.type === 'examQuestion') app.append(renderExamQuestion(m.exam));
  else if (m.type === 'examResult') app.append(renderExamResult(m));
}
ui.render = render;

function showShortcuts(): void {
  const existing = document.getElementById('shortcuts');
  if (existing) {
    existing.remove();
    return;
  }
  const exam = ui.current?.type === 'examQuestion';
  const rows: [string, string][] = exam
    ? [['1-9', 'pick a choice'], ['Enter or N', 'next question'], ['P', 'previous question'], ['F', 'flag for review'], ['A', 'answer sheet'], ['Alt+↑/↓', 'move an ordering step'], ['?', 'show or hide this list']]
    : [['1-9', 'pick a choice'], ['Enter', 'submit, then next'], ['F', 'flag for review'], ['S', 'skip'], ['Alt+↑/↓', 'move an ordering step'], ['?', 'show or hide this list']];
  const dl = el('dl', {});
  for (const [k, v] of rows) dl.append(el('dt', {}, el('kbd', {}, k)), el('dd', {}, v));
  app.prepend(el('aside', { id: 'shortcuts', role: 'dialog', 'aria-label': 'Keyboard shortcuts' }, el('h2', {}, 'Keyboard shortcuts'), dl));
}

document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  if (target.tagName === 'SELECT' || e.ctrlKey || e.metaKey || e.altKey) return;
  const m = ui.current;
  if (e.key === '?') return showShortcuts();
  if (m?.type === 'examQuestion') {
    const { exam } = m;
    const q = exam.question;
    if (/^[1-9]$/.test(e.key) && (q.type === 'single' || q.type === 'multiple')) {
      const i = Number(e.key) - 1;
      if (i < (q.choices?.length ?? 0)) toggleChoice(i, q.type === 'multiple');
    } else if (e.key === 'f' || e.key === 'F') send({ type: 'examFlag', index: exam.index });
    else if (e.key === 'a' || e.key === 'A') toggleSheet();
    else if ((e.key === 'p' || e.key === 'P') && exam.index > 0) send({ type: 'examGo', index: exam.index - 1 });
    else if ((e.key === 'n' || e.key === 'N' || (e.key === 'Enter' && target.tagName !== 'BUTTON')) && exam.index < exam.total - 1) {
      e.preventDefault();
      send({ type: 'examGo', index: exam.index + 1 });
    }
    return;
  }
  if (!m || (m.type !== 'question' && m.type !== 'feedback')) return;
  const q = m.question;
  if (e.key === 'f' || e.key === 'F') return send({ type: 'flag' });
  if (m.type === 'question') {
    if (/^[1-9]$/.test(e.key) && (q.type === 'single' || q.type === 'multiple')) {
      const i = Number(e.key) - 1;
      if (i < (q.choices?.length ?? 0)) toggleChoice(i, q.type === 'multiple');
      return;
    }
    if (e.key === 's' || e.key === 'S') return send({ type: 'skip' });
    if (e.key === 'Enter' && target.tagName !== 'BUTTON') {
      e.preventDefault();
      if (q.type === 'flashcard') send({ type: 'reveal', questionId: q.id });
      else submitDraft(q);
    }
  } else {
    if (q.type === 'flashcard' && /^[1-4]$/.test(e.key)) {
      const ratings: FlashcardRating[] = ['again', 'hard', 'good', 'easy'];
      return submit({ type: 'flashcard', rating: ratings[Number(e.key) - 1] });
    }
    if (e.key === 'Enter' && target.tagName !== 'BUTTON' && q.type !== 'flashcard') {
      e.preventDefault();
      send({ type: 'next' });
    }
  }
});

send({ type: 'ready' });
