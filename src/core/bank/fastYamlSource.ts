// The quick way to read an ordinary bank file: js-yaml's event parser (about ten times faster than
// the yaml library's lexer and parser) builds the tree the reader walks (yamlTree.ts), with the
// offsets and the core-schema values the careful reader finds. It answers only for plain text:
// anything the careful reader in yamlSource.ts has something to say about (tags, anchors, aliases,
// duplicate keys, directives, deep nesting, a second document, a syntax error, large files, keys
// over 1024 characters) gets `undefined`, and the caller reads the file the careful way, which
// reports it with its position.
import * as jsYaml from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import { Document, isScalar, LineCounter } from 'yaml';
import { FORBIDDEN_CHARACTER, MAX_FILE_CHARS, MAX_TOKENS } from './yamlSource';
import { scalarNode, YamlNode } from './yamlTree';

/**
 * A bound on the yaml library's tokens from what js-yaml saw: per node at most eight (marker,
 * value, indicator, spaces, flow punctuation, a block header and its line break), per line four
 * (indentation, trailing space, comment, line break). Under the careful reader's token cap, that
 * cap cannot be what the quick way misses; the unit tests check the bound against the real lexer.
 */
export const tokenBound = (events: number, lines: number) => 8 * events + 4 * lines + 16;

// Read once: a bundled CommonJS module answers each property through a getter, per event otherwise.
const { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents } = jsYaml;
const { DOCUMENT, MAPPING, SEQUENCE, SCALAR, POP } = EVENT_ID;
const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED } = SCALAR_STYLE;

/** From a key's start to its value's, a bound on where its ':' stands (the careful reader allows 1024). */
const MAX_KEY_SPAN = 1000;
/** Deeper files are read the careful way; a bank needs six levels, the careful cap is 64. */
const FAST_MAX_DEPTH = 16;

// The yaml library's own schema and options, so a plain scalar resolves exactly as it would there.
const reference = new Document();
const SCHEMA = reference.schema;
const OPTIONS = reference.options;

export interface FastYaml {
  contents: YamlNode;
  lines: LineCounter;
}

/** Signals text the quick way does not take; never leaves this file. */
class NotPlain extends Error {}

/** The document of an ordinary file, or undefined when it must be read the careful way. */
export function readYamlFast(raw: string): FastYaml | undefined {
  if (raw.length > MAX_FILE_CHARS || raw.charCodeAt(0) === 0xfeff || FORBIDDEN_CHARACTER.test(raw)) return undefined;
  // As the careful reader does: a lone CR is a line break, same length so offsets hold. Most files
  // have none, and a search for the character is a fraction of the pattern's pass.
  const text = raw.includes('\r') ? raw.replace(/\r(?!\n)/g, '\n') : raw;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: FAST_MAX_DEPTH });
  } catch {
    return undefined;
  }
  const lines = lineStarts(text);
  if (tokenBound(events.length, lines.lineStarts.length) > MAX_TOKENS) return undefined;
  try {
    const contents = build(text, events);
    return contents ? { contents, lines } : undefined;
  } catch (err) {
    if (err instanceof NotPlain) return undefined;
    throw err;
  }
}

interface Frame {
  node: YamlNode;
  /** a mapping's key waiting for its value */
  key?: YamlNode;
  /** a large mapping's keys so far */
  keys?: Set<unknown>;
}

/** Whether a mapping already has this key (the careful reader's check, as SameValueZero). */
function hasKey(frame: Frame, value: unknown): boolean {
  const items = frame.node.items;
  // Most mappings hold a few keys: a scan allocates nothing; large ones keep a set.
  if (items.length < 32) {
    for (let i = 0; i < items.length; i += 2) {
      const k = items[i]!.value;
      if (k === value || (k !== k && value !== value)) return true;
    }
    return false;
  }
  if (!frame.keys) {
    frame.keys = new Set();
    for (let i = 0; i < items.length; i += 2) frame.keys.add(items[i]!.value);
  }
  if (frame.keys.has(value)) return true;
  frame.keys.add(value);
  return false;
}

