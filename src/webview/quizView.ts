// A quiz round: the buttons under a question, submitting the learner's choice, the summary with
// what was missed and the next steps, and the empty screen.
import type { PausedRoundView, ScheduleView } from '../shared/protocol';
import type { AnswerPayload, FeedbackView, FlashcardRating, QuestionView, SummaryView } from '../shared/views';
import { button, el, icon } from './dom';
import { answerOf, attempt, notify, send, ui } from './state';
import { studyStrings, undoKeys } from './studyStrings';

export function renderQuizActions(q: QuestionView, fb?: FeedbackView): HTMLElement {
  const bar = el('div', { class: 'actions' });
  if (q.type === 'flashcard') {
    if (!fb) {
      bar.append(button('Reveal', 'eye', () => send({ type: 'reveal', questionId: q.id, attempt: attempt() }), { class: 'primary', id: 'reveal' }));
      bar.append(button('Skip', 'debug-step-over', () => send({ type: 'skip', attempt: attempt() }), { class: 'secondary' }));
    } else {
      const ratings: [FlashcardRating, string][] = [['again', 'Again'], ['hard', 'Hard'], ['good', 'Good'], ['easy', 'Easy']];
      const intervals = schedule()?.intervals;
      ratings.forEach(([rating, label], i) => {
        const b = button(`${label} (${i + 1})`, 'circle-filled', () => submit({ type: 'flashcard', rating }), { class: `rating${rating === 'good' ? ' primary' : ''}`, 'data-rating': rating });
        // When the card comes back after this rating, as Anki shows it: "<10m", "3d".
        if (intervals) b.append(el('span', { class: 'interval', title: studyStrings.intervalTitle(intervals[rating]) }, intervals[rating]));
        bar.append(b);
      });
    }
  } else if (fb) {
    bar.append(button('Next', 'arrow-right', () => send({ type: 'next', attempt: attempt() }), { class: 'primary', id: 'next' }));
    const next = schedule()?.nextReview;
    if (next) bar.append(el('span', { class: 'next-review', title: new Date(next.at).toLocaleString() }, icon('calendar'), ` ${studyStrings.nextReview} ${next.label}`));
  } else {
    bar.append(button('Submit', 'check', () => submitDraft(q), { class: 'primary', id: 'submit', ...(ui.notice ? { 'aria-describedby': 'notice' } : {}) }));
    bar.append(button('Skip', 'debug-step-over', () => send({ type: 'skip', attempt: attempt() }), { class: 'secondary' }));
  }
  bar.append(button('Flag', 'bookmark', () => send({ type: 'flag' }), { class: 'secondary', 'aria-pressed': String(isFlagged()) }));
  if (canUndo()) bar.append(undoButton());
  bar.append(el('span', { class: 'shortcuts-hint' }, 'Press ? for shortcuts'));
  const wrap = el('div', { class: 'action-area' }, bar);
  if (ui.notice && !fb) wrap.append(el('p', { class: 'notice', id: 'notice' }, icon('info'), ' ', ui.notice));
  return wrap;
}

function schedule(): ScheduleView | undefined {
  const c = ui.current;
  return c?.type === 'feedback' ? c.schedule : undefined;
}

function canUndo(): boolean {
  const c = ui.current;
  return (c?.type === 'question' || c?.type === 'feedback' || c?.type === 'summary') && c.undo?.available === true;
}

/** Takes back the last answer; the host shows its question again. Ctrl+Z (Cmd+Z) does the same. */
function undoButton(): HTMLElement {
  const keys = undoKeys();
  return button(studyStrings.undo, 'discard', () => send({ type: 'undo' }), { class: 'secondary', id: 'undo', title: studyStrings.undoTitle(keys), 'aria-keyshortcuts': keys === '⌘Z' ? 'Meta+Z' : 'Control+Z' });
}

function isFlagged(): boolean {
  const c = ui.current;
  return (c?.type === 'question' || c?.type === 'feedback') && c.progress.flagged;
}

export function submit(answer: AnswerPayload): void {
  const c = ui.current;
  if (c?.type !== 'question' && c?.type !== 'feedback') return;
  send({ type: 'answer', questionId: c.question.id, attempt: attempt(), answer });
}

