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
  let i = from;
  let state: 'code' | 'block' | 'string' = 'code';
  let quote = '';
  const [open, close] = s.blockComment ?? ['', ''];
  if (open) {
    // A line that starts with `*` continues a block comment (JSDoc).
    let j = from;
    while (j < offset && (text[j] === ' ' || text[j] === '\t')) j++;
    if (text[j] === '*' && !text.startsWith(close, j)) state = 'block';
  }
  const special = specialCodes(s);
  const quoteCode = () => quote.charCodeAt(0);
  while (i < offset) {
    if (state === 'code') {
      // Most characters of code open nothing: one table lookup passes them.
      const c = text.charCodeAt(i);
      if (c >= 128 || special[c] === 0) {
        i++;
        continue;
      }
      if (s.lineComments.some((lc) => text.startsWith(lc, i))) return true;
      if (open && text.startsWith(open, i)) {
        state = 'block';
        i += open.length;
        continue;
      }
      const ch = text[i];
      if (s.quotes.includes(ch)) {
        quote = s.tripleQuotes && text[i + 1] === ch && text[i + 2] === ch ? ch + ch + ch : ch;
        state = 'string';
        i += quote.length;
        continue;
      }
      i++;
    } else if (state === 'block') {
      const end = text.indexOf(close, i);
      if (end < 0 || end >= offset) return true;
      state = 'code';
      i = end + close.length;
    } else {
      const c = text.charCodeAt(i);
      if (c === 0x5c) {
        i += 2;
        continue;
      }
      if (c !== quoteCode()) {
        i++;
        continue;
      }
      if (text.startsWith(quote, i)) {
        state = 'code';
        i += quote.length;
        continue;
      }
      i++;
    }
  }
  return state !== 'code';
}

const SPECIAL = new WeakMap<Syntax, Uint8Array>();

/** The ASCII characters that may open a comment or a string in the syntax, as a table. */
function specialCodes(s: Syntax): Uint8Array {
  let table = SPECIAL.get(s);
  if (!table) {
    table = new Uint8Array(128);
    for (const opener of [...s.lineComments, ...(s.blockComment ? [s.blockComment[0]] : []), ...s.quotes]) {
      const c = opener.charCodeAt(0);
      if (c < 128) table[c] = 1;
    }
    SPECIAL.set(s, table);
  }
  return table;
}
