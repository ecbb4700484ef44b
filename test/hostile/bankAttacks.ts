// Generators of hostile bank, glossary and exams files for the hostile-input suite. Each attack
// starts from a valid file and says what the loader must answer: an error, and where, or the same
// catalog as the untouched file.
import fc from 'fast-check';
import type { SourceFile } from '../../src/core/bank/compile';
import { MAX_FILE_CHARS, MAX_NESTING } from '../../src/core/bank/yamlSource';
import { BANK, EXAMS, GLOSSARY } from '../unit/fixtures';

export type Kind = 'bank' | 'glossary' | 'exams';

export interface Target {
  kind: Kind;
  /** The file under attack; sorted last, so duplicates of good ids land on it. */
  path: string;
  base: string;
  /** Valid files loaded with it, which must load whatever it holds. */
  others: SourceFile[];
}

export interface Attack {
  name: string;
  text: string;
  /** The file is malformed: it must get at least one error in it. */
  malformed: boolean;
  /** Where an error must stand (1-based), and what it must say. */
  at?: { line?: number; column?: number; message?: RegExp; anySeverity?: boolean };
  /** The file must load exactly as the untouched one does. */
  sameAsBase?: boolean;
}

/** A valid bank with no glossary terms, which every case must still load. */
export const GOOD_BANK: SourceFile = {
  path: 'questions/good-bank.yaml',
  text: `id: good-bank
title: Good bank
exams:
  - code: MLA-C01
    guide: "1.0"
topics:
  - id: good-topic
    title: Good topic
    summary: Always loads.
    domain: 1
questions:
  - id: good-q1
    topic: good-topic
    type: flashcard
    difficulty: 1
    stem: What always loads?
    answer: This question.
    explanation: Another file never stops it.
    links: [https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html]
  - id: good-q2
    topic: good-topic
    type: single
    difficulty: 1
    stem: Which file loads?
    choices:
      - { text: The good one, correct: true, why: It is valid. }
      - { text: None, why: One file never stops the others. }
      - { text: The hostile one, why: It is rejected. }
    explanation: Files load one by one.
    links: [https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html]
`,
};

export const TARGETS: Target[] = [
  { kind: 'bank', path: 'questions/zz-hostile.yaml', base: BANK.text, others: [EXAMS, GOOD_BANK, GLOSSARY] },
  { kind: 'glossary', path: 'questions/zz-hostile-glossary.yaml', base: GLOSSARY.text, others: [EXAMS, GOOD_BANK] },
  {
    kind: 'exams',
    path: 'questions/zz-hostile-exams.yaml',
    base: EXAMS.text.replace(/MLA-C01/g, 'HX-MLA').replace(/AIF-C01/g, 'HX-AIF'),
    others: [EXAMS, GOOD_BANK],
  },
];

export const PROTO_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', 'prototype'];
const protoName = fc.constantFrom(...PROTO_NAMES);

interface KeyLine {
  index: number;
  indent: number;
  dash: boolean;
  key: string;
  /** The text after `key: `, or '' when the value is a nested block. */
  value: string;
  valueColumn: number;
}

const KEY_LINE = /^( *)(- )?([A-Za-z][A-Za-z0-9]*):(?: (.*))?$/;

function keyLines(text: string): KeyLine[] {
  const out: KeyLine[] = [];
  text.split('\n').forEach((line, index) => {
    const m = KEY_LINE.exec(line);
    if (!m) return;
    const indent = m[1].length + (m[2] ? 2 : 0);
    out.push({ index, indent, dash: Boolean(m[2]), key: m[3], value: m[4] ?? '', valueColumn: indent + m[3].length + 3 });
  });
  return out;
}

const withValue = (lines: KeyLine[]) => lines.filter((l) => l.value !== '');
const pick = <T>(list: T[], n: number): T => list[n % list.length];

