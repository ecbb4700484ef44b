// Bank Markdown is turned into a small document tree at build time. The webview builds DOM nodes
// from it with textContent, so nothing a bank author writes can ever become markup or script.
import MarkdownIt from 'markdown-it';
import type { MdDoc, MdElement, MdNode, MdTag } from './mdTree';
import { oneParagraph, plainMarkdown, simpleInline } from './plainMarkdown';

// html: false makes markdown-it treat any raw HTML as literal text.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

const TOKEN_TAGS: Record<string, MdTag> = {
  paragraph: 'p', strong: 'strong', em: 'em', s: 's', bullet_list: 'ul', ordered_list: 'ol',
  list_item: 'li', blockquote: 'blockquote', table: 'table', thead: 'thead', tbody: 'tbody',
  tr: 'tr', th: 'th', td: 'td', link: 'a', heading: 'h',
};

interface Token {
  type: string;
  tag: string;
  nesting: number;
  content: string;
  info: string;
  hidden: boolean;
  children: Token[] | null;
  attrGet(name: string): string | null;
}

function convert(tokens: Token[]): MdDoc {
  const root: MdElement = { t: 'p', c: [] };
  const stack: MdElement[] = [root];
  const top = () => stack[stack.length - 1];
  const push = (node: MdNode) => {
    const parent = top();
    const children = (parent.c ??= []);
    const last = children[children.length - 1];
    if (typeof node === 'string' && typeof last === 'string') children[children.length - 1] = last + node;
    else children.push(node);
  };
  for (const tok of tokens) {
    const kind = tok.type.replace(/_(open|close)$/, '');
    if (tok.nesting === 1) {
      // Tight lists hide their paragraphs; skip them so list items hold text directly.
      if (tok.hidden) continue;
      const tag = TOKEN_TAGS[kind];
      if (!tag) continue;
      const el: MdElement = { t: tag };
      if (tag === 'a') {
        const href = tok.attrGet('href') ?? '';
        if (/^https:\/\//i.test(href)) el.href = href;
      }
      push(el);
      stack.push(el);
    } else if (tok.nesting === -1) {
      if (tok.hidden) continue;
      if (TOKEN_TAGS[kind] && stack.length > 1) stack.pop();
    } else if (tok.type === 'inline' && tok.children) {
      for (const child of convert(tok.children)) push(child);
    } else if (tok.type === 'text') {
      push(tok.content);
    } else if (tok.type === 'code_inline') {
      push({ t: 'code', c: [tok.content] });
    } else if (tok.type === 'fence' || tok.type === 'code_block') {
      const el: MdElement = { t: 'pre', c: [tok.content.replace(/\n$/, '')] };
      const lang = tok.info.trim().split(/\s+/)[0];
      if (lang) el.lang = lang;
      push(el);
    } else if (tok.type === 'softbreak') {
      push(' ');
    } else if (tok.type === 'hardbreak') {
      push({ t: 'br' });
    } else if (tok.type === 'html_inline' || tok.type === 'html_block') {
      push(tok.content);
    }
  }
  return root.c ?? [];
}

// A second parser that does recognise HTML, only to warn authors where they wrote some.
const htmlAware = new MarkdownIt({ html: true });

/** True when the source has HTML outside code spans and blocks (it would be shown as text). */
export function containsRawHtml(source: string): boolean {
  // No '<', no HTML: spares most texts a second parse.
  if (!source.includes('<')) return false;
  const walk = (tokens: Token[]): boolean =>
    tokens.some((t) => t.type === 'html_inline' || t.type === 'html_block' || (t.children !== null && walk(t.children)));
  return walk(htmlAware.parse(source, {}) as unknown as Token[]);
}

/** Markdown source to a document tree. */
export function parseMarkdown(source: string): MdDoc {
  return plainMarkdown(source) ?? paragraphTree(source) ?? markdownItTree(source);
}

/**
 * The tree of a one-paragraph text: plain words with bold and code read directly, other inline
 * Markdown by markdown-it's inline rules alone (its block rules cost as much again); undefined for
 * other texts. The tests hold it to markdownItTree.
 */
export function paragraphTree(source: string): MdDoc | undefined {
  const text = oneParagraph(source);
  if (text === undefined) return undefined;
  const c = simpleInline(text) ?? convert(md.parseInline(text, {}) as unknown as Token[]);
  return c.length > 0 ? [{ t: 'p', c }] : undefined;
}

/** The tree markdown-it gives, for every text (the tests hold plainMarkdown to it). */
export function markdownItTree(source: string): MdDoc {
  return convert(md.parse(source, {}) as unknown as Token[]);
}

/** Markdown source to a single inline run (no wrapping paragraph), for short texts like choices. */
export function parseInlineMarkdown(source: string): MdDoc {
  const doc = parseMarkdown(source);
  if (doc.length === 1 && typeof doc[0] !== 'string' && doc[0].t === 'p') return doc[0].c ?? [];
  return doc;
}
