// Reads YAML nodes against the field specs, keeping the line and column of every value so each
// problem can be reported where the author wrote it.
import type { LineCounter } from 'yaml';
import { didYouMean, quoted, type Diagnostic, type Severity } from '../diagnostics';
import { containsRawHtml } from '../markdown';
import { fieldsOf, ID_PATTERN, isHttpsUrl, MARKDOWN_MARK, MAX_CHARS, MAX_DIAGNOSTICS_PER_FILE, MAX_MARKDOWN_MARKS, PERSONAL_OPTIONAL_FIELDS, type BankRules } from './fieldRules';
import { CODE_PATTERN_SPEC, type FieldKind, type FieldSpec, type ObjectSpec } from './schema';
import type { CodePattern } from './model';
import { FORBIDDEN_CHARACTER, FORBIDDEN_CHARACTERS } from './yamlSource';
import { mapValue, type YamlNode } from './yamlTree';

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
  /** where each field was written (what `at` answers from), kept so a parse can be stored and revived */
  fields: Readonly<Record<string, Pos>>;
}

export class FileReader {
  readonly diagnostics: Diagnostic[] = [];
  private suppressed = 0;
  private suppressedErrors = 0;
  private markdownMarks = 0;

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
    readonly rules: BankRules = 'bundled',
  ) {}

  posOf(node: YamlNode | null | undefined, fallback?: Pos): Pos {
    if (!node || node.start < 0) return fallback ?? { file: this.file, line: 1, column: 1 };
    const { line, col } = this.lines.linePos(node.start);
    return { file: this.file, line, column: col };
  }

  report(at: Pos, severity: Severity, message: string): void {
    if (this.diagnostics.length >= MAX_DIAGNOSTICS_PER_FILE) {
      this.suppressed++;
      if (severity === 'error') this.suppressedErrors++;
      return;
    }
    this.diagnostics.push({ file: at.file, line: at.line, column: at.column, severity, message });
  }

  /** Closes the file's report: says how many problems were left out. */
  finish(): void {
    if (this.suppressed === 0) return;
    const last = this.diagnostics[this.diagnostics.length - 1];
    // An error when any of them is one, so a file is never passed on what was left out.
    const severity = this.suppressedErrors > 0 ? 'error' : 'warning';
    this.diagnostics.push({ file: this.file, line: last.line, column: last.column, severity, message: `${this.suppressed} more problem${this.suppressed === 1 ? '' : 's'} in this file not shown` });
    this.suppressed = 0;
    this.suppressedErrors = 0;
  }

  /**
   * Reads a map against a spec. Unknown fields are errors with a suggestion; `extra` lists fields
   * allowed here that are not in the spec (type-specific question fields), and `elsewhere` names
   * fields that belong to a sibling shape, for a more precise message. Returns undefined when
   * any field is wrong, after reporting each problem.
   */
  readObject(
    node: YamlNode | null | undefined,
    spec: ObjectSpec,
    parentPos: Pos,
    options: {
      extra?: Record<string, FieldSpec>;
      elsewhere?: (field: string) => string | undefined;
      /** Fields accepted but left unread, for lists the caller reads item by item. */
      deferred?: string[];
    } = {},
  ): ReadObject | undefined {
    if (node?.kind !== 'map') {
      this.report(this.posOf(node, parentPos), 'error', `expected a ${spec.name} (a mapping of fields)`);
      return undefined;
    }
    const pos = this.posOf(node, parentPos);
    // Name the object by its id where it has one, so messages say which question is wrong.
    const idValue = mapValue(node, 'id');
    const label = typeof idValue === 'string' && idValue
      ? `${spec.name} ${idValue.length <= MAX_CHARS.id && ID_PATTERN.test(idValue) ? idValue : quoted(idValue)}`
      : spec.name;
    const { fields, required } = fieldsOf(spec.fields, options.extra);
    // Plain objects, not prototype-less records: only the spec's own field names are set here (an
    // unknown key is reported instead), none of them a name Object.prototype has (a unit test
    // checks), and V8 keeps plain objects of one shape compact, where Object.create(null) makes a
    // hash table for each one: reading objects allocates about a third less.
    const values: Record<string, unknown> = {};
    const positions: Record<string, Pos> = {};
    let ok = true;
    const items = node.items;
    for (let i = 0; i < items.length; i += 2) {
      const keyNode = items[i];
      const key = keyNode?.kind === 'scalar' ? String(keyNode.value) : '';
      const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
      if (!field) {
        const owner = options.elsewhere?.(key);
        const why = owner ? ` (${owner})` : didYouMean(key, Object.keys(fields));
        this.report(this.posOf(keyNode, pos), 'error', `${label}: unknown field ${quoted(key)}${why}`);
        ok = false;
        continue;
      }
      const valueNode = items[i + 1];
      // Where the value stands, or its key when it has no place of its own.
      const at = valueNode !== null && valueNode.start >= 0 ? this.posOf(valueNode) : this.posOf(keyNode, pos);
      positions[key] = at;
      if (options.deferred?.includes(key)) continue;
      const value = this.readValue(valueNode, field.type, at, `${label}: '${key}'`);
      if (value === undefined) ok = false;
      else values[key] = value;
    }
    for (const name of required) {
      if (!Object.hasOwn(values, name) && !Object.hasOwn(positions, name)) {
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
    return { pos, values, fields: positions, at: (f) => (Object.hasOwn(positions, f) ? positions[f] : pos) };
  }

  readValue(node: YamlNode | null, type: FieldKind, at: Pos, what: string): unknown {
    switch (type.kind) {
      case 'string':
      case 'markdown':
      case 'id':
      case 'url':
      case 'enum': {
        const text = this.readText(node, at, what, MAX_CHARS[type.kind]);
        if (text === undefined) return undefined;
        if (type.kind === 'markdown') {
          if (!this.spendMarkdown(text, at, what)) return undefined;
          if (containsRawHtml(text)) this.report(at, 'warning', `${what} contains raw HTML, which is shown as text`);
          return text;
        }
        if (type.kind === 'id' && !ID_PATTERN.test(text)) {
          this.report(at, 'error', `${what} ${quoted(text)} is not a valid id (use lowercase letters, digits and - _ .)`);
          return undefined;
        }
        if (type.kind === 'url' && !isHttpsUrl(text)) {
          this.report(at, 'error', `${what} ${quoted(text)} is not an https link`);
          return undefined;
        }
        if (type.kind === 'enum' && !type.values.includes(text)) {
          this.report(at, 'error', `${what} ${quoted(text)} is not one of ${type.values.join(', ')}${didYouMean(text, type.values)}`);
          return undefined;
        }
        return text;
      }
      case 'int': {
        const value = node?.kind === 'scalar' ? node.value : undefined;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < type.min || value > type.max) {
          this.report(at, 'error', `${what} must be a whole number from ${type.min} to ${type.max}`);
          return undefined;
        }
        return value;
      }
      case 'bool': {
        const value = node?.kind === 'scalar' ? node.value : undefined;
        if (typeof value !== 'boolean') {
          this.report(at, 'error', `${what} must be true or false`);
          return undefined;
        }
        return value;
      }
      case 'list': {
        if (node?.kind !== 'seq') {
          this.report(at, 'error', `${what} must be a list`);
          return undefined;
        }
        const items: unknown[] = [];
        let ok = true;
        for (const item of node.items) {
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
        if (node?.kind === 'map') {
          const obj = this.readObject(node, CODE_PATTERN_SPEC, at);
          return obj ? ({ name: obj.values.name, module: obj.values.module } as CodePattern) : undefined;
        }
        const name = this.readText(node, at, what, MAX_CHARS.string);
        return name === undefined ? undefined : ({ name } as CodePattern);
      }
    }
  }

  /** Counts a field's Markdown marks against the file's budget; false (reported once) past it. */
  private spendMarkdown(text: string, at: Pos, what: string): boolean {
    const before = this.markdownMarks;
    this.markdownMarks += text.match(MARKDOWN_MARK)?.length ?? 0;
    if (this.markdownMarks <= MAX_MARKDOWN_MARKS) return true;
    if (before <= MAX_MARKDOWN_MARKS) {
      this.report(at, 'error', `${what}: the file's Markdown holds more than ${MAX_MARKDOWN_MARKS.toLocaleString('en')} marks ([ ] ! * _ \` < & \\) at this field; split the file`);
    }
    return false;
  }

  private readText(node: YamlNode | null, at: Pos, what: string, max: number): string | undefined {
    if (node?.kind === 'alias') {
      this.report(at, 'error', `${what}: aliases are not supported in bank files; write the value out`);
      return undefined;
    }
    if (node?.kind !== 'scalar' || node.value === null) {
      this.report(at, 'error', `${what} must be text`);
      return undefined;
    }
    if (typeof node.value !== 'string') {
      this.report(at, 'error', `${what} must be text; put quotes around ${String(node.value)}`);
      return undefined;
    }
    if (node.value.length > max) {
      this.report(at, 'error', `${what} holds ${node.value.length.toLocaleString('en')} characters; the most it may hold is ${max.toLocaleString('en')}`);
      return undefined;
    }
    let value = node.value;
    if (FORBIDDEN_CHARACTER.test(value)) {
      // Written as an escape such as "\0" (importers copy them from CSV); dropped, never shown.
      this.report(at, 'warning', `${what} holds a control character or a lone surrogate (written as an escape such as \\0); it was removed`);
      value = value.replace(FORBIDDEN_CHARACTERS, '');
    }
    if (value.trim() === '') {
      this.report(at, 'error', `${what} is empty`);
      return undefined;
    }
    return value;
  }
}
