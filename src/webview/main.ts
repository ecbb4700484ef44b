// The quiz panel's browser side: shows what the host sends and reports what the learner does.
// It never grades: the host holds the answer key and sends feedback after an answer.
import type { HostToWebview, Progress, WebviewToHost } from '../shared/protocol';
import type { AnswerPayload, FeedbackView, FlashcardRating, QuestionView, SummaryView } from '../shared/views';
import { mdText, renderMd } from './markdownDom';
import { markTerms } from './termMarks';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
const announcer = document.getElementById('announcer') as HTMLElement;

/** What the learner has chosen so far on the current question, in display positions. */
interface Draft {
  questionId: string;
  picked: number[];
  order: number[];
  matches: (number | undefined)[];
}

let current: HostToWebview | undefined;
let draft: Draft | undefined;

const send = (m: WebviewToHost) => vscode.postMessage(m);
const openLink = (url: string) => send({ type: 'openLink', url });
const md = (doc: Parameters<typeof renderMd>[0]) => renderMd(doc, openLink);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

function icon(name: string): HTMLElement {
  return el('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

function button(label: string, iconName: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, icon(iconName), el('span', {}, label));
  b.addEventListener('click', onClick);
  return b;
}

function announce(text: string): void {
  announcer.textContent = '';
  // A fresh text node so screen readers announce a repeated message too.
  window.setTimeout(() => (announcer.textContent = text), 30);
}

function saveState(): void {
  vscode.setState({ draft });
}

window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
  const m = event.data;
  if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
  if (m.type === 'flagged') {
    if (current && (current.type === 'question' || current.type === 'feedback')) current.progress.flagged = m.flagged;
    announce(m.flagged ? 'Flagged for review' : 'Flag removed');
  } else {
    current = m;
  }
  if (m.type === 'question') {
    const saved = (vscode.getState() as { draft?: Draft } | undefined)?.draft;
    draft = saved?.questionId === m.question.id ? saved : newDraft(m.question);
  }
  if (m.type === 'feedback') announce(m.feedback.correct === undefined ? 'Answer revealed' : m.feedback.correct ? 'Correct' : 'Incorrect');
  saveState();
  render();
});

function newDraft(q: QuestionView): Draft {
  return {
    questionId: q.id,
    picked: [],
    order: (q.steps ?? []).map((_, i) => i),
    matches: (q.prompts ?? []).map(() => undefined),
  };
}

function render(): void {
  const m = current;
  app.replaceChildren();
  if (!m) return;
  if (m.type === 'empty') app.append(el('p', { class: 'empty' }, m.message));
  else if (m.type === 'summary') app.append(renderSummary(m.summary));
  else if (m.type === 'question') app.append(renderQuestion(m.title, m.question, m.progress));
  else if (m.type === 'feedback') app.append(renderQuestion(m.title, m.question, m.progress, m.feedback));
}

