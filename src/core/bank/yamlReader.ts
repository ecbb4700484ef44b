// Reads YAML nodes against the field specs, keeping the line and column of every value so each
// problem can be reported where the author wrote it.
import { isMap, isScalar, isSeq, type LineCounter, type Node, type YAMLMap } from 'yaml';
import { didYouMean, type Diagnostic, type Severity } from '../diagnostics';
import { containsRawHtml, parseInlineMarkdown, parseMarkdown } from '../markdown';
import type { MdDoc } from '../mdTree';
import { CODE_PATTERN_SPEC, type FieldKind, type FieldSpec, type ObjectSpec } from './schema';
import type { CodePattern } from './model';

export interface Pos {
  file: string;
  line: number;
  column: number;
}

/** An object read from YAML: its values by field and where each was written. */
export interface ReadObject {
  pos: Pos;
  values: Record<string, unknown>;
  at(field: string): Pos;
}

const ID_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/**
 * Fields a learner's own bank may leave out: their absence is a warning there, not an error. The
 * bundled banks keep every rule, because they must teach why each option is right or wrong.
 */
export const PERSONAL_OPTIONAL_FIELDS: ReadonlyMap<string, string> = new Map([
  ['why', 'the learner will not see why this option is right or wrong'],
  ['explanation', 'nothing is shown to teach the point after answering'],
  ['links', 'no documentation backs the answer'],
]);

export type BankRules = 'bundled' | 'personal';

