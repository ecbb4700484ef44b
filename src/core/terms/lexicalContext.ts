// Whether the cursor is in a comment or string of a code file, from its own line only: a hover must
// not read the file from the top. Strings and comments that span lines (docstrings, block comments)
// are missed unless the line shows it, which only makes matching stricter there, never wrong.
// A line ends at "\n" or at a lone "\r". The scan jumps from one character that matters to the next
// with the engine's own searches, which read a line several times quicker than a loop over it.
import type { Syntax } from './languages';

/** Lines longer than this before the cursor are not scanned; the spot is then taken as code. */
export const LINE_SCAN_LIMIT = 4000;

/**
 * True when prose names of one word may match at `offset`: anywhere in a text language, and in the
 * comments and strings of a code language. `textStartsLine` says whether text[0] begins a line
 * (false when the text is a window cut from the middle of one).
 */
export function proseAllowedAt(text: string, offset: number, syntax: Syntax, textStartsLine = true): boolean {
  if (!syntax.code) return true;
  const lineStart = lineStartOf(text, offset, textStartsLine);
  if (lineStart === undefined) return false;
  // The searches read no further than the cursor (and the two characters a closing quote or `*/`
  // may take): a file's far end is never read, whatever the line holds.
  const line = text.slice(lineStart, offset + 2);
  const cursor = offset - lineStart;
  const scanner = scannerOf(syntax);
  // A carriage return before the cursor starts the line again after it.
  for (let from = 0; ; ) {
    const state = scanLine(line, from, cursor, syntax, scanner);
    if (state === INSIDE) return true;
    if (state === OUTSIDE) return false;
    from = state;
  }
}

/** Where the cursor's line starts (after its last "\n", or a carriage return the scan cannot reach), or undefined when that is out of reach. */
function lineStartOf(text: string, offset: number, textStartsLine: boolean): number | undefined {
  const low = offset - LINE_SCAN_LIMIT;
  // The engine's backward search runs only where it cannot read further back than the limit
  // (always so in a hover's window); a whole file's far end is read with a bounded loop.
  if (low <= 0) {
    const newline = offset > 0 ? text.lastIndexOf('\n', offset - 1) : -1;
    if (newline >= 0 || textStartsLine) return newline + 1;
    // A window cut from a long line: a lone carriage return may still start the cursor's line in it.
    const cr = offset > 0 ? text.lastIndexOf('\r', offset - 1) : -1;
    return cr >= 0 ? cr + 1 : undefined;
  }
  for (let i = offset - 1; i >= low; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === CR) return i + 1;
  }
  return undefined;
}

const INSIDE = -1;
const OUTSIDE = -2;
const CR = 0x0d;

/** Reads text[from, offset) as one line: INSIDE or OUTSIDE a comment or string at offset, or where a carriage return restarts the line. */
function scanLine(text: string, from: number, offset: number, s: Syntax, sc: Scanner): number {
  let i = from;
  // A line that starts with `*` continues a block comment (JSDoc).
  let inBlock = sc.open !== '' && continuesBlock(text, from, offset, sc.close);
  while (i < offset) {
    if (inBlock) {
      sc.blockEnd.lastIndex = i;
      if (!sc.blockEnd.test(text)) return INSIDE;
      const after = sc.blockEnd.lastIndex;
      const cr = text.charCodeAt(after - 1) === CR;
      if ((cr ? after - 1 : after - sc.close.length) >= offset) return INSIDE;
      if (cr) return after;
      inBlock = false;
      i = after;
      continue;
    }
    // Most characters of code open nothing: the search passes them.
    const at = find(sc.openers, text, i);
    if (at < 0 || at >= offset) return OUTSIDE;
    const c = text.charCodeAt(at);
    if (c === CR) return at + 1;
    const kind = sc.kinds[c];
    if (kind & LINE_COMMENT && s.lineComments.some((lc) => text.startsWith(lc, at))) {
      const cr = find(CARRIAGE_RETURN, text, at);
      return cr < 0 || cr >= offset ? INSIDE : cr + 1;
    }
    if (kind & BLOCK_COMMENT && text.startsWith(sc.open, at)) {
      inBlock = true;
      i = at + sc.open.length;
      continue;
    }
    if (kind & QUOTE) {
      const triple = s.tripleQuotes && text.charCodeAt(at + 1) === c && text.charCodeAt(at + 2) === c;
      const end = stringEnd(text, at + (triple ? 3 : 1), offset, sc.quoteEnds[c], triple);
      if (end <= 0) return end === 0 ? INSIDE : -end;
      i = end;
      continue;
    }
    i = at + 1;
  }
  return inBlock ? INSIDE : OUTSIDE;
}