function renderHeader(title: string, q: QuestionView, p: Progress): HTMLElement {
  const bar = el('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(p.total), 'aria-valuenow': String(p.index + 1), 'aria-label': 'Question progress' });
  const fill = el('div', { class: 'progress-fill' });
  fill.style.width = `${(100 * (p.index + 1)) / p.total}%`;
  bar.append(fill);
  return el('header', {},
    el('div', { class: 'meta' },
      el('span', { class: 'title' }, title),
      el('span', { class: 'count' }, `Question ${p.index + 1} of ${p.total}`),
      q.topicTitle !== title ? el('span', { class: 'topic' }, q.topicTitle) : '',
      p.flagged ? el('span', { class: 'flag' }, icon('bookmark'), ' Flagged') : ''),
    bar);
}

function renderQuestion(title: string, q: QuestionView, p: Progress, fb?: FeedbackView): HTMLElement {
  const root = el('article', { class: `question type-${q.type}`, 'data-question-id': q.id });
  root.append(renderHeader(title, q, p));
  const body = el('div', { class: q.caseStudy ? 'with-case' : '' });
  if (q.caseStudy) {
    body.append(el('aside', { class: 'case', 'aria-label': 'Case study' }, el('h2', {}, icon('book'), ' ', q.caseStudy.title), md(q.caseStudy.scenario)));
  }
  const main = el('section', { class: 'main' });
  main.append(el('div', { class: 'stem', id: 'stem' }, md(q.stem)));
  if (q.type === 'multiple' && q.select) main.append(el('p', { class: 'hint' }, `Select ${q.select}.`));
  if (q.type === 'single' || q.type === 'multiple') main.append(renderChoices(q, fb));
  if (q.type === 'ordering') main.append(renderOrdering(q, fb));
  if (q.type === 'matching') main.append(renderMatching(q, fb));
  if (fb) main.append(renderFeedback(fb));
  main.append(renderActions(q, fb));
  body.append(main);
  root.append(body);
  if (fb && fb.terms.length > 0) markTerms([...root.querySelectorAll<HTMLElement>('.case, .stem, .explanation, .card-back')], fb.terms);
  return root;
}

function renderChoices(q: QuestionView, fb?: FeedbackView): HTMLElement {
  const multiple = q.type === 'multiple';
  const list = el('div', { class: 'choices', role: multiple ? 'group' : 'radiogroup', 'aria-labelledby': 'stem' });
  (q.choices ?? []).forEach((choice, i) => {
    const id = `choice-${i}`;
    const input = el('input', { type: multiple ? 'checkbox' : 'radio', name: 'choice', id, value: String(i) });
    input.checked = draft?.picked.includes(i) ?? false;
    input.disabled = fb !== undefined;
    input.addEventListener('change', () => toggleChoice(i, multiple));
    const label = el('label', { for: id, class: 'choice' }, input, el('span', { class: 'key' }, String(i + 1)), el('span', { class: 'text' }, md(choice)));
    if (fb?.choices) {
      const c = fb.choices[i];
      label.classList.add(c.correct ? 'correct' : c.picked ? 'wrong' : 'neutral');
      label.append(el('span', { class: 'verdict' }, icon(c.correct ? 'pass' : c.picked ? 'error' : 'circle-large-outline')));
      label.append(el('div', { class: 'why' }, md(c.why)));
    }
    list.append(label);
  });
  return list;
}

function toggleChoice(i: number, multiple: boolean): void {
  if (!draft || current?.type !== 'question') return;
  if (multiple) draft.picked = draft.picked.includes(i) ? draft.picked.filter((x) => x !== i) : [...draft.picked, i];
  else draft.picked = [i];
  saveState();
  render();
  (document.getElementById(`choice-${i}`) as HTMLElement | null)?.focus();
}

function renderOrdering(q: QuestionView, fb?: FeedbackView): HTMLElement {
  const list = el('ol', { class: 'ordering', 'aria-label': 'Put the steps in order. Alt+Up and Alt+Down move the focused step.' });
  const steps = q.steps ?? [];
  if (fb?.steps) {
    fb.steps.forEach((s, i) => {
      const ok = s.placedAt === i;
      list.append(el('li', { class: ok ? 'correct' : 'wrong' }, icon(ok ? 'pass' : 'error'), el('span', { class: 'text' }, md(s.text)),
        ok ? '' : el('span', { class: 'placed' }, ` (you put it ${s.placedAt + 1})`), el('div', { class: 'why' }, md(s.why))));
    });
    return list;
  }
  const order = draft?.order ?? steps.map((_, i) => i);
  order.forEach((stepIndex, pos) => {
    const item = el('li', { class: 'step', tabindex: '0', draggable: 'true', 'data-pos': String(pos), 'aria-label': `Step ${pos + 1}: ${mdText(steps[stepIndex])}` },
      icon('gripper'), el('span', { class: 'text' }, md(steps[stepIndex])),
      button('Up', 'arrow-up', () => moveStep(pos, -1), { 'aria-label': 'Move up', class: 'icon-button' }),
      button('Down', 'arrow-down', () => moveStep(pos, 1), { 'aria-label': 'Move down', class: 'icon-button' }));
    item.addEventListener('keydown', (e) => {
      if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
        e.preventDefault();
        moveStep(pos, e.key === 'ArrowUp' ? -1 : 1);
      }
    });
    item.addEventListener('dragstart', (e) => e.dataTransfer?.setData('text/plain', String(pos)));
    item.addEventListener('dragover', (e) => e.preventDefault());
    item.addEventListener('drop', (e) => {
      e.preventDefault();
      const from = Number(e.dataTransfer?.getData('text/plain'));
      if (Number.isInteger(from)) moveStep(from, pos - from);
    });
    list.append(item);
  });
  return list;
}

function moveStep(pos: number, delta: number): void {
  if (!draft) return;
  const to = pos + delta;
  if (to < 0 || to >= draft.order.length || delta === 0) return;
  const [moved] = draft.order.splice(pos, 1);
  draft.order.splice(to, 0, moved);
  saveState();
  render();
  (app.querySelector(`.step[data-pos="${to}"]`) as HTMLElement | null)?.focus();
  announce(`Moved to position ${to + 1}`);
}

