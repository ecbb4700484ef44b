// A lint for the UI's strings: the string literals of host, webview and UI-building core code that
// read like words for people and do not go through l10n. Ids, keys, CSS classes, command ids and
// developer log lines are not for translation; each exemption below says which it is.
import { readFileSync } from 'node:fs';
import * as ts from 'typescript';

export interface BareString {
  file: string;
  line: number;
  text: string;
}

/** Text a person reads: two words, or one capitalised word (ids and classes are lowercase or hyphenated). */
export function readsAsWords(text: string): boolean {
  const t = text.replace(/\$\([a-z-]+\)/g, ' ').trim();
  // Placeholders alone (`${a}, ${b}`) join translated parts; a word of the literal's own must be there.
  if (!/[A-Za-z]{2,}/.test(t.replace(/Xx/g, ''))) return false;
  return /[A-Za-z]{2,}[,:;.!?…]?\s+[A-Za-z]{2,}/.test(t) || /^[A-Z][a-z]{2,}[.:…!?]?$/.test(t);
}

/** Exact strings that are not UI text to translate: the product and vendor names, formats, MIME types, keys. */
const ALLOWED = new Set([
  'SageMaker Study', 'Anki', 'JSON', 'PartyRock', 'Enter', 'Esc', 'Escape', 'Alt+↑/↓',
  'text/plain', 'Content-Security-Policy', 'default-src \'none\'',
]);

/** Patterns of strings that are not UI text: CSP directives; the stand-in YAML comment for a bank file too large to read. */
const ALLOWED_PATTERNS = [/^[a-z-]+-src /, /^# over Xx MB$/];

/** Calls whose string arguments are not shown to the learner as UI text. */
const SILENT_CALLS = /^(?:(?:[\w.]+\.)?(?:log|deps|logger)\??\.(?:trace|debug|info|warn|error)|console\.\w+|vscode\.commands\.executeCommand|(?:vscode\.)?l10n\.t|setContext|require|Error|TypeError|RangeError|AnswerMismatchError|ImportError|[\w.]*(?:querySelector|querySelectorAll|getElementById|closest|setAttribute|getAttribute|addEventListener|removeEventListener|createElement|createElementNS|getConfiguration|get|update|has|startsWith|endsWith|includes|test|replace|split|join|setData|getData|matches))$/;

/** Object keys whose string values are not UI text (ids, classes, roles, commands, settings). */
const SILENT_KEYS = new Set(['preserveAspectRatio', 'class', 'className', 'id', 'role', 'type', 'command', 'contextValue', 'scheme', 'language', 'lang', 'kind', 'name', 'rel', 'href', 'for', 'value', 'draggable', 'tabindex', 'data-rating', 'data-index', 'data-pos', 'data-question-id', 'text-anchor', 'viewBox', 'xmlns', 'fill', 'stroke', 'd', 'points', 'script', 'style', 'pattern', 'source', 'path', 'ext']);

export function bareStrings(files: readonly string[]): BareString[] {
  const found: BareString[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const callee = node.expression.getText(source);
        if (SILENT_CALLS.test(callee)) return;
      }
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) check(node, node.text);
      // A substitution counts as a word (Xx), so `${n} due` reads as words and is caught.
      else if (ts.isTemplateExpression(node)) check(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('Xx'));
      ts.forEachChild(node, visit);
    };
    const check = (node: ts.Node, text: string) => {
      if (!readsAsWords(text) || ALLOWED.has(text.trim()) || ALLOWED_PATTERNS.some((p) => p.test(text)) || silentPlace(node)) return;
      found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text });
    };
    visit(source);
  }
  return found;
}

/**
 * Constants that hold code, word lists or reference data, not UI text: a sample file to hover, the
 * highlighter's keywords, and the instance hardware facts (kept in English like the glossary).
 */
const SILENT_CONSTANTS = new Set(['HOVER_SAMPLE_CODE', 'KEYWORDS', 'FAMILY_TABLE', 'A100', 'H100', 'H200', 'LARGE_TRAINING']);

/** Where a literal is a key, a case label, an enum-like comparison, a page shell or the value of a non-UI property. */
function silentPlace(node: ts.Node): boolean {
  // A page shell and the tags written into it.
  for (let up: ts.Node | undefined = node; up; up = up.parent) if (ts.isTemplateExpression(up) && up.getText().startsWith('`<!DOCTYPE html>')) return true;
  if (node.getText().startsWith('`<!DOCTYPE html>')) return true;
  // Up through the expressions that only choose or combine values (a ? 'x' : 'y', 'a' + b, (…)).
  let child: ts.Node = node;
  let parent = node.parent;
  while (ts.isConditionalExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isTemplateSpan(parent)
    || (ts.isBinaryExpression(parent) && /^(\|\||\?\?|\+|&&)$/.test(parent.operatorToken.getText()))) {
    if (ts.isConditionalExpression(parent) && parent.condition === child) break;
    child = parent;
    parent = parent.parent;
  }
  for (let up: ts.Node | undefined = parent; up; up = up.parent) {
    if (ts.isVariableDeclaration(up) && ts.isIdentifier(up.name) && SILENT_CONSTANTS.has(up.name.text)) return true;
  }
  if (ts.isPropertyAssignment(parent)) {
    if (parent.name === child) return true;
    const key = ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name) ? parent.name.text : '';
    if (SILENT_KEYS.has(key) || key.startsWith('data-') || key.startsWith('aria-control')) return true;
  }
  if (ts.isCaseClause(parent) || ts.isElementAccessExpression(parent)) return true;
  if (ts.isBinaryExpression(parent) && /^(===|!==|==|!=)$/.test(parent.operatorToken.getText())) return true;
  return false;
}
