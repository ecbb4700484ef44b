// The safe document tree that bank Markdown becomes at build time, and its plain text. No parser
// here, so the extension host can use it without bundling markdown-it.
export const MD_TAGS = [
  'p', 'strong', 'em', 's', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'br', 'h',
] as const;
export type MdTag = (typeof MD_TAGS)[number];

export interface MdElement {
  t: MdTag;
  c?: MdNode[];
  /** https link target, for `a` */
  href?: string;
  /** fence info, for `pre` */
  lang?: string;
}
export type MdNode = string | MdElement;
export type MdDoc = MdNode[];

/** The plain text of a document, for QuickPick labels, hovers and search. */
export function mdToPlainText(doc: MdDoc): string {
  const parts: string[] = [];
  const walk = (nodes: MdDoc, sep: string) => {
    for (const node of nodes) {
      if (typeof node === 'string') parts.push(node);
      else if (node.t === 'br') parts.push('\n');
      else {
        walk(node.c ?? [], sep);
        if (['p', 'li', 'pre', 'tr', 'h', 'blockquote'].includes(node.t)) parts.push(sep);
        else if (node.t === 'td' || node.t === 'th') parts.push(' | ');
      }
    }
  };
  walk(doc, '\n');
  return parts.join('').replace(/\n{2,}/g, '\n').trim();
}
