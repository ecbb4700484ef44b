// Rendering one question: its stem, case study, choices or steps or pairs, and the feedback after
// it is answered. Used by quiz rounds and by the exam (which supplies its own header and actions).
import type { Progress } from '../shared/protocol';
import type { FeedbackView, QuestionView } from '../shared/views';
import { choiceVerdict, pairVerdict, stepVerdict } from './a11yText';
import { button, el, icon } from './dom';
import { mdText } from './markdownDom';
import { announce, app, draftChanged, isAnswering, md, openLink, ui } from './state';
import { markTerms, termMark } from './termMarks';
import { strings } from './quizStrings';
import { fmt } from './strings';

export interface QuestionParts {
  header: HTMLElement;
  /** the buttons under the question; none when reviewing */
  actions?: HTMLElement;
}

export function renderHeader(title: string, q: QuestionView, p: Progress): HTMLElement {
  const bar = el('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(p.total), 'aria-valuenow': String(p.index + 1), 'aria-label': strings.questionProgress });
  const fill = el('div', { class: 'progress-fill' });
  fill.style.width = `${(100 * (p.index + 1)) / p.total}%`;
  bar.append(fill);
  return el('header', {},
    el('div', { class: 'meta' },
      el('h1', { class: 'title' }, title),
      el('span', { class: 'count' }, fmt(strings.questionOf, p.index + 1, p.total)),
      q.topicTitle !== title ? el('span', { class: 'topic' }, q.topicTitle) : '',
      p.flagged ? el('span', { class: 'flag' }, icon('bookmark'), ` ${strings.flagged}`) : ''),
    bar);
}

export function renderQuestion(q: QuestionView, parts: QuestionParts, fb?: FeedbackView): HTMLElement {
  const root = el('article', { class: `question type-${q.type}`, 'data-question-id': q.id });
  root.append(parts.header);
  const body = el('div', { class: q.caseStudy ? 'with-case' : '' });
  if (q.caseStudy) {
    body.append(el('aside', { class: 'case', 'aria-label': strings.caseStudy }, el('h2', {}, icon('book'), ' ', q.caseStudy.title), md(q.caseStudy.scenario)));
  }
  const main = el('section', { class: 'main' });
  // Focus lands on the stem when a question appears (tabindex -1: reachable by script, not by Tab).
  main.append(el('div', { class: 'stem', id: `stem-${q.id}`, tabindex: '-1' }, md(q.stem)));
  if (q.type === 'multiple' && q.select) main.append(el('p', { class: 'hint' }, fmt(strings.selectN, q.select)));
  if (q.type === 'single' || q.type === 'multiple') main.append(renderChoices(q, fb));
  if (q.type === 'ordering') main.append(renderOrdering(q, fb));
  if (q.type === 'matching') main.append(renderMatching(q, fb));
  if (fb) main.append(renderFeedback(fb));
  if (parts.actions) main.append(parts.actions);
  body.append(main);
  root.append(body);
  if (fb && fb.terms.length > 0) markTerms([...root.querySelectorAll<HTMLElement>('.case, .stem, .explanation, .card-back')], fb.terms);
  return root;
}

function renderChoices(q: QuestionView, fb?: FeedbackView): HTMLElement {
  const multiple = q.type === 'multiple';
  const list = el('div', { class: 'choices', role: multiple ? 'group' : 'radiogroup', 'aria-labelledby': `stem-${q.id}` });
  (q.choices ?? []).forEach((choice, i) => {
    const id = `choice-${i}`;
    const input = el('input', { type: multiple ? 'checkbox' : 'radio', name: 'choice', id, value: String(i), ...(i < 9 ? { 'aria-keyshortcuts': String(i + 1) } : {}) });
    input.checked = ui.draft?.picked.includes(i) ?? false;
    input.disabled = fb !== undefined;
    input.addEventListener('change', () => toggleChoice(i, multiple));
    // The digit is a visual hint of the shortcut; screen readers get it as aria-keyshortcuts.
    const label = el('label', { for: id, class: 'choice' }, input, el('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)), el('span', { class: 'text' }, md(choice)));
    if (fb?.choices) {
      const c = fb.choices[i];
      label.classList.add(c.correct ? 'correct' : c.picked ? 'wrong' : 'neutral');
      const verdict = choiceVerdict(c);
      label.append(el('span', { class: 'verdict' }, icon(c.correct ? 'pass' : c.picked ? 'error' : 'circle-large-outline'), verdict ? el('span', { class: 'visually-hidden' }, ` ${verdict}`) : ''));
      label.append(el('div', { class: 'why' }, md(c.why)));
    }
    list.append(label);
  });
  return list;
}

export function toggleChoice(i: number, multiple: boolean): void {
  const draft = ui.draft;
  if (!draft || !isAnswering()) return;
  if (multiple) draft.picked = draft.picked.includes(i) ? draft.picked.filter((x) => x !== i) : [...draft.picked, i];
  else draft.picked = [i];
  draftChanged();
  ui.render();
  (document.getElementById(`choice-${i}`) as HTMLElement | null)?.focus();
}

function renderOrdering(q: QuestionView, fb?: FeedbackView): HTMLElement {
  const list = el('ol', { class: 'ordering', 'aria-label': strings.orderingHelp });
  const steps = q.steps ?? [];
  if (fb?.steps) {
    fb.steps.forEach((s, i) => {
      const ok = s.placedAt === i;
      list.append(el('li', { class: ok ? 'correct' : 'wrong' }, icon(ok ? 'pass' : 'error'), el('span', { class: 'visually-hidden' }, `${stepVerdict(ok)} `), el('span', { class: 'text' }, md(s.text)),
        ok ? '' : el('span', { class: 'placed' }, s.placedAt < 0 ? ` ${strings.notAnsweredParen}` : ` ${fmt(strings.youPutIt, s.placedAt + 1)}`), el('div', { class: 'why' }, md(s.why))));
    });
    return list;
  }
  const order = ui.draft?.order ?? steps.map((_, i) => i);
  order.forEach((stepIndex, pos) => {
    const item = el('li', { class: 'step', tabindex: '0', draggable: 'true', 'data-pos': String(pos), 'aria-label': fmt(strings.stepLabel, pos + 1, mdText(steps[stepIndex])) },
      icon('gripper'), el('span', { class: 'text' }, md(steps[stepIndex])),
      button(strings.up, 'arrow-up', () => moveStep(pos, -1), { 'aria-label': strings.moveUp, class: 'icon-button' }),
      button(strings.down, 'arrow-down', () => moveStep(pos, 1), { 'aria-label': strings.moveDown, class: 'icon-button' }));
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
  const draft = ui.draft;
  if (!draft || !isAnswering()) return;
  const to = pos + delta;
  if (to < 0 || to >= draft.order.length || delta === 0) return;
  const [moved] = draft.order.splice(pos, 1);
  draft.order.splice(to, 0, moved);
  draftChanged();
  ui.render();
  (app.querySelector(`.step[data-pos="${to}"]`) as HTMLElement | null)?.focus();
  announce(fmt(strings.movedTo, to + 1));
}

function renderMatching(q: QuestionView, fb?: FeedbackView): HTMLElement {
  const table = el('div', { class: 'matching', role: 'group', 'aria-labelledby': `stem-${q.id}` });
  (q.prompts ?? []).forEach((prompt, i) => {
    const id = `match-${i}`;
    const row = el('div', { class: 'match-row' }, el('label', { for: id, class: 'prompt' }, md(prompt)));
    if (fb?.pairs) {
      const pair = fb.pairs[i];
      row.classList.add(pair.correct ? 'correct' : 'wrong');
      row.append(el('div', { class: 'answer' }, icon(pair.correct ? 'pass' : 'error'), el('span', { class: 'visually-hidden' }, pairVerdict(pair.correct)), ' ', md(pair.answer)),
        pair.correct ? '' : el('div', { class: 'placed' }, pair.picked ? `${strings.youChose} ` : strings.notAnswered, md(pair.picked ?? [])),
        el('div', { class: 'why' }, md(pair.why)));
    } else {
      const select = el('select', { id });
      select.append(el('option', { value: '' }, strings.choose));
      (q.answers ?? []).forEach((a, j) => {
        const opt = el('option', { value: String(j) }, mdText(a));
        opt.selected = ui.draft?.matches[i] === j;
        select.append(opt);
      });
      select.addEventListener('change', () => {
        if (!ui.draft) return;
        ui.draft.matches[i] = select.value === '' ? undefined : Number(select.value);
        draftChanged();
      });
      row.append(select);
    }
    table.append(row);
  });
  return table;
}

function renderFeedback(fb: FeedbackView): HTMLElement {
  // Focus moves here after an answer (tabindex -1); the verdict heading names the region.
  const named: Record<string, string> = fb.correct === undefined ? { 'aria-label': strings.feedback } : { 'aria-labelledby': 'feedback-title' };
  const box = el('section', { class: `feedback ${fb.correct === undefined ? 'revealed' : fb.correct ? 'correct' : 'wrong'}`, id: 'feedback', tabindex: '-1', ...named });
  if (fb.correct !== undefined) {
    box.append(el('h2', { id: 'feedback-title' }, icon(fb.correct ? 'pass-filled' : 'error'), ` ${fb.correct ? strings.correct : strings.notQuite}`));
  }
  if (fb.answer) box.append(el('div', { class: 'card-back' }, md(fb.answer)));
  box.append(el('div', { class: 'explanation' }, md(fb.explanation)));
  if (fb.terms.length > 0) {
    // Terms the text mentions are marked where they stand; this line lists them all in one place.
    const terms = el('p', { class: 'terms' }, `${strings.glossaryColon} `);
    fb.terms.forEach((t, i) => {
      const mark = termMark(t, fmt(strings.termMark, t.name, t.definition));
      mark.classList.add('term-list');
      mark.append(t.name);
      terms.append(i > 0 ? ', ' : '', mark);
    });
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

