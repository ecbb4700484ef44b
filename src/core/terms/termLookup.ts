// The term lookups the hover, the commands and the command-line tool share: the index, plus what
// the file's language and imports say about the spot.
import { isWordCode } from './chars';
import { type FileImports, fileImports, NO_IMPORTS } from './fileImports';
import { syntaxOf, type Syntax } from './languages';
import { LINE_SCAN_LIMIT, proseAllowedAt } from './lexicalContext';
import type { MatchOptions, TermMatch } from './termIndex';

/** The text a hover reads around the cursor: its line back to LINE_SCAN_LIMIT, and past any name ahead. */
export const HOVER_WINDOW = { before: LINE_SCAN_LIMIT, after: 400 } as const;

/** What finds a term at an offset: TermIndex, or the reference matcher the tests and benchmark compare it with. */
export interface TermMatcher {
  termAt(text: string, offset: number, options?: MatchOptions): TermMatch | undefined;
}

export interface LookupContext {
  syntax: Syntax;
  imports: FileImports;
  /** whether text[0] begins a line; false for a window cut from the middle of one */
  textStartsLine?: boolean;
}

/** What a lookup needs to know about a whole document of a language. */
export function lookupContext(languageId: string, text: string): LookupContext {
  const syntax = syntaxOf(languageId);
  return { syntax, imports: syntax.imports.length > 0 ? fileImports(text, syntax.imports) : NO_IMPORTS };
}

/**
 * The term under the cursor at `offset`, or, when there is none, the one just before it (the caret
 * right after a word, as VS Code's own word lookups allow).
 */
export function findTermAt(index: TermMatcher, text: string, offset: number, ctx: LookupContext, textStartsLine = ctx.textStartsLine ?? true): TermMatch | undefined {
  // One options object for both tries: a hover makes no garbage it can avoid.
  let at = offset;
  const options: MatchOptions = { imports: ctx.imports, singleWordProse: () => proseAllowedAt(text, at, ctx.syntax, textStartsLine) };
  const m = index.termAt(text, offset, options);
  // Only a caret right after a word looks back: on a word character the one before finds nothing
  // more (every name ends at a word end), and after punctuation nothing ends there.
  if (m || offset <= 0 || isWordCode(text.charCodeAt(offset)) || !isWordCode(text.charCodeAt(offset - 1))) return m;
  at = offset - 1;
  return index.termAt(text, at, options);
}

function matchAt(index: TermMatcher, text: string, offset: number, ctx: LookupContext): TermMatch | undefined {
  return index.termAt(text, offset, {
    imports: ctx.imports,
    singleWordProse: () => proseAllowedAt(text, offset, ctx.syntax, ctx.textStartsLine ?? true),
  });
}

/**
 * Every term in a text, left to right, none overlapping: at each word that no earlier match covers,
 * the longest term holding its first character.
 */
export function findTerms(index: TermMatcher, text: string, ctx: LookupContext): TermMatch[] {
  const out: TermMatch[] = [];
  findTermsFrom(index, text, ctx, 0, out);
  return out;
}

/**
 * findTerms in slices, for a scan that must hand the thread back now and then: matches from `from`
 * are appended to `out` until `stop()` says so (asked every few words) or the text ends. Returns
 * where to resume, or text.length when done. Slices joined give exactly findTerms' matches.
 */
export function findTermsFrom(index: TermMatcher, text: string, ctx: LookupContext, from: number, out: TermMatch[], stop?: () => boolean): number {
  let i = from;
  let words = 0;
  while (i < text.length) {
    while (i < text.length && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    // Asked only at the start of a word no match covers: resuming there changes nothing.
    if (stop && ++words % 64 === 0 && stop()) return i;
    const m = matchAt(index, text, i, ctx);
    if (m && m.start >= (out.at(-1)?.end ?? 0)) {
      out.push(m);
      i = m.end;
      continue;
    }
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  }
  return text.length;
}

/**
 * The hover's lookup over a whole text held as a string: it reads only HOVER_WINDOW around the
 * cursor, as the editor does through its document, and answers in offsets of the whole text.
 */
export function findTermInWindow(index: TermMatcher, text: string, offset: number, ctx: LookupContext): TermMatch | undefined {
  const from = Math.max(0, offset - HOVER_WINDOW.before);
  const window = text.slice(from, offset + HOVER_WINDOW.after);
  const m = findTermAt(index, window, offset - from, ctx, from === 0 || text.charCodeAt(from - 1) === 0x0a);
  return m && { termId: m.termId, start: from + m.start, end: from + m.end };
}
