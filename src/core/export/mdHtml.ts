// A bank document tree as HTML text, for files other programs read (Anki's notes). Every text node
// is escaped, and only https links are kept: the tree never carried markup of the author's own.
import type { MdDoc, MdNode } from '../mdTree';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\t': '&#9;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\t]/g, (c) => ESCAPES[c]);
}

export function mdToHtml(doc: MdDoc): string {
  return doc.map(nodeHtml).join('');
}

function nodeHtml(node: MdNode): string {
  if (typeof node === 'string') return escapeHtml(node).replace(/\n/g, '<br>');
  const inner = mdToHtml(node.c ?? []);
  switch (node.t) {
    case 'br':
      return '<br>';
    case 'pre':
      return `<pre><code>${inner}</code></pre>`;
    case 'a':
      return node.href ? `<a href="${escapeHtml(node.href)}">${inner}</a>` : inner;
    case 'h':
      return `<h4>${inner}</h4>`;
    default:
      return `<${node.t}>${inner}</${node.t}>`;
  }
}
