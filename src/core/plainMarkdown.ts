// Most short bank texts (choices, reasons, explanations) hold no Markdown at all: for those the
// document tree is known without running the parser, which is most of the cost of reading a bank.
// "Plain" is drawn narrowly so that markdown-it could not read the text any other way: letters,
// digits and punctuation no Markdown rule starts from, lines that open no block (list, heading,
// code, quote, setext underline) and close with no space (a hard break), one paragraph. Most stems
// are one paragraph too, with a bold word or a code span: oneParagraph and simpleInline read those,
// drawn as narrowly; the unit tests hold all three to markdown-it's tree.
import type { MdDoc, MdNode } from './mdTree';

// What may open a line: not a space (code, continuation rules), not - + = (lists, setext
// underlines), not "1." or "1)" (ordered lists).
const FIRST = String.raw`(?!\d+[.)])[\p{L}\p{N}'"(]`;
const REST = String.raw`[\p{L}\p{N} ,.;:?'"()/%$@+=-]`;
const LAST = String.raw`[\p{L}\p{N},.;:?'"()/%$@+=-]`;
const LINE = `${FIRST}(?:${REST}*${LAST})?`;
const PLAIN = new RegExp(`^${LINE}(?:\\n${LINE})*\\n*$`, 'u');

/** The tree of a text that needs no Markdown parser: one paragraph, its lines joined by spaces; else undefined. */
export function plainMarkdown(source: string): MdDoc | undefined {
  if (!PLAIN.test(source)) return undefined;
  return [{ t: 'p', c: [source.replace(/\n+$/, '').replaceAll('\n', ' ')] }];
}

// What may not open any line of a one-paragraph text, past its spaces: block markers
// (# > - + * = _ | ~ ` : [ <) and ordered-list numbers such as "1." or "1)".
const BLOCK_START = /^(?:[#>\-+*=_|~`:[<]|\d+[.)])/;

/**
 * The text of a source that markdown-it reads as one paragraph whatever inline Markdown it holds
 * (emphasis, code, links), so that its inline rules alone give the same tree; undefined when a line
 * could open, close or end a block. Drawn narrowly: lines that merely might are left to the parser.
 */
export function oneParagraph(source: string): string | undefined {
  let end = source.length;
  while (end > 0 && source.charCodeAt(end - 1) === 10) end--;
  const text = source.slice(0, end);
  // Tabs and CRs change how markdown-it counts indentation and lines, and it replaces a NUL; the
  // paragraph is trimmed of spaces, and an indented first line is code.
  if (text === '' || /[\t\r\0]/.test(text) || text.startsWith(' ') || text.endsWith(' ')) return undefined;
  for (const line of text.split('\n')) {
    let first = 0;
    while (line.charCodeAt(first) === 32) first++;
    // A line of spaces ends the paragraph.
    if (first === line.length || BLOCK_START.test(line.slice(first))) return undefined;
  }
  return text;
}

// Characters of a text run markdown-it takes as they are, and what may follow a closing `**`.
const PLAIN_RUN = /^[\p{L}\p{N} ,.;:?'"()/%$@+=\-\n]*$/u;
const LOOSE_BREAK = /(?:^| )\n|\n(?: |$)/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const AFTER_STRONG = /^(?:$|[ \n.,;:?)])/;

/**
 * The inline nodes of a one-paragraph text (from oneParagraph) made only of plain runs,
 * `**strong**` words and `code` spans, drawn narrowly: a strong span opens after a space or at
 * the start, holds plain words, and closes before a space, a line break or punctuation; a code
 * span holds one line without a backtick. Undefined for anything else.
 */
export function simpleInline(text: string): MdNode[] | undefined {
  const out: MdNode[] = [];
  // As markdown-it's tree is built: text next to text is one string.
  const push = (node: MdNode) => {
    const last = out[out.length - 1];
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else out.push(node);
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '*') {
      if (text[i + 1] !== '*' || (i > 0 && text[i - 1] !== ' ' && text[i - 1] !== '\n') || !WORD_CHAR.test(text[i + 2] ?? '')) return undefined;
      const close = text.indexOf('**', i + 2);
      if (close === -1 || !WORD_CHAR.test(text[close - 1]) || !AFTER_STRONG.test(text.slice(close + 2, close + 3))) return undefined;
      const words = plainRun(text.slice(i + 2, close));
      if (words === undefined) return undefined;
      // Each delimiter leaves an empty text beside the element, as in markdown-it's tokens.
      push('');
      push({ t: 'strong', c: [words] });
      push('');
      i = close + 2;
    } else if (ch === '`') {
      const close = text.indexOf('`', i + 1);
      const code = close === -1 ? '' : text.slice(i + 1, close);
      if (code === '' || text[close + 1] === '`' || code.includes('\n') || code.startsWith(' ') || code.endsWith(' ')) return undefined;
      push({ t: 'code', c: [code] });
      i = close + 1;
    } else {
      const star = text.indexOf('*', i);
      const tick = text.indexOf('`', i);
      const end = star === -1 ? (tick === -1 ? text.length : tick) : tick === -1 ? star : Math.min(star, tick);
      const words = plainRun(text.slice(i, end));
      if (words === undefined) return undefined;
      push(words);
      i = end;
    }
  }
  return out;
}

/** A run of plain characters as markdown-it gives it (a line break read as a space), or undefined. */
function plainRun(text: string): string | undefined {
  // A space beside a line break makes a hard break or is dropped.
  if (!PLAIN_RUN.test(text) || LOOSE_BREAK.test(text)) return undefined;
  return text.replaceAll('\n', ' ');
}
