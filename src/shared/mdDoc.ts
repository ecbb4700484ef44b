// The safe document tree that bank Markdown becomes at build time. The host sends it to the webview,
// which builds DOM from it; types only, so both sides (and the core) can share it.
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
