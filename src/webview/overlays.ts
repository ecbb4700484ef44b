// What shows over the page without replacing it: the keyboard shortcuts and a glossary term's card.
// Neither is modal: the question stays usable behind them, and Escape closes them.
import type { TermCardView, TermView } from '../shared/views';
import { button, el, icon } from './dom';
import { app, openLink, send, ui } from './state';
import { studyStrings, undoKeys } from './studyStrings';

export function toggleShortcuts(): void {
  if (closeShortcuts()) return;
  const exam = ui.current?.type === 'examQuestion';
  const rows: [string, string][] = exam
    ? [['1-9', 'pick a choice'], ['Enter or N', 'next question'], ['P', 'previous question'], ['F', 'flag for review'], ['A', 'answer sheet'], ['Alt+↑/↓', 'move an ordering step'], ['?', 'show or hide this list'], ['Esc', 'close this list']]
    : [['1-9', 'pick a choice'], ['Enter', 'submit, then next'], ['F', 'flag for review'], ['S', 'skip'], [undoKeys(), studyStrings.undoShortcut], ['Alt+↑/↓', 'move an ordering step'], ['?', 'show or hide this list'], ['Esc', 'close this list']];
  const dl = el('dl', {});
  for (const [k, v] of rows) dl.append(el('dt', {}, el('kbd', {}, k)), el('dd', {}, v));
  app.prepend(el('aside', { id: 'shortcuts', role: 'dialog', 'aria-label': 'Keyboard shortcuts' },
    el('div', { class: 'overlay-head' }, el('h2', {}, 'Keyboard shortcuts'), closeButton(() => closeShortcuts())), dl));
}

/** Closes the shortcuts list; false when it was not open. */
export function closeShortcuts(): boolean {
  const existing = document.getElementById('shortcuts');
  existing?.remove();
  return existing !== null;
}

let openCard: TermCardView | undefined;

/** The card of a term, from the host (Glossary view, hover) or from a marked term in the text. */
export function showTermCard(term: TermCardView): void {
  openCard = term;
  renderTermCard();
  (document.querySelector('#term-card .close') as HTMLElement | null)?.focus();
}

export function termCardFromMark(t: TermView): TermCardView {
  return { id: t.id, name: t.name, category: '', aliases: t.aliases, definition: t.definition, tip: t.tip ?? '', link: t.link ?? '', questions: -1 };
}

/** Draws the open card again after the page under it was redrawn. */
export function renderTermCard(): void {
  document.getElementById('term-card')?.remove();
  const t = openCard;
  if (!t) return;
  const card = el('aside', { id: 'term-card', role: 'complementary', 'aria-label': `Glossary: ${t.name}` },
    el('div', { class: 'overlay-head' }, el('h2', {}, icon('book'), ' ', t.name), closeButton(() => closeTermCard())));
  if (t.category) card.append(el('p', { class: 'term-category' }, t.category, t.aliases.length > 0 ? ` · also ${t.aliases.join(', ')}` : ''));
  card.append(el('p', { class: 'term-definition' }, t.definition));
  if (t.tip) card.append(el('p', { class: 'term-tip' }, icon('lightbulb'), ' ', el('strong', {}, 'Exam tip: '), t.tip));
  const actions = el('div', { class: 'actions' },
    button(t.questions === 0 ? 'Quiz me (flashcard)' : 'Quiz me', 'mortar-board', () => send({ type: 'quizTerm', termId: t.id }), { class: 'primary', id: 'term-quiz' }));
  if (t.link) {
    const a = el('a', { href: '#', title: t.link, class: 'term-link' }, icon('link-external'), ' AWS documentation');
    a.addEventListener('click', (e) => {
      e.preventDefault();
      openLink(t.link);
    });
    actions.append(a);
  }
  if (t.questions > 0) actions.append(el('span', { class: 'term-count' }, `${t.questions} question${t.questions === 1 ? '' : 's'} cover this term`));
  card.append(actions);
  document.body.append(card);
}

/** Closes the term card; false when none was open. */
export function closeTermCard(): boolean {
  const had = openCard !== undefined;
  openCard = undefined;
  document.getElementById('term-card')?.remove();
  return had;
}

function closeButton(onClick: () => void): HTMLElement {
  return button('Close', 'close', onClick, { class: 'icon-button close', 'aria-label': 'Close (Escape)' });
}
