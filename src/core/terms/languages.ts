// How each language the hover serves is read: where its comments and strings are (prose names match
// only there in code), and which imports it has. Keyed by VS Code language id.
import type { ImportSyntax } from './fileImports';

export interface Syntax {
  /**
   * Code languages have identifiers, where a single-word prose name ("lambda", "Translate") would be
   * a false hit; prose names match in their comments and strings. Everything in the other languages
   * (Markdown, JSON, YAML) is text.
   */
  code: boolean;
  lineComments: readonly string[];
  blockComment?: readonly [open: string, close: string];
  quotes: readonly string[];
  /** Python's ''' and """ strings */
  tripleQuotes: boolean;
  imports: readonly ImportSyntax[];
}

const PYTHON: Syntax = { code: true, lineComments: ['#'], quotes: ['"', "'"], tripleQuotes: true, imports: ['python'] };
const JAVASCRIPT: Syntax = { code: true, lineComments: ['//'], blockComment: ['/*', '*/'], quotes: ['"', "'", '`'], tripleQuotes: false, imports: ['javascript'] };
const HCL: Syntax = { code: true, lineComments: ['#', '//'], blockComment: ['/*', '*/'], quotes: ['"'], tripleQuotes: false, imports: [] };
const DATA: Syntax = { code: false, lineComments: [], quotes: [], tripleQuotes: false, imports: [] };
const MARKDOWN: Syntax = { ...DATA, imports: ['python', 'javascript'] };

// Maps, not object literals: a language id or extension such as `constructor` or `__proto__` must find nothing.
const SYNTAX: ReadonlyMap<string, Syntax> = new Map(Object.entries({
  python: PYTHON,
  javascript: JAVASCRIPT,
  javascriptreact: JAVASCRIPT,
  typescript: JAVASCRIPT,
  typescriptreact: JAVASCRIPT,
  terraform: HCL,
  'terraform-vars': HCL,
  hcl: HCL,
  json: DATA,
  jsonc: DATA,
  yaml: DATA,
  markdown: MARKDOWN,
  plaintext: DATA,
}));

/** The languages the hover serves unless the user picks others; plain text is opt-in. */
export const DEFAULT_HOVER_LANGUAGES: readonly string[] = [
  'python',
  'javascript',
  'javascriptreact',
  'typescript',
  'typescriptreact',
  'json',
  'jsonc',
  'yaml',
  'terraform',
  'terraform-vars',
  'hcl',
  'markdown',
];

/** A language the table does not know is read as text: prose names match everywhere in it. */
export function syntaxOf(languageId: string): Syntax {
  return SYNTAX.get(languageId) ?? DATA;
}

const EXTENSIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  py: 'python',
  ipynb: 'json',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascriptreact',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescriptreact',
  json: 'json',
  jsonc: 'jsonc',
  yaml: 'yaml',
  yml: 'yaml',
  tf: 'terraform',
  tfvars: 'terraform-vars',
  hcl: 'hcl',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'plaintext',
}));

/** The language id VS Code gives a file of this name, for the command-line tool. */
export function languageOfFile(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot >= 0 && EXTENSIONS.get(fileName.slice(dot + 1).toLowerCase())) || 'plaintext';
}

/** The file extensions (without the dot) of these languages, for finding a workspace's files of them. */
export function extensionsOf(languages: Iterable<string>): string[] {
  const wanted = new Set(languages);
  return [...EXTENSIONS].filter(([ext, language]) => ext !== 'ipynb' && wanted.has(language)).map(([ext]) => ext);
}
