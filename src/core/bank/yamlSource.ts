// YAML text to one document, with every way hostile text can hurt the loader turned into a
// positioned problem instead: files past a size cap, control characters, nesting deep enough to
// overflow the stack, duplicate keys (checked in linear time; the yaml library's own check is
// quadratic), tags and aliases. Every step here is linear in the size of the file.
import { Composer, CST, isAlias, isCollection, isMap, isPair, isScalar, Lexer, LineCounter, Parser, type Document, type Node } from 'yaml';
import { quoted } from '../diagnostics';

/**
 * The size a file may have, in characters and in YAML tokens (keys, values, indicators). The
 * largest shipped file holds 90,000 characters and 9,000 tokens; an import of 2,000 questions
 * holds 950,000 and about 170,000. Parsing stays linear up to these caps.
 */
export const MAX_FILE_CHARS = 1_000_000;
export const MAX_TOKENS = 250_000;
/** Collections nest this deep at most; a bank needs six levels. */
export const MAX_NESTING = 64;
/** Control characters reported before the reader gives up on a file. */
const MAX_REPORTED_CHARACTERS = 5;

export interface YamlProblem {
  /** Offset in the text (lone CRs count as one character, as they always do) */
  offset: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface YamlSource {
  /** Undefined when the text was rejected before parsing. */
  doc?: Document.Parsed;
  lines: LineCounter;
  problems: YamlProblem[];
}

// Characters YAML does not allow in a stream (everything outside c-printable except TAB, LF, CR),
// and unpaired surrogates, which no file decoded as UTF-8 holds.
const FORBIDDEN_SOURCE = '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u0084\\u0086-\\u009f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const FORBIDDEN = new RegExp(FORBIDDEN_SOURCE, 'g');
/** The same characters inside a value, where escapes such as "\0" can put them. */
export const FORBIDDEN_CHARACTER = new RegExp(FORBIDDEN_SOURCE);
export const FORBIDDEN_CHARACTERS = new RegExp(FORBIDDEN_SOURCE, 'g');

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

export function readYamlSource(raw: string): YamlSource {
  const lines = new LineCounter();
  const problems: YamlProblem[] = [];
  if (raw.length > MAX_FILE_CHARS) {
    // Where the cap is passed, but never between the CR and LF of one line break.
    const offset = raw[MAX_FILE_CHARS - 1] === '\r' && raw[MAX_FILE_CHARS] === '\n' ? MAX_FILE_CHARS - 1 : MAX_FILE_CHARS;
    problems.push({ offset, severity: 'error', message: `the file holds ${raw.length.toLocaleString('en')} characters; a bank, glossary or exams file may hold at most ${MAX_FILE_CHARS.toLocaleString('en')} (split it into several files)` });
    return { lines: linesOf(raw), problems };
  }
  for (const m of raw.matchAll(FORBIDDEN)) {
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    const what = m[0].charCodeAt(0) < 0xa0 ? `the control character U+${code}` : `the character U+${code} (a noncharacter or a lone surrogate)`;
    problems.push({ offset: m.index, severity: 'error', message: `${what} is not allowed in a YAML file` });
    if (problems.length >= MAX_REPORTED_CHARACTERS) break;
  }
  if (problems.length > 0) return { lines: linesOf(raw), problems };
  // YAML and VS Code both take a lone CR as a line break; the yaml library does not. Same length,
  // so every offset stays where the author sees it.
  const text = raw.replace(/\r(?!\n)/g, '\n');

  // The parser and composer recurse once per level of nesting, and cost a few microseconds a
  // token: the lexer's tokens are checked on their way to the parser, which stops at the first
  // sign of deep or crowded text.
  const tokens: CST.Token[] = [];
  const parser = new Parser(lines.addNewLine);
  lines.addNewLine(0);
  const limit = new LexicalLimit(text);
  for (const lexeme of new Lexer().lex(text)) {
    const passed = limit.next(lexeme);
    if (passed) {
      problems.push({ offset: passed.offset, severity: 'error', message: passed.message });
      return { lines: linesOf(raw), problems };
    }
    for (const token of parser.next(lexeme)) tokens.push(token);
  }
  for (const token of parser.end()) tokens.push(token);
  const deepToken = exactNestingOverflow(tokens);
  if (deepToken !== undefined) return { lines, problems: [{ offset: deepToken, severity: 'error', message: `collections nest more than ${MAX_NESTING} levels deep here` }] };

  const composer = new Composer({ uniqueKeys: false, prettyErrors: false });
  let doc: Document.Parsed | undefined;
  for (const d of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = d;
    else {
      problems.push({ offset: d.range[0], severity: 'error', message: 'a bank, glossary or exams file holds one YAML document; remove this second one' });
      break;
    }
  }
  if (!doc) return { lines, problems };
  for (const e of doc.errors) problems.push({ offset: e.pos[0], severity: 'error', message: cleanYamlMessage(e.message) });
  for (const w of doc.warnings) {
    // Tags are reported below, with a message that says what to do.
    if (w.code !== 'TAG_RESOLVE_FAILED') problems.push({ offset: w.pos[0], severity: 'warning', message: cleanYamlMessage(w.message) });
  }
  if (doc.errors.length === 0) problems.push(...structureProblems(doc));
  return { doc, lines, problems };
}

/** Line starts for a text the parser did not finish. */
function linesOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (const m of text.matchAll(/\r\n|\r|\n/g)) lines.addNewLine(m.index + m[0].length);
  return lines;
}

