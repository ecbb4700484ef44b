// Builds DOM from the bank's Markdown tree. Text always goes in as text nodes: nothing a bank says
// can become markup, and links only open through the host, https only.
import type { MdDoc, MdNode } from '../shared/mdDoc';
import { highlightInto } from './highlight';

const TAGS: Record<string, string> = {
  p: 'p', strong: 'strong', em: 'em', s: 's', code: 'code', ul: 'ul', ol: 'ol', li: 'li',
  blockquote: 'blockquote', table: 'table', thead: 'thead', tbody: 'tbody', tr: 'tr', th: 'th',
  td: 'td', br: 'br', h: 'h3',
};

export function renderMd(doc: MdDoc, onLink: (url: string) => void): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const node of doc) frag.append(renderNode(node, onLink));
  return frag;
}

function renderNode(node: MdNode, onLink: (url: string) => void): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  if (node.t === 'pre') {
    const pre = document.createElement('pre');
    const code = document.createElement('code');
    if (node.lang) code.dataset.lang = node.lang;
    highlightInto(code, typeof node.c?.[0] === 'string' ? node.c[0] : '', node.lang);
    pre.append(code);
    return pre;
  }
  if (node.t === 'a') {
    const a = document.createElement('a');
    for (const child of node.c ?? []) a.append(renderNode(child, onLink));
    const href = node.href;
    if (href && /^https:\/\//.test(href)) {
      a.href = '#';
      a.title = href;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        onLink(href);
      });
    }
    return a;
  }
  const el = document.createElement(TAGS[node.t] ?? 'span');
  for (const child of node.c ?? []) el.append(renderNode(child, onLink));
  return el;
}

const BLOCKS = new Set(['p', 'li', 'pre', 'h', 'blockquote', 'tr', 'br']);

/** Plain text of a Markdown tree, for accessible names and one-line summaries; blocks are apart. */
export function mdText(doc: MdDoc): string {
  return doc.map((n) => (typeof n === 'string' ? n : `${mdText(n.c ?? [])}${BLOCKS.has(n.t) ? ' ' : ''}`)).join('').replace(/\s+/g, ' ').trim();
}
