// Most short bank texts (choices, reasons, explanations) hold no Markdown at all: for those the
// document tree is known without running the parser, which is most of the cost of reading a bank.
// "Plain" is drawn narrowly so that markdown-it could not read the text any other way: letters,
// digits and punctuation no Markdown rule starts from, lines that open no block (list, heading,
// code, quote, setext underline) and close with no space (a hard break), one paragraph.
import type { MdDoc } from './mdTree';

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
