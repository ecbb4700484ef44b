// Code identifiers from the glossary (`code:`), matched exactly. The names are kept in a trie of
// tokens: runs of word characters, runs of separators (`.`, `::`, `-`, `/`, `:`) and `*`. A lookup
// walks the trie from each word start of the identifier under the cursor; names are capped in
// length at load and a lookup in steps, so a hover costs the same bounded work whatever the
// glossary or the line holds.
import type { GlossaryTerm } from '../bank/model';
import { isWordCode } from './chars';
import { acceptsGatedName, type FileImports, NO_IMPORTS, qualifierBefore } from './fileImports';

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

/** Names longer than this are left out at load: no SDK, API or resource name comes close. */
export const MAX_CODE_NAME = 100;
/** How long the text a `*` stands for may be (`24xlarge`, `us-east-1`). */
const MAX_WILDCARD_SEGMENT = 32;
/**
 * The most trie steps one lookup takes. The shipped glossary needs at most 15; only a glossary built to
 * be slow (hundreds of overlapping wildcards) reaches it, and then the lookup ends with what it has.
 */
const STEP_BUDGET = 400;

interface Entry extends CodeEntry {
  /** which entry wins a tie on the same span: exact names, then wildcards by literal prefix, then glossary order */
  order: number;
}

export interface Node {
  next?: Map<string, Node>;
  /** the node after a `*` segment */
  star?: Node;
  /** the names that end here */
  entries?: Entry[];
}

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
  return { byFirst, starFirst, separators: [...separators], maxLength: max, skipped };
}

export class CodeNames {
  private readonly root: Node = { next: new Map() };
  /** the slices of byFirst not yet in the trie */
  private readonly byFirst: Record<string, CodeRow[]>;
  private readonly built = new Set<string>();
  /** the non-word characters that occur inside names: they may continue an identifier */
  private readonly separators: Set<number>;
  /** no name is longer: the lookup never reads further than this from the cursor */
  readonly maxLength: number;
  /** names left out at load, for the checker and the tests */
  readonly skipped: CodeTables['skipped'];

  constructor(source: readonly GlossaryTerm[] | CodeTables) {
    const t = isTables(source) ? source : codeTables(source);
    this.byFirst = t.byFirst;
    this.separators = new Set(t.separators);
    this.maxLength = t.maxLength;
    this.skipped = t.skipped;
    for (const row of t.starFirst) this.insert(row);
  }

  /** The trie node after a name's first token, building that slice of the trie on first use. */
  first(token: string): Node | undefined {
    if (!this.built.has(token) && Object.hasOwn(this.byFirst, token)) {
      this.built.add(token);
      for (const row of this.byFirst[token]) this.insert(row);
    }
    return this.root.next!.get(token);
  }

  /** The root, for a walk: its star child holds names that begin with `*`. */
  get trie(): Node {
    return this.root;
  }

  private insert([name, termId, order, module]: CodeRow): void {
    let node = this.root;
    for (const token of nameTokens(name)) {
      node = token === '*' ? (node.star ??= {}) : getOrAdd((node.next ??= new Map()), token);
    }
    (node.entries ??= []).push(module ? { termId, module, order } : { termId, order });
  }

  isCodeChar(code: number): boolean {
    return isWordCode(code) || this.separators.has(code);
  }

  /** The longest name whose span holds the character at `offset`, bounded by non-word characters; then the leftmost. */
  at(text: string, offset: number, imports: FileImports = NO_IMPORTS): CodeHit | undefined {
    if (offset < 0 || offset >= text.length || !this.isCodeChar(text.charCodeAt(offset))) return undefined;
    const max = this.maxLength;
    // The identifier around the cursor, no further than any name could reach.
    let low = offset;
    while (low > 0 && offset - low < max - 1 && this.isCodeChar(text.charCodeAt(low - 1))) low--;
    let high = offset + 1;
    while (high < text.length && high - offset < max && this.isCodeChar(text.charCodeAt(high))) high++;
    const anyStarFirst = this.root.star !== undefined;
    let walk: Walk | undefined;
    for (let s = low; s <= offset; s++) {
      if (!isWordCode(text.charCodeAt(s)) || (s > 0 && isWordCode(text.charCodeAt(s - 1)))) continue;
      // Most words begin no name: one map lookup rules them out before a walk starts.
      if (!anyStarFirst && !this.first(text.slice(s, tokenEnd(text, s, high)))) continue;
      walk ??= new Walk(this, text, offset, high, imports);
      if (!walk.from(s)) break;
    }
    const best = walk?.best;
    return best && { termId: best.termId, start: best.start, end: best.end };
  }
}

