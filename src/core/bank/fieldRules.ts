// The rules a bank's fields are read by: how long each kind of text may be, how many problems a
// file reports, which fields a learner's own bank may leave out, and each object's field table.
import type { FieldSpec } from './schema';

export const ID_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/**
 * The longest text each kind of field takes. The shipped banks stay far below (ids under 30
 * characters, Markdown under 1,200); the caps keep a hostile file from feeding megabytes to the id
 * pattern, and the Markdown parser (whose link scanning grows with the square of a run of `![`)
 * from spending more than a second on a file, and give a positioned error instead.
 */
export const MAX_CHARS: Record<'id' | 'string' | 'url' | 'enum' | 'markdown', number> = {
  id: 100, string: 4_000, url: 2_000, enum: 100, markdown: 5_000,
};

/**
 * Markdown characters that make the parser look for a construct (links, images, emphasis, code,
 * HTML, entities, escapes) a file may hold in all. Text of them costs the parser several times
 * plain text; the busiest shipped file holds under 1,000. Past the budget, Markdown fields are errors.
 */
export const MAX_MARKDOWN_MARKS = 20_000;
export const MARKDOWN_MARK = /[[\]!*_`<&\\]/g;

/** Problems reported per file; past this, one line says how many more there were. */
export const MAX_DIAGNOSTICS_PER_FILE = 200;

/** A record keyed by author text: no prototype, so 'constructor' or '__proto__' is just a key. */
const emptyRecord = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

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

/** An object's fields (the spec's and the caller's extra ones) and the names it must have. */
export interface FieldTable {
  fields: Record<string, FieldSpec>;
  required: string[];
}

const NO_EXTRA: Record<string, FieldSpec> = {};
/** Merged once per pair of field tables (they are constants): thousands of questions share a handful. */
const fieldTables = new WeakMap<object, WeakMap<object, FieldTable>>();

export function fieldsOf(base: Record<string, FieldSpec>, extra: Record<string, FieldSpec> = NO_EXTRA): FieldTable {
  let byExtra = fieldTables.get(base);
  if (!byExtra) fieldTables.set(base, (byExtra = new WeakMap()));
  let table = byExtra.get(extra);
  if (!table) {
    const fields: Record<string, FieldSpec> = Object.assign(emptyRecord<FieldSpec>(), base, extra);
    table = { fields, required: Object.keys(fields).filter((name) => fields[name].required) };
    byExtra.set(extra, table);
  }
  return table;
}

export function isHttpsUrl(text: string): boolean {
  if (!/^https:\/\//.test(text)) return false;
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}
