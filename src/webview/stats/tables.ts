// Text alternatives: every chart has a table a screen reader can read (hidden from sight, not from AT).
import { el } from '../dom';

export function dataTable(caption: string, head: string[], rows: (string | number)[][], visible = false): HTMLTableElement {
  return el(
    'table',
    { class: visible ? 'data' : 'data visually-hidden' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, String(c)) : el('td', {}, String(c))))))),
  );
}

export const pct = (x: number) => `${Math.round(x * 100)}%`;