function renderMatching(q: QuestionView, fb?: FeedbackView): HTMLElement {
  const table = el('div', { class: 'matching', role: 'group', 'aria-labelledby': 'stem' });
  (q.prompts ?? []).forEach((prompt, i) => {
    const id = `match-${i}`;
    const row = el('div', { class: 'match-row' }, el('label', { for: id, class: 'prompt' }, md(prompt)));
    if (fb?.pairs) {
      const pair = fb.pairs[i];
      row.classList.add(pair.correct ? 'correct' : 'wrong');
      row.append(el('div', { class: 'answer' }, icon(pair.correct ? 'pass' : 'error'), ' ', md(pair.answer)),
        pair.correct ? '' : el('div', { class: 'placed' }, 'You chose: ', md(pair.picked ?? [])),
        el('div', { class: 'why' }, md(pair.why)));
    } else {
      const select = el('select', { id });
      select.append(el('option', { value: '' }, 'Choose…'));
      (q.answers ?? []).forEach((a, j) => {
        const opt = el('option', { value: String(j) }, mdText(a));
        opt.selected = draft?.matches[i] === j;
        select.append(opt);
      });
      select.addEventListener('change', () => {
        if (!draft) return;
        draft.matches[i] = select.value === '' ? undefined : Number(select.value);
        saveState();
      });
      row.append(select);
    }
    table.append(row);
  });
  return table;
}

function renderFeedback(fb: FeedbackView): HTMLElement {
  const box = el('section', { class: `feedback ${fb.correct === undefined ? 'revealed' : fb.correct ? 'correct' : 'wrong'}`, 'aria-label': 'Feedback' });
  if (fb.correct !== undefined) {
    box.append(el('h2', {}, icon(fb.correct ? 'pass-filled' : 'error'), fb.correct ? ' Correct' : ' Not quite'));
  }
  if (fb.answer) box.append(el('div', { class: 'card-back' }, md(fb.answer)));
  box.append(el('div', { class: 'explanation' }, md(fb.explanation)));
  if (fb.terms.length > 0) {
    // Terms the text mentions are marked where they stand; this line lists them all in one place.
    const terms = el('p', { class: 'terms' }, 'Glossary: ');
    fb.terms.forEach((t, i) => terms.append(i > 0 ? ', ' : '', el('abbr', { title: `${t.name}: ${t.definition}`, tabindex: '0', class: 'term-list' }, t.name)));
    box.append(terms);
  }
  if (fb.links.length > 0) {
    const links = el('ul', { class: 'links' });
    for (const url of fb.links) {
      const a = el('a', { href: '#', title: url }, icon('link-external'), ' ', url.replace(/^https:\/\//, ''));
      a.addEventListener('click', (e) => {
        e.preventDefault();
        openLink(url);
      });
      links.append(el('li', {}, a));
    }
    box.append(links);
  }
  return box;
}

function renderActions(q: QuestionView, fb?: FeedbackView): HTMLElement {
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
  return (current?.type === 'question' || current?.type === 'feedback') && current.progress.flagged;
}

function submit(answer: AnswerPayload): void {
  if (!draft) return;
  send({ type: 'answer', questionId: draft.questionId, answer });
}

function submitDraft(q: QuestionView): void {
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

function renderSummary(s: SummaryView): HTMLElement {
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

function showShortcuts(): void {
  const existing = document.getElementById('shortcuts');
  if (existing) {
    existing.remove();
    return;
  }
  const rows: [string, string][] = [['1-9', 'pick a choice'], ['Enter', 'submit, then next'], ['F', 'flag for review'], ['S', 'skip'], ['Alt+↑/↓', 'move an ordering step'], ['?', 'show or hide this list']];
  const dl = el('dl', {});
  for (const [k, v] of rows) dl.append(el('dt', {}, el('kbd', {}, k)), el('dd', {}, v));
  app.prepend(el('aside', { id: 'shortcuts', role: 'dialog', 'aria-label': 'Keyboard shortcuts' }, el('h2', {}, 'Keyboard shortcuts'), dl));
}

document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  if (target.tagName === 'SELECT' || e.ctrlKey || e.metaKey || e.altKey) return;
  const m = current;
  if (e.key === '?') return showShortcuts();
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
