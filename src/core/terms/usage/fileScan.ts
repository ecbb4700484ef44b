// One file read for glossary terms the way the hover reads it: by its language's syntax and
// imports, and a notebook cell by cell (code cells only, each with the imports of all of them).
// The work can be done in slices, so a scan hands the thread back between them.
import { fileImports, NO_IMPORTS } from '../fileImports';
import { languageOfFile, syntaxOf } from '../languages';
import { findTermsFrom, lookupContext, type LookupContext, type TermMatcher } from '../termLookup';
import type { TermMatch } from '../termIndex';

/** Where a term was found: 0-based line and UTF-16 columns (end exclusive), in the file or in a notebook cell. */
export interface TermHit {
  termId: string;
  line: number;
  column: number;
  endColumn: number;
  /** the index of the notebook cell (among all cells) the line is in */
  cell?: number;
  /** the text the term was found as */
  text: string;
  /** its line, trimmed and cut to PREVIEW_CHARS, to show beside the location */
  preview: string;
}

const PREVIEW_CHARS = 120;

interface Part {
  text: string;
  ctx: LookupContext;
  cell?: number;
}

export class FileScan {
  readonly hits: TermHit[] = [];
  private readonly parts: Part[];
  private part = 0;
  private offset = 0;
  private matches: TermMatch[] = [];

  /** `cellLanguages`: a notebook's code cells count only when their language is among them (the hover's languages). */
  constructor(private readonly index: TermMatcher, path: string, text: string, cellLanguages?: ReadonlySet<string>) {
    this.parts = path.toLowerCase().endsWith('.ipynb') ? notebookParts(text, cellLanguages) : [{ text, ctx: lookupContext(languageOfFile(path), text) }];
  }

  get done(): boolean {
    return this.part >= this.parts.length;
  }

  /** Matches until `stop()` says so or the file is done; returns whether it is done. */
  step(stop?: () => boolean): boolean {
    while (this.part < this.parts.length) {
      const p = this.parts[this.part];
      this.offset = findTermsFrom(this.index, p.text, p.ctx, this.offset, this.matches, stop);
      if (this.offset < p.text.length) return false;
      this.hits.push(...hitsOf(p, this.matches));
      this.part++;
      this.offset = 0;
      this.matches = [];
    }
    return true;
  }
}

/** Every term of a file at once: the command-line tool and the tests. */
export function scanText(index: TermMatcher, path: string, text: string, cellLanguages?: ReadonlySet<string>): TermHit[] {
  const scan = new FileScan(index, path, text, cellLanguages);
  scan.step();
  return scan.hits;
}

interface NotebookJson {
  cells?: { cell_type?: unknown; source?: unknown; metadata?: { language?: unknown; vscode?: { languageId?: unknown } } }[];
  metadata?: { kernelspec?: { language?: unknown }; language_info?: { name?: unknown } };
}

/** A notebook's code cells, each read in its language with the imports of all code cells of that language. */
function notebookParts(text: string, cellLanguages?: ReadonlySet<string>): Part[] {
  let nb: NotebookJson;
  try {
    nb = JSON.parse(text) as NotebookJson;
  } catch {
    return [];
  }
  if (!Array.isArray(nb.cells)) return [];
  const kernel = str(nb.metadata?.language_info?.name) ?? str(nb.metadata?.kernelspec?.language) ?? 'python';
  const cells = nb.cells.map((c, cell) => ({
    cell,
    code: c?.cell_type === 'code',
    language: str(c?.metadata?.vscode?.languageId) ?? str(c?.metadata?.language) ?? kernel,
    source: Array.isArray(c?.source) ? c.source.filter((s) => typeof s === 'string').join('') : (str(c?.source) ?? ''),
  })).filter((c) => c.code && (!cellLanguages || cellLanguages.has(c.language)));
  const importsByLanguage = new Map<string, LookupContext['imports']>();
  for (const language of new Set(cells.map((c) => c.language))) {
    const syntax = syntaxOf(language);
    const all = cells.filter((c) => c.language === language).map((c) => c.source).join('\n');
    importsByLanguage.set(language, syntax.imports.length > 0 ? fileImports(all, syntax.imports) : NO_IMPORTS);
  }
  return cells.map((c) => ({ text: c.source, cell: c.cell, ctx: { syntax: syntaxOf(c.language), imports: importsByLanguage.get(c.language)! } }));
}

/** The line starting at `start`, trimmed, at most PREVIEW_CHARS long (a minified file's line is huge). */
function previewAt(text: string, start: number): string {
  const nl = text.indexOf('\n', start);
  const line = text.slice(start, Math.min(nl < 0 ? text.length : nl, start + PREVIEW_CHARS * 4)).trim();
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS - 1)}…` : line;
}

const str = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);

function hitsOf(p: Part, matches: readonly TermMatch[]): TermHit[] {
  const out: TermHit[] = [];
  // Matches come in order: one pass over the line starts places them all.
  let line = 0;
  let lineStart = 0;
  for (const m of matches) {
    for (let nl = p.text.indexOf('\n', lineStart); nl >= 0 && nl < m.start; nl = p.text.indexOf('\n', lineStart)) {
      line++;
      lineStart = nl + 1;
    }
    const hit: TermHit = { termId: m.termId, line, column: m.start - lineStart, endColumn: m.end - lineStart, text: p.text.slice(m.start, m.end), preview: previewAt(p.text, lineStart) };
    if (p.cell !== undefined) hit.cell = p.cell;
    out.push(hit);
  }
  return out;
}
