// A quiz round: the buttons under a question, submitting the learner's choice, and the summary.
import type { AnswerPayload, FeedbackView, FlashcardRating, QuestionView, SummaryView } from '../shared/views';
import { button, el, icon } from './dom';
import { announce, send, ui } from './state';

export function renderQuizActions(q: QuestionView, fb?: FeedbackView): HTMLElement {
  const bar = el('div', { class: 'actions' });
  if (q.type === 'flashcard') {
    if (!fb) {
      bar.append(button('Reveal', 'eye', () => send({ type: 'reveal', questionId: q.id }), { class: 'primary' }));
      bar.append(button('Skip', 'debug-step-over', () => send({ type: 'skip' }), { class: 'secondary' }));
    }
    else {
      const ratings: [FlashcardRating, string][] = [['again', 'Again'], ['hard', 'Hard'], ['good', 'Good'], ['easy', 'Easy']];
      ratings.forEach(([rating, label], i) =>
        bar.append(button(`${label} (${i + 1})`, 'circle-filled', () => submit({ type: 'flashcard', rating }), { class: rating === 'good' ? 'primary' : '', 'data-rating': rating })));
    }
  } else if (fb) {
    bar.append(button('Next', 'arrow-right', () => send({ type: 'next' }), { class: 'primary', id: 'next' }));
  } else {
    bar.append(button('Submit', 'check', () => submitDraft(q), { class: 'primary', id: 'submit' }));
    bar.append(button('Skip', 'debug-step-over', () => send({ type: 'skip' }), { class: 'secondary' }));
  }
  bar.append(button('Flag', 'bookmark', () => send({ type: 'flag' }), { class: 'secondary', 'aria-pressed': String(isFlagged()) }));
  bar.append(el('span', { class: 'shortcuts-hint' }, 'Press ? for shortcuts'));
  return bar;
}

function isFlagged(): boolean {
  const c = ui.current;
  return (c?.type === 'question' || c?.type === 'feedback') && c.progress.flagged;
}

export function submit(answer: AnswerPayload): void {
  if (!ui.draft) return;
  send({ type: 'answer', questionId: ui.draft.questionId, answer });
}

export function submitDraft(q: QuestionView): void {
  const draft = ui.draft;
  if (!draft) return;
  if (q.type === 'single') {
    if (draft.picked.length !== 1) return announce('Pick an answer first');
    submit({ type: 'single', choice: draft.picked[0] });
  } else if (q.type === 'multiple') {
    if (draft.picked.length !== q.select) return announce(`Pick ${q.select} answers`);
    submit({ type: 'multiple', choices: draft.picked });
  } else if (q.type === 'ordering') {
    submit({ type: 'ordering', order: draft.order });
  } else if (q.type === 'matching') {
    if (draft.matches.some((x) => x === undefined)) return announce('Choose an answer for every prompt');
    submit({ type: 'matching', matches: draft.matches as number[] });
  }
}

export function renderSummary(s: SummaryView): HTMLElement {
  const pct = s.answered === 0 ? 0 : Math.round((100 * s.correct) / s.answered);
  const root = el('article', { class: 'summary' },
    el('h1', {}, icon('graph'), ` ${s.title}: round complete`),
    el('p', { class: 'score' }, `${s.correct} of ${s.answered} right (${pct}%)`, s.skipped ? ` · ${s.skipped} skipped` : ''));
  const table = el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Topic'), el('th', {}, 'Right'), el('th', {}, 'Answered'))));
  const tbody = el('tbody');
  for (const row of s.byTopic) tbody.append(el('tr', {}, el('td', {}, row.topicTitle), el('td', {}, String(row.correct)), el('td', {}, String(row.answered))));
  table.append(tbody);
  root.append(table);
  if (s.missed > 0) root.append(button(`Retry the ${s.missed} I missed`, 'refresh', () => send({ type: 'retryMissed' }), { class: 'primary' }));
  return root;
}