function cleanYamlMessage(message: string): string {
  // The yaml library appends a source excerpt after the first line; compiler-style output wants one line.
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Watches the lexer's tokens: counts them, and bounds the nesting from above well enough to stop
 * pathological text (100,000 `- ` on a line, a staircase of keys) before the parser, whose work
 * grows with the square of the depth. Says where the first limit is passed.
 */
class LexicalLimit {
  private tokens = 0;
  private offset = 0;
  private flow = 0;
  private onLine = 0;
  private lineStart = true;
  private readonly indents: number[] = [];

  constructor(private readonly text: string) {}

  next(source: string): { offset: number; message: string } | undefined {
    const type = CST.tokenType(source);
    if (type === 'newline') {
      this.onLine = 0;
      this.lineStart = true;
    } else if (this.lineStart && this.flow === 0 && type !== 'space' && type !== 'comment') {
      // The first token of a line: its indentation closes deeper blocks and may open one.
      const column = this.offset - this.text.lastIndexOf('\n', this.offset - 1) - 1;
      while (this.indents.length > 0 && this.indents[this.indents.length - 1] >= column) this.indents.pop();
      this.indents.push(column);
      this.lineStart = false;
    }
    if (type === 'flow-seq-start' || type === 'flow-map-start') this.flow++;
    else if ((type === 'flow-seq-end' || type === 'flow-map-end') && this.flow > 0) this.flow--;
    else if (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind') this.onLine++;
    const at = this.offset;
    // The lexer's mode markers (document, scalar, flow error end) take no room in the text.
    if (!MARKERS.has(source)) this.offset += source.length;
    if (this.flow + this.onLine + this.indents.length > MAX_NESTING + 1) return { offset: at, message: `collections nest more than ${MAX_NESTING} levels deep here` };
    if (++this.tokens > MAX_TOKENS) {
      return { offset: at, message: `the file holds more than ${MAX_TOKENS.toLocaleString('en')} YAML tokens (keys, values, indicators); split it into several files` };
    }
    return undefined;
  }
}

const MARKERS = new Set([CST.DOCUMENT, CST.SCALAR, CST.FLOW_END]);

type Token = CST.Token;

/** The exact collection depth of the parsed tokens, walked without recursion. */
function exactNestingOverflow(tokens: Token[]): number | undefined {
  const stack: { token: Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    let children: (Token | null | undefined)[] = [];
    let nested = depth;
    switch (token.type) {
      case 'document':
        children = [token.value];
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        nested = depth + 1;
        if (nested > MAX_NESTING) return token.offset;
        children = token.items.flatMap((item) => ['key' in item ? item.key : undefined, item.value]);
        break;
      default:
        break;
    }
    for (const child of children) if (child) stack.push({ token: child, depth: nested });
  }
  return undefined;
}

/** Duplicate keys, tags and aliases, over every node without recursion. */
function structureProblems(doc: Document.Parsed): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const stack: unknown[] = [doc.contents];
  const offsetOf = (node: unknown) => (node as Node | undefined)?.range?.[0] ?? 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) continue;
    if (isAlias(node)) {
      problems.push({ offset: offsetOf(node), severity: 'error', message: `aliases such as ${quoted(`*${node.source}`)} are not supported in bank files; write the value out` });
      continue;
    }
    const tag = (node as Node).tag;
    if (tag && !CORE_TAGS.has(tag)) {
      const written = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
      problems.push({ offset: offsetOf(node), severity: 'error', message: `the tag ${quoted(written)} is not supported in bank files; remove it` });
    }
    if (isMap(node)) {
      const seen = new Map<unknown, Node>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const first = seen.get(key.value);
          if (first) problems.push({ offset: offsetOf(key), severity: 'error', message: `the key ${quoted(String(key.value))} appears twice in this mapping` });
          else seen.set(key.value, key);
        }
        stack.push(pair.value, key);
      }
    } else if (isPair(node)) {
      stack.push(node.value, node.key);
    } else if (isCollection(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return problems.sort((a, b) => a.offset - b.offset);
}
