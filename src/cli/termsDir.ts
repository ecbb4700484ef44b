// sagemaker-study terms <dir>: the glossary terms a folder's code uses, with the scanner the editor's
// "In Your Code" view uses: the hover's languages, notebooks by their code cells, .gitignore files
// and the folders VS Code leaves out of a search by default skipped, files over 1 MB counted apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { GlossaryTerm } from '../core/bank/model';
import { DEFAULT_HOVER_LANGUAGES, languageOfFile } from '../core/terms/languages';
import { TermIndex } from '../core/terms/termIndex';
import { scanText } from '../core/terms/usage/fileScan';
import { ExcludeGlobs, GitIgnores } from '../core/terms/usage/scanExcludes';
import { TermUsage } from '../core/terms/usage/termUsage';
import { MAX_SCAN_BYTES } from '../core/terms/usage/workspaceScan';

/** VS Code's default files.exclude and search.exclude: what nobody means by "my code". */
const DEFAULT_EXCLUDES = new ExcludeGlobs({
  '**/.git': true, '**/.svn': true, '**/.hg': true, '**/CVS': true, '**/node_modules': true, '**/bower_components': true,
});

const LANGUAGES = new Set(DEFAULT_HOVER_LANGUAGES);

/** Whether the scan reads a file of this name: a language the hover serves by default, or a notebook. */
export function scannedByDefault(name: string): boolean {
  return name.toLowerCase().endsWith('.ipynb') || LANGUAGES.has(languageOfFile(name));
}

export function termsInFolder(dir: string, terms: readonly GlossaryTerm[], json: boolean): number {
  const { files, tooLarge } = listFiles(dir);
  const index = new TermIndex(terms);
  const usage = new TermUsage();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch (err) {
      console.error(`terms: ${file}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    usage.set(file, scanText(index, file, text, LANGUAGES));
  }
  const summary = usage.summary();
  if (json) {
    for (const { termId } of summary) {
      for (const { file, hit } of usage.locations(termId)) {
        const line = { file, ...(hit.cell !== undefined ? { cell: hit.cell + 1 } : {}), line: hit.line + 1, column: hit.column + 1, endColumn: hit.endColumn + 1, term: termId, text: hit.text };
        console.log(JSON.stringify(line));
      }
    }
  } else {
    const names = new Map(terms.map((t) => [t.id, t.name]));
    const width = Math.min(40, Math.max(4, ...summary.map((s) => (names.get(s.termId) ?? s.termId).length)));
    if (summary.length > 0) console.log(`${'TERM'.padEnd(width)}  PLACES  FILES`);
    for (const s of summary) {
      const files = [...new Set(usage.locations(s.termId).map((l) => l.file))];
      console.log(`${(names.get(s.termId) ?? s.termId).padEnd(width)}  ${String(s.count).padStart(6)}  ${files.join(', ')}`);
    }
  }
  // The tally goes to stderr: stdout stays the table (or the JSON lines) alone, for pipes.
  const skipped = tooLarge.length > 0 ? `; ${tooLarge.length} over 1 MB skipped (${tooLarge.join(', ')})` : '';
  console.error(`${summary.length} term${summary.length === 1 ? '' : 's'} in ${usage.fileCount} of ${files.length} file${files.length === 1 ? '' : 's'} scanned${skipped}`);
  return 0;
}

/** The files to scan under `dir`, relative with `/` separators, in a stable order. */
function listFiles(dir: string): { files: string[]; tooLarge: string[] } {
  const files: string[] = [];
  const tooLarge: string[] = [];
  const gitignores = new GitIgnores();
  const walk = (abs: string) => {
    const rel = relative(dir, abs).split(sep).join('/');
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    const ignoreFile = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (ignoreFile) gitignores.add(rel, readFileSync(join(abs, '.gitignore'), 'utf8'));
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (DEFAULT_EXCLUDES.excludes(path) || gitignores.ignores(e.isDirectory() ? `${path}/` : path)) continue;
      if (e.isDirectory()) walk(join(abs, e.name));
      else if (e.isFile() && scannedByDefault(e.name)) {
        if (statSync(join(abs, e.name)).size > MAX_SCAN_BYTES) tooLarge.push(path);
        else files.push(path);
      }
    }
  };
  walk(dir);
  return { files, tooLarge };
}
