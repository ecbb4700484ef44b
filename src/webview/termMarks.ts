// Marks glossary terms where the question's text names them: the first mention of each becomes
// an <abbr> whose definition shows on hover and on keyboard focus, in our own tooltip (wrapped at
// spaces, never inside a word), and whose card opens on click or Enter. Works on text nodes only.
import type { TermView } from '../shared/views';
import { showTermCard, termCardFromMark } from './overlays';
import { strings } from './quizStrings';
import { fmt } from './strings';

const SKIP = new Set(['CODE', 'PRE', 'A', 'ABBR', 'BUTTON', 'SELECT', 'OPTION', 'INPUT']);

export function markTerms(roots: HTMLElement[], terms: TermView[]): void {
  for (const root of roots) markIn(root, terms);
}

function markIn(root: HTMLElement, terms: TermView[]): void {
  // Longest names first, so "SageMaker Feature Store" wins over "Feature Store".
  const names = terms
    .flatMap((t) => [t.name, ...t.aliases].filter((n) => n.length >= 3).map((n) => ({ n, t })))
    .sort((a, b) => b.n.length - a.n.length);
  const marked = new Set<string>();
  for (const { n, t } of names) {
    if (marked.has(t.id)) continue;
    const re = new RegExp(`(^|[^A-Za-z0-9_])(${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?![A-Za-z0-9_])`, 'i');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        for (let p = node.parentElement; p && p !== root; p = p.parentElement) if (SKIP.has(p.tagName)) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const m = re.exec(node.data);
      if (!m) continue;
      const start = m.index + m[1].length;
      const hit = node.splitText(start);
      hit.splitText(m[2].length);
      const abbr = termMark(t, fmt(strings.termMark, hit.data, t.definition));
      hit.replaceWith(abbr);
      abbr.append(hit);
      marked.add(t.id);
      break;
    }
  }
}

/** A marked term: the tooltip text sits in data-tip (shown by CSS), Enter or a click opens its card. */
export function termMark(t: TermView, label: string): HTMLElement {
  const abbr = document.createElement('abbr');
  abbr.className = 'term';
  abbr.tabIndex = 0;
  abbr.dataset.tip = `${t.name}: ${t.definition}`;
  abbr.dataset.termId = t.id;
  abbr.setAttribute('role', 'button');
  abbr.setAttribute('aria-label', label);
  const open = () => showTermCard(termCardFromMark(t));
  abbr.addEventListener('click', open);
  abbr.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      open();
    }
  });
  return abbr;
}