function insertLine(text: string, index: number, line: string): string {
  const lines = text.split('\n');
  lines.splice(index, 0, line);
  return lines.join('\n');
}

function replaceValue(text: string, at: KeyLine, value: string): string {
  const lines = text.split('\n');
  lines[at.index] = lines[at.index].slice(0, at.valueColumn - 1) + value;
  return lines.join('\n');
}

/** A key named like a member of Object.prototype, beside any key of the file or inside a flow mapping. */
export const protoKey = (t: Target): fc.Arbitrary<Attack> =>
  fc.tuple(fc.nat(), protoName, fc.constantFrom('x', '1', '[a]', '{}', ''), fc.boolean()).map(([n, name, value, flow]) => {
    const flowLines = t.base.split('\n').map((l, i) => [l, i] as const).filter(([l]) => l.includes('{ '));
    if (flow && flowLines.length > 0) {
      const [line, index] = pick(flowLines, n);
      const col = line.indexOf('{ ') + 3;
      const lines = t.base.split('\n');
      lines[index] = `${line.slice(0, col - 1)}${name}: 1, ${line.slice(col - 1)}`;
      return { name: `flow key ${name} on line ${index + 1}`, text: lines.join('\n'), malformed: true, at: { line: index + 1, column: col, message: new RegExp(`unknown field '${name}'`) } };
    }
    const at = pick(keyLines(t.base), n);
    // Beside a key of the same map: after a `- key: value` item start, or before any other key.
    const index = at.dash ? at.index + 1 : at.index;
    if (at.dash && at.value === '') return { name: 'untouched', text: t.base, malformed: false, sameAsBase: true };
    const text = insertLine(t.base, index, `${' '.repeat(at.indent)}${name}:${value ? ` ${value}` : ''}`);
    return { name: `key ${name} on line ${index + 1}`, text, malformed: true, at: { line: index + 1, column: at.indent + 1, message: new RegExp(`unknown field '${name}'`) } };
  });

/** Prototype names (and ids that spell them) as values: as ids, references, texts; and ids with line breaks. */
export const protoValue = (t: Target): fc.Arbitrary<Attack> =>
  fc.tuple(fc.nat(), fc.constantFrom(...PROTO_NAMES, 'constructor', 'tostring', 'term:constructor', '[constructor]', '[__proto__, toString]', '"two\\nlines"', '"cr\\rhere"')).map(([n, value]) => {
    const at = pick(withValue(keyLines(t.base)), n);
    return { name: `${at.key}: ${value}`, text: replaceValue(t.base, at, value), malformed: false };
  });

