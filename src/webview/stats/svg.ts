// SVG built with DOM calls, coloured by VS Code theme variables through CSS classes.
const NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  e.append(...children);
  return e;
}

/** An image for sighted readers with its text alternative: the chart is aria-labelled, a table follows. */
export function chart(label: string, width: number, height: number, ...children: SVGElement[]): SVGSVGElement {
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'chart', preserveAspectRatio: 'xMinYMin meet' }, svg('title', {}, label), ...children);
}
