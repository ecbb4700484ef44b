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
