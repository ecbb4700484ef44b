// The quiz panel's browser side: shows what the host sends and reports what the learner does.
// It never grades: the host holds the answer key and sends feedback after an answer.
import type { HostToWebview } from '../shared/protocol';
import type { FlashcardRating } from '../shared/views';
import { renderExamHistory, renderExamIntro } from './examScreens';
import { examDraftListener, renderExamQuestion, renderExamResult, stopTicker, toggleSheet } from './examView';
import { closeShortcuts, closeTermCard, showTermCard, toggleShortcuts } from './overlays';
import { renderHeader, renderQuestion, toggleChoice } from './questionView';
import { quizDraftListener, renderEmpty, renderQuizActions, renderSummary, submit, submitDraft } from './quizView';
import { announce, app, attempt, newDraft, savedDraft, saveState, send, ui } from './state';

window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
  const m = event.data;
  if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
  if (m.type === 'termCard') {
    showTermCard(m.term);
    return;
  }
  if (m.type === 'flagged') {
    const c = ui.current;
    if (c && (c.type === 'question' || c.type === 'feedback')) c.progress.flagged = m.flagged;
    announce(m.flagged ? 'Flagged for review' : 'Flag removed');
  } else {
    ui.current = m;
    ui.notice = undefined;
  }
  // After an undo the question is back: say so on screen and to screen readers.
  if ((m.type === 'question' || m.type === 'summary' || m.type === 'feedback') && m.undo?.notice) {
    ui.notice = m.undo.notice;
    announce(m.undo.notice);
  }
  if (m.type === 'question') {
    // The host keeps the choice made so far; the webview's own state covers a host without one.
    const saved = savedDraft();
    ui.draft = m.draft ? newDraft(m.question, m.draft) : saved?.questionId === m.question.id ? saved : newDraft(m.question);
  }
  if (m.type === 'examQuestion') ui.draft = newDraft(m.exam.question, m.exam.answer);
  // A running exam reports every change of choice to the host; a quiz question keeps it for a reload.
  ui.onDraftChange = ui.current?.type === 'examQuestion' ? examDraftListener : ui.current?.type === 'question' ? quizDraftListener : undefined;
  if (m.type !== 'examQuestion' && m.type !== 'flagged') stopTicker();
  if (m.type === 'feedback') announce(m.feedback.correct === undefined ? 'Answer revealed' : m.feedback.correct ? 'Correct' : 'Incorrect');
  if (m.type === 'examResult') announce(`Exam submitted. Estimated score ${m.result.scaled}.`);
  saveState();
  render();
});

function render(): void {
  const m = ui.current;
  app.replaceChildren();
  if (!m) return;
  if (m.type === 'empty') app.append(renderEmpty(m.message, m.paused));
  else if (m.type === 'summary') app.append(renderSummary(m.summary));
  else if (m.type === 'question') app.append(renderQuestion(m.question, { header: renderHeader(m.title, m.question, m.progress), actions: renderQuizActions(m.question) }));
  else if (m.type === 'feedback') app.append(renderQuestion(m.question, { header: renderHeader(m.title, m.question, m.progress), actions: renderQuizActions(m.question, m.feedback) }, m.feedback));
  else if (m.type === 'examIntro') app.append(renderExamIntro(m.intro));
  else if (m.type === 'examQuestion') app.append(renderExamQuestion(m.exam));
  else if (m.type === 'examResult') app.append(renderExamResult(m));
  else if (m.type === 'examHistory') app.append(renderExamHistory(m.history, m.canGoBack));
}
ui.render = render;

document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  if (target.tagName === 'SELECT' || e.ctrlKey || e.metaKey || e.altKey) return;
  const m = ui.current;
  if (e.key === 'Escape') {
    if (closeShortcuts() || closeTermCard()) e.preventDefault();
    return;
  }
  if (target.closest?.('#term-card')) return;
  if (e.key === '?') return toggleShortcuts();
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
    if (e.key === 's' || e.key === 'S') return send({ type: 'skip', attempt: attempt() });
    if (e.key === 'Enter' && target.tagName !== 'BUTTON') {
      e.preventDefault();
      if (q.type === 'flashcard') send({ type: 'reveal', questionId: q.id, attempt: attempt() });
      else submitDraft(q);
    }
  } else {
    if (q.type === 'flashcard' && /^[1-4]$/.test(e.key)) {
      const ratings: FlashcardRating[] = ['again', 'hard', 'good', 'easy'];
      return submit({ type: 'flashcard', rating: ratings[Number(e.key) - 1] });
    }
    if (e.key === 'Enter' && target.tagName !== 'BUTTON' && q.type !== 'flashcard') {
      e.preventDefault();
      send({ type: 'next', attempt: attempt() });
    }
  }
});

send({ type: 'ready' });