const CARRIAGE_RETURN = /\r/g;

function continuesBlock(text: string, from: number, offset: number, close: string): boolean {
  let j = from;
  while (j < offset && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  return text.charCodeAt(j) === 0x2a && !text.startsWith(close, j);
}

/**
 * Where the string opened before `i` ends: past its closing quote (> 0); 0 when it is still open at
 * `offset`; minus the position after a carriage return that ends the line first.
 */
function stringEnd(text: string, i: number, offset: number, ends: RegExp, triple: boolean): number {
  const quote = text.charCodeAt(i - 1);
  while (i < offset) {
    const at = find(ends, text, i);
    if (at < 0 || at >= offset) return 0;
    const c = text.charCodeAt(at);
    if (c === CR) return -(at + 1);
    if (c === 0x5c) {
      // An escaped carriage return still ends the line.
      if (at + 1 < offset && text.charCodeAt(at + 1) === CR) return -(at + 2);
      i = at + 2;
    } else if (!triple) return at + 1;
    else if (text.charCodeAt(at + 1) === quote && text.charCodeAt(at + 2) === quote) return at + 3;
    else i = at + 1;
  }
  return 0;
}

/** Where the next character a global one-character pattern matches is, at or after `from`; -1 when none is. */
function find(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  // test() builds no match object.
  return pattern.test(text) ? pattern.lastIndex - 1 : -1;
}

const LINE_COMMENT = 1;
const BLOCK_COMMENT = 2;
const QUOTE = 4;

interface Scanner {
  /** per ASCII code: what it may open (LINE_COMMENT, BLOCK_COMMENT, QUOTE bits) */
  kinds: Uint8Array;
  /** the characters that may open a comment or string, and "\r" */
  openers: RegExp;
  /** per quote character: what may end its string (the quote, a backslash, "\r") */
  quoteEnds: RegExp[];
  open: string;
  close: string;
  /** the block comment's close, or "\r" (matches "\r" alone when the syntax has no block comments) */
  blockEnd: RegExp;
}

const SCANNERS = new WeakMap<Syntax, Scanner>();

/** The ASCII characters that may open a comment or a string in the syntax, as a table and as searches. */
function scannerOf(s: Syntax): Scanner {
  let scanner = SCANNERS.get(s);
  if (!scanner) {
    const kinds = new Uint8Array(128);
    const mark = (opener: string, kind: number) => {
      const c = opener.charCodeAt(0);
      if (c < 128) kinds[c] |= kind;
    };
    for (const lc of s.lineComments) mark(lc, LINE_COMMENT);
    if (s.blockComment) mark(s.blockComment[0], BLOCK_COMMENT);
    // Quotes are one character each; a longer one would never have opened a string here before either.
    for (const q of s.quotes) if (q.length === 1) mark(q, QUOTE);
    const quoteEnds: RegExp[] = [];
    let openers = '\\r';
    kinds.forEach((kind, c) => {
      if (kind === 0) return;
      openers += hex(c);
      if (kind & QUOTE) quoteEnds[c] = new RegExp(`[\\\\\\r${hex(c)}]`, 'g');
    });
    const close = s.blockComment?.[1] ?? '';
    const blockEnd = new RegExp(`${[...close].map((ch) => hex(ch.charCodeAt(0))).join('')}|\\r`, 'g');
    scanner = { kinds, openers: new RegExp(`[${openers}]`, 'g'), quoteEnds, open: s.blockComment?.[0] ?? '', close, blockEnd };
    SCANNERS.set(s, scanner);
  }
  return scanner;
}

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
