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

/** The requested files plus the other YAML files in their folders (exams, glossary) for references. */
export function readWithContext(files: string[]): { sources: SourceFile[]; requested: Set<string> } {
  const display = (f: string) => relative(process.cwd(), f) || f;
  const requested = new Set(files.map(display));
  const all = new Set(files);
  for (const f of files) for (const sibling of expandPaths([dirname(f)])) all.add(sibling);
  const sources = [...all].map((f) => ({ path: display(f), text: readFileSync(f, 'utf8') }));
  return { sources, requested };
}