export class FileReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
    readonly rules: BankRules = 'bundled',
  ) {}

  posOf(node: Node | null | undefined, fallback?: Pos): Pos {
    const offset = node?.range?.[0];
    if (offset === undefined) return fallback ?? { file: this.file, line: 1, column: 1 };
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  report(at: Pos, severity: Severity, message: string): void {
    this.diagnostics.push({ file: at.file, line: at.line, column: at.column, severity, message });
  }

  /**
   * Reads a map against a spec. Unknown fields are errors with a suggestion; `extra` lists fields
   * allowed here that are not in the spec (type-specific question fields), and `elsewhere` names
   * fields that belong to a sibling shape, for a more precise message. Returns undefined when
   * any field is wrong, after reporting each problem.
   */
  readObject(
    node: unknown,
    spec: ObjectSpec,
    parentPos: Pos,
    options: {
      extra?: Record<string, FieldSpec>;
      elsewhere?: (field: string) => string | undefined;
      /** Fields accepted but left unread, for lists the caller reads item by item. */
      deferred?: string[];
    } = {},
  ): ReadObject | undefined {
    if (!isMap(node)) {
      this.report(this.posOf(node as Node, parentPos), 'error', `expected a ${spec.name} (a mapping of fields)`);
      return undefined;
    }
    const map = node as YAMLMap;
    const pos = this.posOf(map, parentPos);
    // Name the object by its id where it has one, so messages say which question is wrong.
    const idValue = map.get('id');
    const label = typeof idValue === 'string' && idValue ? `${spec.name} ${idValue}` : spec.name;
    const fields: Record<string, FieldSpec> = { ...spec.fields, ...options.extra };
    const values: Record<string, unknown> = {};
    const positions: Record<string, Pos> = {};
    let ok = true;
    for (const pair of map.items) {
      const keyNode = pair.key as Node;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      const keyPos = this.posOf(keyNode, pos);
      const field = fields[key];
      if (!field) {
        const owner = options.elsewhere?.(key);
        const why = owner ? ` (${owner})` : didYouMean(key, Object.keys(fields));
        this.report(keyPos, 'error', `${label}: unknown field '${key}'${why}`);
        ok = false;
        continue;
      }
      const valueNode = pair.value as Node | null;
      positions[key] = this.posOf(valueNode, keyPos);
      if (options.deferred?.includes(key)) continue;
      const value = this.readValue(valueNode, field.type, positions[key], `${label}: '${key}'`);
      if (value === undefined) ok = false;
      else values[key] = value;
    }
    for (const [name, field] of Object.entries(fields)) {
      if (field.required && !(name in values) && !(name in positions)) {
        const cost = this.rules === 'personal' ? PERSONAL_OPTIONAL_FIELDS.get(name) : undefined;
        if (cost) {
          this.report(pos, 'warning', `${label}: no '${name}': ${cost}`);
          continue;
        }
        this.report(pos, 'error', `${label}: missing required field '${name}'`);
        ok = false;
      }
    }
    if (!ok) return undefined;
    return { pos, values, at: (f) => positions[f] ?? pos };
  }

  readValue(node: Node | null, type: FieldKind, at: Pos, what: string): unknown {
    switch (type.kind) {
      case 'string':
      case 'markdown':
      case 'id':
      case 'url':
      case 'enum': {
        const text = this.readText(node, at, what);
        if (text === undefined) return undefined;
        if (type.kind === 'markdown') {
          if (containsRawHtml(text)) this.report(at, 'warning', `${what} contains raw HTML, which is shown as text`);
          return text;
        }
        if (type.kind === 'id' && !ID_PATTERN.test(text)) {
          this.report(at, 'error', `${what} '${text}' is not a valid id (use lowercase letters, digits and - _ .)`);
          return undefined;
        }
        if (type.kind === 'url' && !isHttpsUrl(text)) {
          this.report(at, 'error', `${what} '${text}' is not an https link`);
          return undefined;
        }
        if (type.kind === 'enum' && !type.values.includes(text)) {
          this.report(at, 'error', `${what} '${text}' is not one of ${type.values.join(', ')}${didYouMean(text, type.values)}`);
          return undefined;
        }
        return text;
      }
      case 'int': {
        const value = isScalar(node) ? node.value : undefined;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < type.min || value > type.max) {
          this.report(at, 'error', `${what} must be a whole number from ${type.min} to ${type.max}`);
          return undefined;
        }
        return value;
      }
      case 'bool': {
        const value = isScalar(node) ? node.value : undefined;
        if (typeof value !== 'boolean') {
          this.report(at, 'error', `${what} must be true or false`);
          return undefined;
        }
        return value;
      }
      case 'list': {
        if (!isSeq(node)) {
          this.report(at, 'error', `${what} must be a list`);
          return undefined;
        }
        const items: unknown[] = [];
        let ok = true;
        for (const item of node.items as Node[]) {
          const itemPos = this.posOf(item, at);
          const value =
            type.of.kind === 'object'
              ? this.readObject(item, type.of.spec, itemPos)
              : this.readValue(item, type.of, itemPos, what);
          if (value === undefined) ok = false;
          else items.push(value);
        }
        if (type.minItems !== undefined && node.items.length < type.minItems) {
          this.report(at, 'error', `${what} needs at least ${type.minItems} item${type.minItems === 1 ? '' : 's'}`);
          return undefined;
        }
        return ok ? items : undefined;
      }
      case 'object':
        return this.readObject(node, type.spec, at);
      case 'codePattern': {
        if (isMap(node)) {
          const obj = this.readObject(node, CODE_PATTERN_SPEC, at);
          return obj ? ({ name: obj.values.name, module: obj.values.module } as CodePattern) : undefined;
        }
        const name = this.readText(node, at, what);
        return name === undefined ? undefined : ({ name } as CodePattern);
      }
    }
  }

  private readText(node: Node | null, at: Pos, what: string): string | undefined {
    if (!isScalar(node) || node.value === null) {
      this.report(at, 'error', `${what} must be text`);
      return undefined;
    }
    if (typeof node.value !== 'string') {
      this.report(at, 'error', `${what} must be text; put quotes around ${String(node.value)}`);
      return undefined;
    }
    if (node.value.trim() === '') {
      this.report(at, 'error', `${what} is empty`);
      return undefined;
    }
    return node.value;
  }
}

export function isHttpsUrl(text: string): boolean {
  if (!/^https:\/\//.test(text)) return false;
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

// A field left out (allowed in personal banks) becomes an empty document, never the text "undefined".
export const markdownOf = (text: unknown): MdDoc => (text === undefined ? [] : parseMarkdown(String(text)));
export const inlineMarkdownOf = (text: unknown): MdDoc => (text === undefined ? [] : parseInlineMarkdown(String(text)));