/** Sends the learner's choice; an incomplete one gets a visible (and announced) reason instead. */
export function submitDraft(q: QuestionView): void {
  const draft = ui.draft;
  if (!draft) return;
  if (q.type === 'single' && draft.picked.length !== 1) return notify('Pick an answer first');
  if (q.type === 'multiple' && draft.picked.length !== q.select) {
    return notify(draft.picked.length === 0 ? `Pick ${q.select} answers first` : `Pick ${q.select} answers (${draft.picked.length} picked)`);
  }
  if (q.type === 'matching' && draft.matches.some((x) => x === undefined)) return notify('Choose an answer for every prompt');
  const answer = answerOf(q, draft);
  if (answer) submit(answer);
}

/** Tells the host the choice so far, so a reload shows it again. */
export function quizDraftListener(): void {
  const c = ui.current;
  if (c?.type !== 'question' || !ui.draft) return;
  send({ type: 'draft', questionId: c.question.id, answer: answerOf(c.question, ui.draft) ?? null });
}

export function renderSummary(s: SummaryView): HTMLElement {
  const pct = s.answered === 0 ? 0 : Math.round((100 * s.correct) / s.answered);
  const root = el('article', { class: 'summary' },
    el('h1', {}, icon('graph'), ` ${s.title}: round complete`),
    el('p', { class: 'score' }, `${s.correct} of ${s.answered} right (${pct}%)`, s.skipped ? ` · ${s.skipped} skipped` : ''));
  const next = el('div', { class: 'actions next-steps' });
  if (s.missed > 0) next.append(button(`Retry the ${s.missed} I missed`, 'refresh', () => send({ type: 'retryMissed' }), { class: 'primary', id: 'retry-missed' }));
  if (s.nextTopic) next.append(button(`Next: ${s.nextTopic.title}`, 'arrow-right', () => send({ type: 'nextWeakest' }), { class: s.missed > 0 ? 'secondary' : 'primary', id: 'next-weakest', title: 'Your weakest topic' }));
  next.append(button('Back to topics', 'list-tree', () => send({ type: 'backToTopics' }), { class: 'secondary', id: 'back-to-topics' }));
  if (s.paused) next.append(resumeButton(s.paused));
  if (canUndo()) next.append(undoButton());
  root.append(next);
  if (s.missedQuestions.length > 0) {
    const list = el('ol', { class: 'missed', 'aria-label': 'Questions to look at again' });
    for (const m of s.missedQuestions) {
      list.append(el('li', { 'data-question-id': m.questionId },
        el('div', { class: 'missed-head' }, icon(m.skipped ? 'debug-step-over' : 'error'), ' ', el('span', { class: 'topic' }, m.topicTitle), m.skipped ? el('span', { class: 'tag' }, 'skipped') : ''),
        el('p', { class: 'missed-stem' }, m.stem),
        el('p', { class: 'key-point' }, el('strong', {}, 'Key point: '), m.keyPoint)));
    }
    root.append(el('h2', {}, s.missed === 1 ? 'The question you missed' : `The ${s.missed} questions you missed`), list);
  }
  const table = el('table', {}, el('caption', {}, 'By topic'), el('thead', {}, el('tr', {}, el('th', {}, 'Topic'), el('th', {}, 'Right'), el('th', {}, 'Answered'))));
  const tbody = el('tbody');
  for (const row of s.byTopic) tbody.append(el('tr', {}, el('td', {}, row.topicTitle), el('td', {}, String(row.correct)), el('td', {}, String(row.answered))));
  table.append(tbody);
  root.append(table);
  return root;
}

function resumeButton(p: PausedRoundView): HTMLElement {
  return button(`Resume ${p.title}, ${p.done} of ${p.total}`, 'debug-continue', () => send({ type: 'resumePaused' }), { class: 'secondary', id: 'resume-paused' });
}

export function renderEmpty(message: string, paused?: PausedRoundView): HTMLElement {
  const root = el('div', { class: 'empty' }, el('p', {}, message));
  if (paused) root.append(el('div', { class: 'actions' }, resumeButton(paused)));
  return root;
}
