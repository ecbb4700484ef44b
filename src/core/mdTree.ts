// The plain text of the safe document tree bank Markdown becomes (the tree itself is a shared type).
// No parser here, so the extension host can use it without bundling markdown-it.
import type { MdDoc } from '../shared/mdDoc';

export { MD_TAGS, type MdDoc, type MdElement, type MdNode, type MdTag } from '../shared/mdDoc';

/** One line break where blocks left several, and no space at either end. */
const tidy = (text: string): string => text.replace(/\n{2,}/g, '\n').trim();

const BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'li', 'pre', 'tr', 'h', 'blockquote']);

/** The plain text of a document, for QuickPick labels, hovers and search. */
export function mdToPlainText(doc: MdDoc): string {
  // Most short texts are a single run of text.
  if (doc.length === 1 && typeof doc[0] === 'string') return tidy(doc[0]);
  const parts: string[] = [];
  const walk = (nodes: MdDoc, sep: string) => {
    for (const node of nodes) {
      if (typeof node === 'string') parts.push(node);
      else if (node.t === 'br') parts.push('\n');
      else {
        walk(node.c ?? [], sep);
        if (BLOCK_TAGS.has(node.t)) parts.push(sep);
        else if (node.t === 'td' || node.t === 'th') parts.push(' | ');
      }
    }
  };
  walk(doc, '\n');
  return tidy(parts.join(''));
}
