// Parsed workspace bank files kept between sessions, so a normal start parses none of them again:
// each file's parse is stored with the hash of the text it came from, and used again only for the
// same path, the same rules and the same text, by the same build of the extension. Plain JSON: the
// positions `at()` answers from are stored as data and the function is rebuilt on the way back.
import { createHash } from 'node:crypto';
import type { Located, ParsedFile } from '../bank/parseFile';
import type { BankRules } from '../bank/fieldRules';
import type { Pos } from '../bank/yamlReader';

/** Raised when what is stored changes shape. */
const FORMAT = 1;

export interface StoredParse {
  rules: BankRules;
  /** textHash() of the text this was parsed from */
  hash: string;
  parsed: ParsedFile;
}

interface StoredFile {
  format: typeof FORMAT;
  /** the extension build that wrote it: another build may read files differently */
  build: string;
  files: Record<string, { rules: BankRules; hash: string; parsed: ParsedFile }>;
}

export const textHash = (text: string): string => createHash('sha256').update(text).digest('base64');

/** The parses as JSON (JSON leaves out Located's `at`: its positions are in `fields`). */
export function encodeStoredParses(build: string, parses: ReadonlyMap<string, StoredParse>): string {
  const files: StoredFile['files'] = {};
  for (const [path, p] of parses) files[path] = p;
  const out: StoredFile = { format: FORMAT, build, files };
  return JSON.stringify(out);
}

/** The parses stored by this build, by path; empty for another build's file or one that is damaged. */
export function decodeStoredParses(build: string, json: string): Map<string, StoredParse> {
  const out = new Map<string, StoredParse>();
  let stored: Partial<StoredFile>;
  try {
    stored = JSON.parse(json) as Partial<StoredFile>;
  } catch {
    return out;
  }
  if (stored?.format !== FORMAT || stored.build !== build || typeof stored.files !== 'object' || stored.files === null) return out;
  for (const [path, p] of Object.entries(stored.files)) {
    if (!isStoredParse(p, path)) continue;
    out.set(path, { rules: p.rules, hash: p.hash, parsed: revive(p.parsed) });
  }
  return out;
}

function isStoredParse(p: unknown, path: string): p is StoredParse {
  const v = p as Partial<StoredParse> | null;
  const f = v?.parsed as Partial<ParsedFile> | undefined;
  return (
    typeof v === 'object' && v !== null && (v.rules === 'personal' || v.rules === 'bundled') && typeof v.hash === 'string' &&
    typeof f === 'object' && f !== null && f.file === path && typeof f.kind === 'string' &&
    [f.exams, f.topics, f.cases, f.questions, f.terms, f.diagnostics].every(Array.isArray)
  );
}

/** Gives every record its `at()` back, answering from the stored positions as the reader did. */
function revive(parsed: ParsedFile): ParsedFile {
  const located = <T>(l: Located<T>): Located<T> => {
    const fields: Record<string, Pos> = Object.assign(Object.create(null) as Record<string, Pos>, l.fields);
    return { item: l.item, pos: l.pos, fields, at: (f) => (Object.hasOwn(fields, f) ? fields[f] : l.pos) };
  };
  return {
    ...parsed,
    exams: parsed.exams.map(located),
    ...(parsed.bank ? { bank: located(parsed.bank) } : {}),
    topics: parsed.topics.map(located),
    cases: parsed.cases.map(located),
    questions: parsed.questions.map(located),
    terms: parsed.terms.map(located),
  };
}
