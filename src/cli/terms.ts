// sagemaker-study terms <file> [--glossary=<dir>]: every glossary term in a file, one JSON line each
// ({"line","column","endColumn","term","text"}; 1-based line and column, endColumn exclusive,
// columns in UTF-16 code units as editors count them), found by the matcher the hover uses.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { compileCatalog } from '../core/bank/compile';
import { type Catalog, CATALOG_FORMAT, type GlossaryTerm } from '../core/bank/model';
import { countErrors } from '../core/diagnostics';
import { fileImports } from '../core/terms/fileImports';
import { languageOfFile } from '../core/terms/languages';
import { TermIndex } from '../core/terms/termIndex';
import { findTerms, lookupContext, type LookupContext } from '../core/terms/termLookup';
import { expandPaths, readWithContext } from './bankFiles';
import { termsInFolder } from './termsDir';

export const TERMS_USAGE = `usage: sagemaker-study terms <file|dir> [--json] [--glossary=<dir>]
  <file>: prints each glossary term found in it as a JSON line {"line","column","endColumn","term","text"}
  <dir>:  scans it recursively (the hover's languages and notebooks; .gitignore, node_modules and files
          over 1 MB left out) and prints each term used with its number of places and its files
  --json            with <dir>: one JSON line per place instead, {"file","cell"?,"line","column","endColumn","term","text"}
  --glossary=<dir>  compile the glossary from the YAML files in <dir> (default: the built catalog,
                    else ./questions)`;

export function termsCommand(args: string[]): number {
  const flags = args.filter((a) => a.startsWith('--'));
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => !f.startsWith('--glossary=') && f !== '--json');
  if (files.length !== 1 || unknown.length > 0) {
    console.error(unknown.length > 0 ? `terms: unknown option ${unknown[0]}\n${TERMS_USAGE}` : TERMS_USAGE);
    return 2;
  }
  const file = files[0];
  let text: string;
  let terms: GlossaryTerm[];
  try {
    if (statSync(file).isDirectory()) return termsInFolder(file, loadGlossary(glossaryFlag(flags)), flags.includes('--json'));
    text = readFileSync(file, 'utf8');
    terms = loadGlossary(glossaryFlag(flags));
  } catch (err) {
    console.error(`terms: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const index = new TermIndex(terms);
  const lines = lineStarts(text);
  for (const m of findTerms(index, text, contextOf(file, text))) {
    const line = lineOf(lines, m.start);
    const column = m.start - lines[line] + 1;
    console.log(JSON.stringify({ line: line + 1, column, endColumn: column + (m.end - m.start), term: m.termId, text: text.slice(m.start, m.end) }));
  }
  return 0;
}

const glossaryFlag = (flags: string[]) => flags.find((f) => f.startsWith('--glossary='))?.slice('--glossary='.length);

/** A notebook is read as the JSON it is, with the imports of its code cells. */
function contextOf(file: string, text: string): LookupContext {
  const ctx = lookupContext(languageOfFile(file), text);
  if (!file.toLowerCase().endsWith('.ipynb')) return ctx;
  try {
    const nb = JSON.parse(text) as { cells?: { cell_type?: unknown; source?: unknown }[] };
    const code = (nb.cells ?? [])
      .filter((c) => c.cell_type === 'code')
      .map((c) => (Array.isArray(c.source) ? c.source.join('') : typeof c.source === 'string' ? c.source : ''))
      .join('\n');
    return { ...ctx, imports: fileImports(code, ['python']) };
  } catch {
    return ctx;
  }
}

function loadGlossary(dir: string | undefined): GlossaryTerm[] {
  if (dir !== undefined) return compileGlossary(dir);
  // Beside the bundled CLI (dist/) lies the catalog the build compiled.
  for (const name of ['catalog.json', 'catalog.json.br']) {
    const path = join(__dirname, name);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    const catalog = JSON.parse((name.endsWith('.br') ? brotliDecompressSync(bytes) : bytes).toString('utf8')) as Catalog;
    if (catalog.format !== CATALOG_FORMAT) throw new Error(`${path}: catalog format ${String(catalog.format)} is not ${CATALOG_FORMAT}; rebuild`);
    return catalog.terms;
  }
  if (existsSync('questions')) return compileGlossary('questions');
  throw new Error('no glossary: build the extension, or pass --glossary=<dir>');
}

function compileGlossary(dir: string): GlossaryTerm[] {
  const { sources } = readWithContext(expandPaths([dir]));
  const { diagnostics, catalog } = compileCatalog(sources);
  const errors = countErrors(diagnostics);
  if (errors > 0) console.error(`terms: ${dir} has ${errors} error(s) (see sagemaker-study check); using the valid terms`);
  if (catalog.terms.length === 0) throw new Error(`${dir}: no glossary terms`);
  return catalog.terms;
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
