// What shows over the page without replacing it: the keyboard shortcuts and a glossary term's card.
// Neither is modal: the question stays usable behind them, and Escape closes them.
import type { TermCardView, TermView } from '../shared/views';
import { button, el, icon } from './dom';
import { app, openLink, send, ui } from './state';
import { strings } from './quizStrings';
import { fmt } from './strings';
import { studyStrings, undoKeys } from './studyStrings';

/** What had focus before an overlay took it, so closing the overlay can give it back. */
const openers = new Map<string, HTMLElement>();

function remember(overlayId: string): void {
  const active = document.activeElement as HTMLElement | null;
  if (active && active !== document.body && !active.closest(`#${overlayId}`)) openers.set(overlayId, active);
}

/** Removes an overlay; if focus was in it, focus goes back to what opened it (when that is still on the page). */
function dismiss(overlayId: string): boolean {
  const overlay = document.getElementById(overlayId);
  if (!overlay) return false;
  const hadFocus = overlay.contains(document.activeElement);
  overlay.remove();
  const opener = openers.get(overlayId);
  openers.delete(overlayId);
  if (hadFocus && opener?.isConnected) opener.focus();
  return true;
}

export function toggleShortcuts(): void {
  if (closeShortcuts()) return;
  remember('shortcuts');
  const exam = ui.current?.type === 'examQuestion';
  const rows: [string, string][] = exam
    ? [['1-9', strings.keyPick], [fmt(strings.keyOr, 'Enter', 'N'), strings.keyNext], ['P', strings.keyPrevious], ['F', strings.keyFlag], ['A', strings.keySheet], ['Alt+↑/↓', strings.keyMove], ['?', strings.keyToggle], ['Esc', strings.keyClose]]
    : [['1-9', strings.keyPick], ['Enter', strings.keySubmitNext], ['F', strings.keyFlag], ['S', strings.keySkip], [undoKeys(), studyStrings.undoShortcut], ['Alt+↑/↓', strings.keyMove], ['?', strings.keyToggle], ['Esc', strings.keyClose]];
  const dl = el('dl', {});
  for (const [k, v] of rows) dl.append(el('dt', {}, el('kbd', {}, k)), el('dd', {}, v));
  app.prepend(el('aside', { id: 'shortcuts', role: 'dialog', 'aria-label': strings.keyboardShortcuts },
    el('div', { class: 'overlay-head' }, el('h2', {}, strings.keyboardShortcuts), closeButton(() => closeShortcuts())), dl));
  (document.querySelector('#shortcuts .close') as HTMLElement | null)?.focus();
}

/** Closes the shortcuts list; false when it was not open. */
export function closeShortcuts(): boolean {
  return dismiss('shortcuts');
}

let openCard: TermCardView | undefined;

/** The card of a term, from the host (Glossary view, hover) or from a marked term in the text. */
export function showTermCard(term: TermCardView): void {
  remember('term-card');
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
  const card = el('aside', { id: 'term-card', role: 'complementary', 'aria-label': fmt(strings.glossaryOf, t.name) },
    el('div', { class: 'overlay-head' }, el('h2', {}, icon('book'), ' ', t.name), closeButton(() => closeTermCard())));
  if (t.category) card.append(el('p', { class: 'term-category' }, t.category, t.aliases.length > 0 ? ` · ${fmt(strings.alsoKnownAs, t.aliases.join(', '))}` : ''));
  card.append(el('p', { class: 'term-definition' }, t.definition));
  if (t.tip) card.append(el('p', { class: 'term-tip' }, icon('lightbulb'), ' ', el('strong', {}, `${strings.examTip} `), t.tip));
  const actions = el('div', { class: 'actions' },
    button(t.questions === 0 ? strings.quizMeFlashcard : strings.quizMe, 'mortar-board', () => send({ type: 'quizTerm', termId: t.id }), { class: 'primary', id: 'term-quiz' }));
  if (t.link) {
    const a = el('a', { href: '#', title: t.link, class: 'term-link' }, icon('link-external'), ` ${strings.awsDocumentation}`);
    a.addEventListener('click', (e) => {
      e.preventDefault();
      openLink(t.link);
    });
    actions.append(a);
  }
  if (t.questions > 0) actions.append(el('span', { class: 'term-count' }, t.questions === 1 ? strings.coverOne : fmt(strings.coverMany, t.questions)));
  card.append(actions);
  document.body.append(card);
}

/** Closes the term card; false when none was open. */
export function closeTermCard(): boolean {
  const had = openCard !== undefined;
  openCard = undefined;
  dismiss('term-card');
  return had;
}

function closeButton(onClick: () => void): HTMLElement {
  return button(strings.close, 'close', onClick, { class: 'icon-button close', 'aria-label': strings.closeEscape });
}