function build(text: string, events: Event[]): YamlNode | undefined {
  const stack: Frame[] = [];
  let root: YamlNode | undefined;
  let documents = 0;
  // Where the last token read ended: a block scalar's header is found after it.
  let lastEnd = 0;
  const add = (node: YamlNode) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = node;
      return;
    }
    if (top.node.kind === 'map') {
      if (top.key === undefined) {
        if (node.kind !== 'scalar' || hasKey(top, node.value)) throw new NotPlain();
        top.key = node;
      } else {
        // The careful reader rejects a ':' over 1024 characters after its key's start (such a key
        // is never a field name, so nothing is lost reading it the careful way).
        if (node.start - top.key.start > MAX_KEY_SPAN) throw new NotPlain();
        top.node.items.push(top.key, node);
        top.key = undefined;
      }
    } else top.node.items.push(node);
  };
  for (const e of events) {
    switch (e.type) {
      case DOCUMENT:
        if (++documents > 1 || e.directives.length > 0) throw new NotPlain();
        break;
      case MAPPING:
      case SEQUENCE: {
        if (e.anchorStart !== -1 || e.tagStart !== -1) throw new NotPlain();
        const node = new YamlNode(e.type === MAPPING ? 'map' : 'seq', e.start, undefined, []);
        lastEnd = e.start + 1;
        add(node);
        stack.push({ node });
        break;
      }
      case SCALAR: {
        const top = stack[stack.length - 1];
        add(scalarOf(text, e, lastEnd, top !== undefined && top.node.kind === 'map' && top.key === undefined));
        lastEnd = e.valueEnd;
        break;
      }
      case POP:
        if (stack.length > 0) {
          const frame = stack.pop()!;
          if (frame.key !== undefined) throw new NotPlain();
        }
        break;
      default:
        // An alias: the careful reader says they are not supported.
        throw new NotPlain();
    }
  }
  return root;
}

// The tags a plain scalar may resolve to, in the schema's order, as the yaml library's composer tries them.
const VALUE_TAGS = SCHEMA.tags.filter((t) => t.default === true && t.test);
const KEY_TAGS = SCHEMA.tags.filter((t) => (t.default === true || t.default === 'key') && t.test);

// Bank files repeat the same keys and short values (id, text, correct: true) thousands of times:
// a short plain scalar is resolved once (the schema tries each of its tags' patterns in turn).
const resolvedKeys = new Map<string, unknown>();
const resolvedValues = new Map<string, unknown>();
const CACHED_CHARS = 40;
const CACHED_SCALARS = 5_000;

/** A plain scalar's core-schema value, as the yaml library's composer resolves it. */
function plainValue(source: string, atKey: boolean): unknown {
  const cache = source.length <= CACHED_CHARS ? (atKey ? resolvedKeys : resolvedValues) : undefined;
  const known = cache?.get(source);
  if (known !== undefined) return known;
  let value: unknown = source;
  const tag = (atKey ? KEY_TAGS : VALUE_TAGS).find((t) => t.test!.test(source));
  if (tag && 'resolve' in tag && !tag.collection) value = (tag.resolve as (s: string, e: (m: string) => void, o: typeof OPTIONS) => unknown)(source, () => { throw new NotPlain(); }, OPTIONS);
  if (isScalar(value)) value = value.value;
  if (cache) {
    if (cache.size >= CACHED_SCALARS) cache.clear();
    cache.set(source, value);
  }
  return value;
}

function scalarOf(text: string, e: ScalarEvent, lastEnd: number, atKey: boolean): YamlNode {
  // Empty values (null) are errors in every bank field; anchors and tags are reported by the careful reader.
  if (e.anchorStart !== -1 || e.tagStart !== -1 || e.valueStart === -1) throw new NotPlain();
  const source = getScalarValue(text, e);
  let value: unknown = source;
  let start = e.valueStart;
  if (e.style === PLAIN) {
    value = plainValue(source, atKey);
  } else if (e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED) {
    // js-yaml points inside the quotes, the yaml library at the opening quote.
    start--;
    if (text[start] !== (e.style === SINGLE_QUOTED ? "'" : '"')) throw new NotPlain();
  } else {
    start = blockHeader(text, lastEnd, e.valueStart);
  }
  return scalarNode(start, value);
}

/**
 * Where a block scalar's `|` or `>` stands (the yaml library's offset for it; js-yaml gives its
 * content): the first one after the last token, past indicators, closing quotes and comments.
 */
function blockHeader(text: string, from: number, before: number): number {
  for (let i = from; i < before; i++) {
    const c = text[i];
    if (c === '|' || c === '>') return i;
    if (c === '#') {
      const eol = text.indexOf('\n', i);
      if (eol === -1) break;
      i = eol;
    } else if (!' \t\r\n:?-\'"]},'.includes(c)) break;
  }
  throw new NotPlain();
}

function lineStarts(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}
