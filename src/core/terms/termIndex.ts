// Finds the glossary term at a position in code or prose. The index is built once per glossary;
// a lookup reads only the text around the cursor (the identifier, and a few words each side) and
// makes a handful of map lookups there, never a pass over the terms.
import type { GlossaryTerm } from '../bank/model';
import { CodeNames } from './codeNames';
import { type CodeTables, codeTables } from './codeTables';
import { type FileImports, NO_IMPORTS } from './fileImports';
import { ProseNames } from './proseNames';
import { type ProseTables, proseTables } from './proseTables';

/** A glossary's matcher tables as plain JSON: the build writes them out, so the first hover builds nothing up front. */
export interface TermTables {
  code: CodeTables;
  prose: ProseTables;
}

export function termTables(terms: readonly GlossaryTerm[]): TermTables {
  return { code: codeTables(terms), prose: proseTables(terms) };
}

export interface TermMatch {
  termId: string;
  /** offsets into the text that was searched; end is exclusive */
  start: number;
  end: number;
}

export interface MatchOptions {
  imports?: FileImports;
  /**
   * Whether a one-word prose name ("Bedrock", "lambda") may match here; asked only when such a name
   * would win. Names of several words cannot be identifiers, so they match anywhere.
   */
  singleWordProse?: boolean | (() => boolean);
}

export class TermIndex {
  readonly code: CodeNames;
  readonly prose: ProseNames;

  /** From the glossary, or from tables the build wrote; either way each slice of the tries is built on first use. */
  constructor(source: readonly GlossaryTerm[] | TermTables) {
    const tables = Array.isArray(source) ? termTables(source) : (source as TermTables);
    this.code = new CodeNames(tables.code);
    this.prose = new ProseNames(tables.prose);
  }

  /**
   * The term whose span holds the character at `offset`: the longest, then the leftmost; a code
   * name before a prose name of the same span. Code names match exactly, prose names in any case.
   */
  termAt(text: string, offset: number, options: MatchOptions = {}): TermMatch | undefined {
    if (offset < 0 || offset >= text.length) return undefined;
    const code = this.code.at(text, offset, options.imports ?? NO_IMPORTS);
    const prose = this.prose.at(text, offset);
    if (!prose || (code && !beats(prose, code))) return code;
    // A one-word hit is the best only when no name of several words holds the cursor: dropping it loses nothing.
    if (prose.words === 1 && !allowed(options.singleWordProse)) return code;
    return { termId: prose.termId, start: prose.start, end: prose.end };
  }
}

function beats(a: TermMatch, b: TermMatch): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  return la > lb || (la === lb && a.start < b.start);
}

function allowed(option: MatchOptions['singleWordProse']): boolean {
  return typeof option === 'function' ? option() : option ?? true;
}
