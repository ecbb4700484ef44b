// What a file imports, so a name other libraries share (`Pipeline`, `Model`, `PCA`) counts as a
// glossary term only where it really comes from SageMaker. Read once per document version.

export interface FileImports {
  /** modules the file imports: `sagemaker.workflow.pipeline`, `@aws-sdk/client-sagemaker` */
  modules: ReadonlySet<string>;
  /** names bound by Python `from m import Name`, to the module they come from */
  names: ReadonlyMap<string, string>;
}

export const NO_IMPORTS: FileImports = { modules: new Set(), names: new Map() };

export type ImportSyntax = 'python' | 'javascript';

/**
 * Whether a name limited to `module` means the glossary term here. A name the file imports decides
 * by where it comes from (`from sklearn.pipeline import Pipeline` says no); otherwise the module
 * must be imported (`import sagemaker` allows `sagemaker`-limited names).
 */
export function acceptsGatedName(imports: FileImports, name: string, module: string): boolean {
  const from = imports.names.get(name);
  if (from !== undefined) return within(from, module);
  for (const m of imports.modules) if (within(m, module)) return true;
  return false;
}

function within(m: string, module: string): boolean {
  return m === module || (m.length > module.length && m.startsWith(module) && m[module.length] === '.');
}

/** The imports of a file written in the given syntaxes (Markdown holds both kinds of code block). */
export function fileImports(text: string, syntaxes: readonly ImportSyntax[]): FileImports {
  const modules = new Set<string>();
  const names = new Map<string, string>();
  if (syntaxes.includes('python')) pythonImports(text, modules, names);
  if (syntaxes.includes('javascript')) javascriptImports(text, modules);
  return { modules, names };
}

const PY_STATEMENT = /^[ \t]*(from|import)[ \t]+/gm;
const PY_MODULE = /^\.*[A-Za-z_][\w.]*|^\.+/;

function pythonImports(text: string, modules: Set<string>, names: Map<string, string>): void {
  for (const m of text.matchAll(PY_STATEMENT)) {
    const body = statementAt(text, m.index + m[0].length);
    if (m[1] === 'import') {
      // import a.b as x, c
      for (const part of body.split(',')) {
        const mod = PY_MODULE.exec(part.trim())?.[0];
        if (mod && !mod.startsWith('.')) modules.add(mod);
      }
      continue;
    }
    // from a.b import c, d as e   |   from a.b import (c,\n d)   |   from a.b import *
    const fm = /^(\S+)[ \t]+import\b([\s\S]*)$/.exec(body);
    const mod = fm && PY_MODULE.exec(fm[1])?.[0];
    if (!fm || !mod || mod !== fm[1]) continue;
    if (!mod.startsWith('.')) modules.add(mod);
    for (const part of fm[2].replace(/[()\\]/g, ' ').split(',')) {
      const words = part.trim().split(/\s+/);
      const local = words[1] === 'as' ? words[2] : words[0];
      if (local && local !== '*' && /^[A-Za-z_]\w*$/.test(local)) names.set(local, mod);
    }
  }
}

/** The rest of a Python statement: to the end of the line, through parentheses and backslash continuations, without comments. */
function statementAt(text: string, from: number): string {
  let out = '';
  let depth = 0;
  // Import statements are short; the bound keeps a broken file from costing a scan to its end.
  const limit = Math.min(text.length, from + 2000);
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === '#') {
      while (i < limit && text[i] !== '\n') i++;
      i--;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '\\' && text[i + 1] === '\n') {
      i++;
      out += ' ';
      continue;
    } else if (ch === '\n' || ch === ';') {
      if (depth === 0 || ch === ';') break;
    }
    out += ch;
  }
  return out.trim();
}

// import x from 'm' · import { a } from "m" · export * from 'm' · import 'm' · require('m') · import('m')
const JS_FROM = /\bfrom[ \t]*(['"])([^'"\n]{1,200})\1/g;
const JS_BARE = /(?:^|[;\s])import[ \t]*(['"])([^'"\n]{1,200})\1/g;
const JS_CALL = /\b(?:require|import)\(\s*(['"])([^'"\n]{1,200})\1\s*\)/g;

function javascriptImports(text: string, modules: Set<string>): void {
  for (const re of [JS_FROM, JS_BARE, JS_CALL]) for (const m of text.matchAll(re)) modules.add(m[2]);
}
