// What a file imports, so a name other libraries share (`Pipeline`, `Model`, `PCA`) counts as a
// glossary term only where it really comes from SageMaker. Read once per document version.

export interface FileImports {
  /** modules the file imports: `sagemaker.workflow.pipeline`, `@aws-sdk/client-sagemaker` */
  modules: ReadonlySet<string>;
  /** names bound by Python `from m import Name`, to the module they come from */
  names: ReadonlyMap<string, string>;
  /** Python names bound to a module: `import a.b as x` binds x to a.b, `import a.b` binds a to a */
  aliases: ReadonlyMap<string, string>;
  /** modules of Python `from m import *` */
  starModules: ReadonlySet<string>;
  /** modules of JavaScript imports, whose names are not tracked one by one */
  scriptModules: ReadonlySet<string>;
}

export const NO_IMPORTS: FileImports = { modules: new Set(), names: new Map(), aliases: new Map(), starModules: new Set(), scriptModules: new Set() };

export type ImportSyntax = 'python' | 'javascript';

/**
 * Whether a name limited to `module` means the glossary term here: only when it comes from that
 * module. A qualified name (`steps.TrainingStep`, `sagemaker.workflow.steps.TrainingStep`) comes
 * from what its qualifier names; a bare name from where the file imports it (`from sklearn.pipeline
 * import Pipeline` says no), or from a `from m import *` of the module. Importing some other part
 * of the module (`sagemaker.workflow.airflow`) is not enough. JavaScript imports are read by
 * module only, so there an import of the module is enough.
 */
export function acceptsGatedName(imports: FileImports, name: string, module: string, qualifier = ''): boolean {
  if (qualifier) return within(resolveQualifier(imports, qualifier), module);
  const from = imports.names.get(name);
  if (from !== undefined) return within(from, module);
  for (const m of imports.starModules) if (within(m, module)) return true;
  for (const m of imports.scriptModules) if (within(m, module)) return true;
  return false;
}

/** The module a dotted qualifier stands for: its first part through the file's Python bindings, else as written. */
function resolveQualifier(imports: FileImports, qualifier: string): string {
  const dot = qualifier.indexOf('.');
  const head = dot < 0 ? qualifier : qualifier.slice(0, dot);
  const rest = dot < 0 ? '' : qualifier.slice(dot);
  const alias = imports.aliases.get(head);
  if (alias !== undefined) return alias + rest;
  // `from sagemaker.workflow import steps` binds a submodule (or a name) to `steps`.
  const from = imports.names.get(head);
  return from !== undefined ? `${from}.${head}${rest}` : qualifier;
}

/** `\w` or `.`, as a character code. */
function isQualifierCode(c: number): boolean {
  return c === 0x2e || c === 0x5f || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The dotted chain of identifiers right before `start` (`sagemaker.workflow.` before a name), without its last dot, or ''. */
export function qualifierBefore(text: string, start: number): string {
  if (start < 2 || text[start - 1] !== '.') return '';
  let i = start - 1;
  // A qualifier longer than this is no module path anyone writes; reading further costs for nothing.
  const low = Math.max(0, start - 256);
  while (i > low && isQualifierCode(text.charCodeAt(i - 1))) i--;
  const chain = text.slice(i, start - 1);
  return /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(chain) ? chain : '';
}

function within(m: string, module: string): boolean {
  return m === module || (m.length > module.length && m.startsWith(module) && m[module.length] === '.');
}

/** The imports of a file written in the given syntaxes (Markdown holds both kinds of code block). */
export function fileImports(text: string, syntaxes: readonly ImportSyntax[]): FileImports {
  const found: FileImports & { modules: Set<string>; names: Map<string, string>; aliases: Map<string, string>; starModules: Set<string>; scriptModules: Set<string> } = {
    modules: new Set(),
    names: new Map(),
    aliases: new Map(),
    starModules: new Set(),
    scriptModules: new Set(),
  };
  if (syntaxes.includes('python')) pythonImports(text, found);
  if (syntaxes.includes('javascript')) javascriptImports(text, found.scriptModules);
  for (const m of found.scriptModules) found.modules.add(m);
  return found;
}

const PY_STATEMENT = /^[ \t]*(from|import)[ \t]+/gm;
const PY_MODULE = /^\.*[A-Za-z_][\w.]*|^\.+/;

interface PythonFound {
  modules: Set<string>;
  names: Map<string, string>;
  aliases: Map<string, string>;
  starModules: Set<string>;
}

function pythonImports(text: string, { modules, names, aliases, starModules }: PythonFound): void {
  for (const m of text.matchAll(PY_STATEMENT)) {
    const body = statementAt(text, m.index + m[0].length);
    if (m[1] === 'import') {
      // import a.b as x, c
      for (const part of body.split(',')) {
        const words = part.trim().split(/\s+/);
        const mod = PY_MODULE.exec(words[0] ?? '')?.[0];
        if (!mod || mod.startsWith('.') || mod !== words[0]) continue;
        modules.add(mod);
        if (words[1] === 'as' && words[2] && /^[A-Za-z_]\w*$/.test(words[2])) aliases.set(words[2], mod);
        else {
          const head = mod.split('.')[0];
          aliases.set(head, head);
        }
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
      if (local === '*' && !mod.startsWith('.')) starModules.add(mod);
      else if (local && /^[A-Za-z_]\w*$/.test(local)) names.set(local, mod);
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
