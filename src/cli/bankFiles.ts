// Finds the YAML files to check and reads them, with the files beside them as context.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { SourceFile } from '../core/bank/compile';

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new Error(`${p}: no such file or folder`);
    if (statSync(p).isDirectory()) out.push(...readdirSync(p).filter(isYaml).sort().map((n) => join(p, n)));
    else out.push(p);
  }
  return [...new Set(out)];
}

/**
 * The requested files plus the other YAML files in their folders (exams, glossary) for references,
 * in the order the build reads them (each folder's files sorted by name), so a check of one file
 * keeps and drops the same duplicates the build does.
 */
export function readWithContext(files: string[]): { sources: SourceFile[]; requested: Set<string> } {
  const display = (f: string) => relative(process.cwd(), f) || f;
  const requested = new Set(files.map(display));
  // Keyed by display path, so ./questions/a.yaml and questions/a.yaml are read once.
  const all = new Map<string, string>();
  for (const f of files) {
    for (const sibling of expandPaths([dirname(f)])) if (!all.has(display(sibling))) all.set(display(sibling), sibling);
    if (!all.has(display(f))) all.set(display(f), f);
  }
  const sources = [...all].map(([path, f]) => ({ path, text: readFileSync(f, 'utf8') }));
  return { sources, requested };
}
