// The code names of a glossary (`code:`) as plain JSON tables, which the build writes into
// dist/terms.json: each name split into tokens (runs of word characters, runs of separators, `*`),
// filed under its first token, with its rank among ties; names the matcher cannot use are listed
// with the reason.
import type { GlossaryTerm } from '../bank/model';
import { isWordCode } from './chars';
import { type WordTableData, wordTableData } from './wordTable';

/** Names longer than this are left out at load: no SDK, API or resource name comes close. */
export const MAX_CODE_NAME = 100;
/** How long the text a `*` stands for may be (`24xlarge`, `us-east-1`). */
export const MAX_WILDCARD_SEGMENT = 32;

/** Why a `code:` name is not matched; names the checker accepts but the matcher cannot use. */
export type SkippedReason = 'too long' | 'no word at an end' | 'wildcard inside a segment';

/** One code name as the tables keep it: the name, its term, its rank among ties, and its module. */
export type CodeRow = [name: string, termId: string, order: number, module?: string];

/**
 * The code names of a glossary as plain JSON, so the build can write them out and a hover can load
 * them without work: the names under their first token (a slice of the trie is built the first
 * time a lookup needs it), and what a lookup must know before it starts.
 */
export interface CodeTables {
  /** first token of the name -> its rows, in glossary order */
  byFirst: Record<string, CodeRow[]>;
  /** names that begin with `*` */
  starFirst: CodeRow[];
  /** the keys of byFirst as a table, so a lookup can tell a first token straight from the text */
  firstTokens: WordTableData;
  /** the non-word characters that occur inside names */
  separators: number[];
  maxLength: number;
  skipped: { termId: string; name: string; reason: SkippedReason }[];
}

export function codeTables(terms: readonly GlossaryTerm[]): CodeTables {
  // Keys come from glossary text: a null prototype keeps `__proto__` an ordinary key.
  const byFirst: Record<string, CodeRow[]> = Object.create(null) as Record<string, CodeRow[]>;
  const starFirst: CodeRow[] = [];
  const separators = new Set<number>();
  const skipped: CodeTables['skipped'] = [];
  let max = 1;
  let seq = 0;
  for (const t of terms) {
    for (const c of t.code) {
      const reason = unusable(c.name);
      if (reason) {
        skipped.push({ termId: t.id, name: c.name, reason });
        continue;
      }
      for (let i = 0; i < c.name.length; i++) {
        const code = c.name.charCodeAt(i);
        if (!isWordCode(code) && c.name[i] !== '*') separators.add(code);
      }
      const star = c.name.indexOf('*');
      const stars = star < 0 ? 0 : c.name.split('.').filter((s) => s === '*').length;
      // Exact names first, names limited to a module before the others; then wildcards by prefix length.
      const order = (star < 0 ? (c.module ? 0 : 1) : 2 + star) * 1e6 + seq++;
      const row: CodeRow = c.module ? [c.name, t.id, order, c.module] : [c.name, t.id, order];
      const first = nameTokens(c.name)[0];
      if (first === '*') starFirst.push(row);
      else (byFirst[first] ??= []).push(row);
      max = Math.max(max, c.name.length + (MAX_WILDCARD_SEGMENT - 1) * stars);
    }
  }
  return { byFirst, starFirst, firstTokens: wordTableData(Object.keys(byFirst)), separators: [...separators], maxLength: max, skipped };
}

/** The tokens of a name: runs of word characters, runs of other characters, and each `*` segment. */
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < name.length) {
    if (name[i] === '*') {
      out.push('*');
      i++;
      continue;
    }
    const word = isWordCode(name.charCodeAt(i));
    let j = i + 1;
    while (j < name.length && name[j] !== '*' && isWordCode(name.charCodeAt(j)) === word) j++;
    out.push(name.slice(i, j));
    i = j;
  }
  return out;
}

function unusable(name: string): SkippedReason | undefined {
  if (name.length > MAX_CODE_NAME) return 'too long';
  const segments = name.split('.');
  if (segments.some((s) => s.includes('*') && s !== '*')) return 'wildcard inside a segment';
  const edge = (i: number) => name[i] === '*' || isWordCode(name.charCodeAt(i));
  if (name.length === 0 || !edge(0) || !edge(name.length - 1)) return 'no word at an end';
  return undefined;
}