/** One lookup: the walks from each start, the step budget they share, and the best hit so far. */
class Walk {
  best: (CodeHit & { order: number }) | undefined;
  steps = 0;
  private readonly stack: { node: Node; pos: number }[] = [];

  constructor(
    private readonly names: CodeNames,
    private readonly text: string,
    private readonly offset: number,
    private readonly high: number,
    private readonly imports: FileImports,
  ) {}

  /** Walks the trie from the word start `s`; false once the step budget is spent. */
  from(s: number): boolean {
    const { text, high, stack } = this;
    const root = this.names.trie;
    stack.length = 0;
    stack.push({ node: root, pos: s });
    while (stack.length > 0) {
      if (++this.steps > STEP_BUDGET) return false;
      const { node, pos } = stack.pop()!;
      if (node.entries && pos > this.offset && isWordEnd(text, pos)) this.consider(node.entries, s, pos);
      if (pos >= high) continue;
      if (node.next) {
        const end = tokenEnd(text, pos, high);
        const token = text.slice(pos, end);
        const child = node === root ? this.names.first(token) : node.next.get(token);
        if (child) stack.push({ node: child, pos: end });
      }
      if (node.star && isWordCode(text.charCodeAt(pos))) this.star(node.star, s, pos);
    }
    return true;
  }

  /** A `*` from `pos`: one dot-free segment of letters, digits, `_` and `-` that begins and ends with a word character. */
  private star(after: Node, s: number, pos: number): void {
    const { text, high } = this;
    let r = pos;
    while (r < high && r - pos <= MAX_WILDCARD_SEGMENT && isSegmentCode(text.charCodeAt(r))) r++;
    // The characters a segment reads count against the budget too.
    this.steps += r - pos;
    const longest = Math.min(r, pos + MAX_WILDCARD_SEGMENT);
    // More of the name after the segment: it must end right before a dot.
    if (after.next && r === longest && text.charCodeAt(r) === 0x2e && isWordCode(text.charCodeAt(r - 1))) this.stack.push({ node: after, pos: r });
    if (!after.entries) return;
    // The name ends with the segment: at any word end in it, the longest first.
    for (let e = longest; e > pos && e > this.offset; e--) {
      if (!isWordCode(text.charCodeAt(e - 1)) || !isWordEnd(text, e)) continue;
      if (this.best && e - s < this.best.end - this.best.start) return;
      this.consider(after.entries, s, e);
    }
  }

  private consider(entries: readonly Entry[], start: number, end: number): void {
    for (const e of entries) {
      if (!this.beats(start, end, e.order)) continue;
      if (e.module && !acceptsGatedName(this.imports, this.text.slice(start, end), e.module, qualifierBefore(this.text, start))) continue;
      this.best = { termId: e.termId, start, end, order: e.order };
    }
  }

  /** Longest first, then leftmost, then the entry that comes first. */
  private beats(start: number, end: number, order: number): boolean {
    const b = this.best;
    if (!b) return true;
    const len = end - start;
    const bestLen = b.end - b.start;
    if (len !== bestLen) return len > bestLen;
    return start !== b.start ? start < b.start : order < b.order;
  }
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

/** The end of the run of word (or of non-word) characters at `pos`, within `high`. */
function tokenEnd(text: string, pos: number, high: number): number {
  const word = isWordCode(text.charCodeAt(pos));
  let j = pos + 1;
  while (j < high && isWordCode(text.charCodeAt(j)) === word) j++;
  return j;
}

function isWordEnd(text: string, end: number): boolean {
  return end >= text.length || !isWordCode(text.charCodeAt(end));
}

function isSegmentCode(c: number): boolean {
  return c === 0x2d || (c < 128 && isWordCode(c));
}

function isTables(source: readonly GlossaryTerm[] | CodeTables): source is CodeTables {
  return !Array.isArray(source);
}

function getOrAdd(map: Map<string, Node>, key: string): Node {
  let node = map.get(key);
  if (!node) map.set(key, (node = {}));
  return node;
}
