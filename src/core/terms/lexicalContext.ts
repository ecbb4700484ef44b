// Whether the cursor is in a comment or string of a code file, from its own line only: a hover must
// not read the file from the top. Strings and comments that span lines (docstrings, block comments)
// are missed unless the line shows it, which only makes matching stricter there, never wrong.
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
  return lineStart !== undefined && insideCommentOrString(text, lineStart, offset, syntax);
}

function lineStartOf(text: string, offset: number, textStartsLine: boolean): number | undefined {
  const low = Math.max(0, offset - LINE_SCAN_LIMIT);
  for (let i = offset - 1; i >= low; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i + 1;
  }
  return low === 0 && textStartsLine ? 0 : undefined;
}

function insideCommentOrString(text: string, from: number, offset: number, s: Syntax): boolean {
  const { kinds, open, close } = scannerOf(s);
  let i = from;
  let inBlock = false;
  if (open) {
    // A line that starts with `*` continues a block comment (JSDoc).
    let j = from;
    while (j < offset && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
    if (text.charCodeAt(j) === 0x2a && !text.startsWith(close, j)) inBlock = true;
  }
  while (i < offset) {
    if (inBlock) {
      const end = text.indexOf(close, i);
      if (end < 0 || end >= offset) return true;
      inBlock = false;
      i = end + close.length;
      continue;
    }
    // Most characters of code open nothing: one table lookup passes them.
    const c = text.charCodeAt(i);
    const kind = c < 128 ? kinds[c] : 0;
    if (kind === 0) {
      i++;
      continue;
    }
    if (kind & LINE_COMMENT && s.lineComments.some((lc) => text.startsWith(lc, i))) return true;
    if (kind & BLOCK_COMMENT && text.startsWith(open, i)) {
      inBlock = true;
      i += open.length;
      continue;
    }
    if (kind & QUOTE) {
      const triple = s.tripleQuotes && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
      i = stringEnd(text, i + (triple ? 3 : 1), offset, c, triple);
      if (i < 0) return true;
      continue;
    }
    i++;
  }
  return inBlock;
}

/** Where the string whose quote is `quote` (tripled or not) ends after `i`: past its closing quote, or -1 when it is still open at `offset`. */
function stringEnd(text: string, i: number, offset: number, quote: number, triple: boolean): number {
  while (i < offset) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 2;
    else if (c !== quote) i++;
    else if (!triple) return i + 1;
    else if (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote) return i + 3;
    else i++;
  }
  return -1;
}

const LINE_COMMENT = 1;
const BLOCK_COMMENT = 2;
const QUOTE = 4;

interface Scanner {
  /** per ASCII code: what it may open (LINE_COMMENT, BLOCK_COMMENT, QUOTE bits) */
  kinds: Uint8Array;
  open: string;
  close: string;
}

const SCANNERS = new WeakMap<Syntax, Scanner>();

/** The ASCII characters that may open a comment or a string in the syntax, as a table. */
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
    scanner = { kinds, open: s.blockComment?.[0] ?? '', close: s.blockComment?.[1] ?? '' };
    SCANNERS.set(s, scanner);
  }
  return scanner;
}
