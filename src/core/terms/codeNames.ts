// Code identifiers from the glossary (`code:`), matched exactly. A lookup reads only the identifier
// under the cursor: its segments (split by the separators the names themselves use: `.`, `::`, `-`,
// `/`, `:`) give the few spans a name could cover, and each span is one map lookup, longest first.
import type { GlossaryTerm } from '../bank/model';
import { isWordCode } from './chars';
import { acceptsGatedName, type FileImports, NO_IMPORTS } from './fileImports';

export interface CodeEntry {
  termId: string;
  /** only in files that import this module (names other libraries share, like `Pipeline`) */
  module?: string;
}

export interface CodeHit {
  termId: string;
  start: number;
  end: number;
}

interface Wildcard {
  /** the dot segments after the literal prefix; `*` stands for one dot-free segment */
  rest: string[];
  entry: CodeEntry;
}

/** How long the text a `*` stands for may be (`24xlarge`, `us-east-1`). */
const MAX_WILDCARD_SEGMENT = 32;
const WILDCARD_SEGMENT = /^[A-Za-z0-9_-]+$/;

export class CodeNames {
  private readonly exact = new Map<string, CodeEntry[]>();
  /** wildcard patterns under their literal prefix up to the first `*`: `ml.p4d.*` under `ml.p4d.` */
  private readonly wildcards = new Map<string, Wildcard[]>();
  /** the non-word characters that occur inside names: they may continue an identifier */
  private readonly separators = new Set<number>();
  /** the first and last word of every exact name: a span that starts or ends otherwise is not looked up */
  private readonly firstWords = new Set<string>();
  private readonly lastWords = new Set<string>();
  /** the first word of every wildcard pattern (`ml`), or null when one starts with `*` */
  private wildcardFirstWords: Set<string> | null = new Set<string>();
  /** no name is longer: the lookup never reads further than this from the cursor */
  readonly maxLength: number;

  constructor(terms: readonly GlossaryTerm[]) {
    let max = 1;
    for (const t of terms) {
      for (const c of t.code) {
        const entry: CodeEntry = c.module ? { termId: t.id, module: c.module } : { termId: t.id };
        for (let i = 0; i < c.name.length; i++) {
          const code = c.name.charCodeAt(i);
          if (!isWordCode(code) && c.name[i] !== '*') this.separators.add(code);
        }
        const star = c.name.indexOf('*');
        if (star >= 0) {
          const prefix = c.name.slice(0, star);
          const rest = c.name.slice(star).split('.');
          push(this.wildcards, prefix, { rest, entry });
          if (star === 0) this.wildcardFirstWords = null;
          else this.wildcardFirstWords?.add(firstWord(c.name));
          max = Math.max(max, c.name.length + (MAX_WILDCARD_SEGMENT - 1) * rest.filter((s) => s === '*').length);
        } else {
          push(this.exact, c.name, entry);
          this.firstWords.add(firstWord(c.name));
          this.lastWords.add(lastWord(c.name));
          max = Math.max(max, c.name.length);
        }
      }
    }
    // Names limited to a module first: when the file imports it, they are the more specific meaning.
    for (const list of this.exact.values()) list.sort((a, b) => Number(!a.module) - Number(!b.module));
    this.maxLength = max;
  }

  isCodeChar(code: number): boolean {
    return isWordCode(code) || this.separators.has(code);
  }

  /** The longest name whose span holds the character at `offset`, bounded by non-word characters. */
  at(text: string, offset: number, imports: FileImports = NO_IMPORTS): CodeHit | undefined {
    if (!this.isCodeChar(text.charCodeAt(offset))) return undefined;
    const max = this.maxLength;
    // Segment starts at or before the cursor and segment ends after it, each list nearest first.
    const starts: number[] = [];
    const low = Math.max(0, offset - max + 1);
    for (let i = offset; i >= low; i--) {
      const code = text.charCodeAt(i);
      if (!this.isCodeChar(code)) break;
      if (isWordCode(code) && (i === 0 || !isWordCode(text.charCodeAt(i - 1)))) starts.push(i);
    }
    const ends: number[] = [];
    const high = Math.min(text.length, offset + max);
    for (let e = offset + 1; e <= high; e++) {
      const code = text.charCodeAt(e - 1);
      if (!this.isCodeChar(code)) break;
      if (isWordCode(code) && (e === text.length || !isWordCode(text.charCodeAt(e)))) ends.push(e);
    }
    if (starts.length === 0 || ends.length === 0) return undefined;
    // Most identifiers are no name's first or last word: one set lookup per segment rules them out.
    const endOk = ends.map((e) => this.lastWords.has(text.slice(wordStart(text, e, e - max), e)));
    let best: CodeHit | undefined;
    // Farthest start first, then farthest end: the first hit of a length is the leftmost.
    for (let a = starts.length - 1; a >= 0; a--) {
      const s = starts[a];
      const first = text.slice(s, wordEnd(text, s, s + max));
      const exactOk = this.firstWords.has(first);
      const wildOk = this.wildcardFirstWords === null || this.wildcardFirstWords.has(first);
      if (!exactOk && !wildOk) continue;
      for (let b = ends.length - 1; b >= 0; b--) {
        const e = ends[b];
        const len = e - s;
        if (len > max) continue;
        if (best && len <= best.end - best.start) break;
        if (!wildOk && !endOk[b]) continue;
        const termId = this.lookup(text.slice(s, e), imports);
        if (termId) {
          best = { termId, start: s, end: e };
          break;
        }
      }
    }
    return best;
  }

  /** The term a whole candidate string names, if any. */
  lookup(candidate: string, imports: FileImports = NO_IMPORTS): string | undefined {
    const list = this.exact.get(candidate);
    if (list) {
      for (const e of list) if (accepts(e, candidate, imports)) return e.termId;
    }
    if (this.wildcards.size === 0) return undefined;
    // Every prefix that ends where a `*` could begin: the start, and after each dot.
    for (let i = 0; i <= candidate.length; i = candidate.indexOf('.', i) + 1) {
      const bucket = this.wildcards.get(candidate.slice(0, i));
      if (bucket) {
        const rest = candidate.slice(i).split('.');
        for (const w of bucket) if (matchesRest(w.rest, rest) && accepts(w.entry, candidate, imports)) return w.entry.termId;
      }
      if (candidate.indexOf('.', i) < 0) break;
    }
    return undefined;
  }
}

function firstWord(name: string): string {
  let i = 0;
  while (i < name.length && isWordCode(name.charCodeAt(i))) i++;
  return name.slice(0, i);
}

function lastWord(name: string): string {
  let i = name.length;
  while (i > 0 && isWordCode(name.charCodeAt(i - 1))) i--;
  return name.slice(i);
}

/** The end of the word at `start`, read no further than `limit`: a longer word is no name's anyway. */
function wordEnd(text: string, start: number, limit: number): number {
  let i = start;
  const stop = Math.min(text.length, limit);
  while (i < stop && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

function wordStart(text: string, end: number, limit: number): number {
  let i = end;
  const stop = Math.max(0, limit);
  while (i > stop && isWordCode(text.charCodeAt(i - 1))) i--;
  return i;
}

function matchesRest(pattern: readonly string[], segments: readonly string[]): boolean {
  if (pattern.length !== segments.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    const s = segments[i];
    if (p === '*' ? s.length > MAX_WILDCARD_SEGMENT || !WILDCARD_SEGMENT.test(s) : p !== s) return false;
  }
  return true;
}

function accepts(entry: CodeEntry, name: string, imports: FileImports): boolean {
  return !entry.module || acceptsGatedName(imports, name, entry.module);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