/** An anchor on one value and an alias of it in another; or a billion-laughs alias bomb. */
export const aliases = (t: Target): fc.Arbitrary<Attack> =>
  fc.oneof(
    fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([a, b, useAlias]) => {
      const lines = withValue(keyLines(t.base));
      const from = pick(lines, a);
      const to = pick(lines, b);
      let text = replaceValue(t.base, from, `&anchor ${from.value}`);
      if (!useAlias || to.index === from.index) return { name: `anchor on line ${from.index + 1}`, text, malformed: false };
      text = replaceValue(text, to, '*anchor');
      return { name: `alias on line ${to.index + 1}`, text, malformed: true, at: { line: to.index + 1 } };
    }),
    fc.integer({ min: 3, max: 12 }).map((levels) => {
      const bomb = ['lol0: &l0 "lol"'];
      for (let i = 1; i <= levels; i++) bomb.push(`lol${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
      const first = keyLines(t.base).find((l) => l.indent === 0)!;
      const lines = t.base.split('\n');
      lines.splice(first.index, 0, ...bomb);
      return { name: `alias bomb of ${levels} levels`, text: lines.join('\n'), malformed: true, at: { line: first.index + 2 } };
    }),
  );

/** Collections nested from 2 to 30,000 levels deep, in five shapes, as the value of any field. */
export const deepNesting = (t: Target): fc.Arbitrary<Attack> =>
  fc.tuple(fc.nat(), fc.constantFrom('compact', 'flowSeq', 'flowMap', 'blockMap', 'blockSeq'), fc.oneof(fc.integer({ min: 2, max: 80 }), fc.integer({ min: 80, max: 30_000 }))).map(([n, shape, depth]) => {
    const at = pick(withValue(keyLines(t.base)), n);
    const d = shape === 'blockMap' || shape === 'blockSeq' ? Math.min(depth, 600) : depth;
    const pad = ' '.repeat(at.indent + 2);
    const value =
      shape === 'compact' ? `\n${pad}${'- '.repeat(d)}x`
      : shape === 'flowSeq' ? `${'['.repeat(d)}x${']'.repeat(d)}`
      : shape === 'flowMap' ? `${'{a: '.repeat(d)}x${'}'.repeat(d)}`
      : shape === 'blockMap' ? Array.from({ length: d }, (_, i) => `\n${pad}${' '.repeat(i)}k:`).join('') + ' x'
      : Array.from({ length: d }, (_, i) => `\n${pad}${' '.repeat(2 * i)}-`).join('') + ' x';
    const text = replaceValue(t.base, at, value);
    const message = text.length > MAX_FILE_CHARS ? /may hold at most/ : d > MAX_NESTING ? /nest more than 64 levels/ : undefined;
    return { name: `${shape} ${d} deep at line ${at.index + 1}`, text, malformed: true, at: message ? { message } : undefined };
  });

const HUGE_LENGTHS = [101, 2_001, 4_001, 5_001, 20_000, 100_000, 400_000, 999_000, 2_000_000];

/** One scalar (a value, or a key) of up to 2 million characters, plain, quoted or a block. */
export const hugeScalar = (t: Target): fc.Arbitrary<Attack> =>
  fc.tuple(fc.nat(), fc.constantFrom(...HUGE_LENGTHS), fc.constantFrom('a', '![a', '[', '*a', 'word ', 'é', '\u{1F642}', 'a-'), fc.constantFrom('plain', 'quoted', 'block', 'key')).map(([n, length, unit, style]) => {
    const at = pick(withValue(keyLines(t.base)), n);
    const s = unit.repeat(Math.ceil(length / unit.length)).slice(0, length).replace(/[\uD800-\uDBFF]$/, 'x');
    const pad = ' '.repeat(at.indent + 2);
    let text: string;
    if (style === 'key') text = insertLine(t.base, at.dash ? at.index + 1 : at.index, `${' '.repeat(at.indent)}${JSON.stringify(s)}: x`);
    else text = replaceValue(t.base, at, style === 'plain' ? s : style === 'quoted' ? JSON.stringify(s) : `|\n${pad}${s}`);
    // Every field caps its text at 5,000 characters or fewer, and no field is named like this key.
    return { name: `${style} scalar of ${length} × '${unit}' at line ${at.index + 1}`, text, malformed: length > 5_000 || style === 'key' };
  });

/** A key written twice in one mapping, or thousands of times. */
export const duplicateKeys = (t: Target): fc.Arbitrary<Attack> =>
  fc.oneof(
    // Mostly one duplicate; the thousands run to the token cap, most of a second each.
    { weight: 4, arbitrary: fc.nat().map((n): Attack => {
      const at = pick(withValue(keyLines(t.base)), n);
      const line = `${' '.repeat(at.indent)}${at.key}: ${at.value}`;
      const index = at.index + 1;
      return { name: `${at.key} twice at line ${index + 1}`, text: insertLine(t.base, index, line), malformed: true, at: { line: index + 1, column: at.indent + 1, message: /appears twice/ } };
    }) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.constantFrom(100, 5_000, 12_000, 40_000)).map(([n, count]): Attack => {
      const at = pick(keyLines(t.base), n);
      const pad = ' '.repeat(at.indent);
      const keys = Array.from({ length: count }, (_, i) => `${pad}k${i % 7}: ${i}`).join('\n');
      return { name: `${count} keys at line ${at.index + 1}`, text: insertLine(t.base, at.dash ? at.index + 1 : at.index, keys), malformed: true };
    }) },
  );

// The core schema's tags, and the non-specific `!` (plain text), may be written.
const CORE_TAGS = ['!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq', '!'];
const OTHER_TAGS = ['!!js/function', '!!js/undefined', '!custom', '!!python/object/apply:os.system', '!<tag:example.com,2000:x>', '!<constructor>', '!<__proto__>', '!<toString>', '!!binary', '!!set', '!!omap', '!!timestamp', '!!pairs', '!e!x'];

/** A tag before any value: unknown ones are errors where they stand. */
export const tags = (t: Target): fc.Arbitrary<Attack> =>
  fc.tuple(fc.nat(), fc.constantFrom(...CORE_TAGS, ...OTHER_TAGS, ...OTHER_TAGS)).map(([n, tag]) => {
    const at = pick(withValue(keyLines(t.base)), n);
    let text = replaceValue(t.base, at, `${tag} ${at.value}`);
    let line = at.index + 1;
    if (tag.startsWith('!e!')) {
      text = `%TAG !e! tag:example.com,2000:\n---\n${text}`;
      line += 2;
    }
    const core = CORE_TAGS.includes(tag);
    return { name: `${tag} at line ${line}`, text, malformed: !core, at: core ? undefined : { line } };
  });

const CONTROL_CHARS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0080', '\u009f', '\ufffe', '\uffff', '\ud800', '\udfff'];

/** A control character anywhere in the text, or as an escape inside a quoted value. */
export const controlChars = (t: Target): fc.Arbitrary<Attack> =>
  fc.tuple(fc.nat(), fc.constantFrom(...CONTROL_CHARS), fc.boolean()).map(([n, ch, escaped]) => {
    if (escaped) {
      const at = pick(withValue(keyLines(t.base)), n);
      const hex = ch.charCodeAt(0).toString(16).padStart(4, '0');
      // Escaped in a value, the character is removed with a warning where it stands.
      return { name: `"\\u${hex}" on line ${at.index + 1}`, text: replaceValue(t.base, at, `"x\\u${hex}y"`), malformed: false, at: { line: at.index + 1, anySeverity: true } };
    }
    const offset = n % (t.base.length + 1);
    const text = t.base.slice(0, offset) + ch + t.base.slice(offset);
    const before = t.base.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { name: `U+${ch.charCodeAt(0).toString(16)} at ${line}:${column}`, text, malformed: true, at: { line, column, message: /U\+[0-9A-F]{4}( \(.*\))? is not allowed in a YAML file/ } };
  });

/** A byte-order mark first (harmless) or anywhere else. */
export const byteOrderMarks = (t: Target): fc.Arbitrary<Attack> =>
  fc.oneof(
    fc.constant<Attack>({ name: 'leading BOM', text: `\ufeff${t.base}`, malformed: false, sameAsBase: true }),
    fc.nat().map((n) => {
      const offset = n % (t.base.length + 1);
      return { name: `BOM at offset ${offset}`, text: `${t.base.slice(0, offset)}\ufeff${t.base.slice(offset)}`, malformed: false };
    }),
  );

export type LineEnding = '\n' | '\r\n' | '\r' | 'mixed';
export const lineEnding = fc.constantFrom<LineEnding>('\n', '\r\n', '\r', 'mixed');

/** The same text with other line breaks: LF, CRLF, lone CR or a mix line by line. */
export function withLineEnding(text: string, ending: LineEnding, seed: number): string {
  if (ending !== 'mixed') return text.replace(/\n/g, ending);
  let s = seed >>> 0;
  return text.replace(/\n/g, () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return ['\n', '\r\n', '\r'][s % 3];
  });
}
