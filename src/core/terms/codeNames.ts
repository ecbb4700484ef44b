// Code identifiers from the glossary (`code:`), matched exactly. The names are kept in a trie of
// tokens: runs of word characters, runs of separators (`.`, `::`, `-`, `/`, `:`) and `*`. A lookup
// walks the trie from each word start of the identifier under the cursor; names are capped in
// length at load and a lookup in steps, so a hover costs the same bounded work whatever the
// glossary or the line holds.
import type { GlossaryTerm } from '../bank/model';
import { isWordCode } from './chars';
import { acceptsGatedName, type FileImports, NO_IMPORTS, qualifierBefore } from './fileImports';
import { WordTable, type WordTableData, wordTableData } from './wordTable';

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

export class CodeNames {
  private readonly root: Node = { next: new Map() };
  /** the slices of byFirst not yet in the trie */
  private readonly byFirst: Record<string, CodeRow[]>;
  /** the first tokens of names: most words of an identifier are none, and the text tells so without a slice */
  private readonly firstTokens: WordTable;
  private readonly built: Uint8Array;
  /** the non-word characters that occur inside names: they may continue an identifier (ASCII ones as a table) */
  private readonly separators: Set<number>;
  private readonly asciiSeparators = new Uint8Array(128);
  /** one lookup's walk, kept for the next */
  private readonly walk: Walk;
  /** no name is longer: the lookup never reads further than this from the cursor */
  readonly maxLength: number;
  /** names left out at load, for the checker and the tests */
  readonly skipped: CodeTables['skipped'];

  constructor(source: readonly GlossaryTerm[] | CodeTables) {
    const t = isTables(source) ? source : codeTables(source);
    this.byFirst = t.byFirst;
    this.firstTokens = new WordTable(t.firstTokens, false);
    this.built = new Uint8Array(this.firstTokens.words.length);
    this.separators = new Set(t.separators);
    for (const c of t.separators) if (c < 128) this.asciiSeparators[c] = 1;
    this.walk = new Walk(this);
    this.maxLength = t.maxLength;
    this.skipped = t.skipped;
    for (const row of t.starFirst) this.insert(row);
  }

  /** The trie node after a name's first token, building that slice of the trie on first use. */
  first(token: string): Node | undefined {
    return this.firstAt(token, 0, token.length);
  }

  /** first(text.slice(start, end)), without the slice when no name begins so. */
  firstAt(text: string, start: number, end: number): Node | undefined {
    const id = this.firstTokens.idOf(text, start, end);
    return id < 0 ? undefined : this.firstNode(id);
  }

  /** The trie node after the first token of this id. */
  private firstNode(id: number): Node | undefined {
    const token = this.firstTokens.words[id];
    if (this.built[id] === 0) {
      this.built[id] = 1;
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
    return code < 128 ? isWordCode(code) || this.asciiSeparators[code] === 1 : isWordCode(code) || this.separators.has(code);
  }

  /** Where the identifier holding `offset` ends, no further than `limit`. */
  private identifierEnd(text: string, offset: number, limit: number): number {
    let high = offset + 1;
    while (high < limit && this.isCodeChar(text.charCodeAt(high))) high++;
    return high;
  }

  /** The longest name whose span holds the character at `offset`, bounded by non-word characters; then the leftmost. */
  at(text: string, offset: number, imports: FileImports = NO_IMPORTS): CodeHit | undefined {
    if (offset < 0 || offset >= text.length || !this.isCodeChar(text.charCodeAt(offset))) return undefined;
    const max = this.maxLength;
    // The identifier around the cursor, no further than any name could reach.
    let low = offset;
    while (low > 0 && offset - low < max - 1 && this.isCodeChar(text.charCodeAt(low - 1))) low--;
    // How far words may run; where the identifier ends is read only when a walk needs it.
    const limit = Math.min(text.length, offset + max);
    const anyStarFirst = this.root.star !== undefined;
    let walk: Walk | undefined;
    // Word by word: each word's end and whether a name begins with it come from one pass over it.
    for (let s = low; s <= offset; ) {
      if (!isWordCode(text.charCodeAt(s))) {
        s++;
        continue;
      }
      const id = this.firstTokens.idOfRun(text, s, limit);
      const end = this.firstTokens.runEnd;
      // The identifier may begin inside a word, cut at the longest name: that word begins nothing.
      const start = s;
      s = end;
      if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
      // Most words begin no name: the table rules them out before a walk starts.
      const first = id < 0 ? undefined : this.firstNode(id);
      if (!first && !anyStarFirst) continue;
      walk ??= this.walk.start(text, offset, this.identifierEnd(text, offset, limit), imports);
      if (!(anyStarFirst ? walk.from(start) : walk.from(start, first, end))) break;
    }
    if (!walk) return undefined;
    return walk.finish();
  }
}

/** One lookup: the walks from each start, the step budget they share, and the best hit so far. */
class Walk {
  /** the best hit so far, as fields: a walk makes one object, for the answer */
  private bestTerm: string | undefined;
  private bestStart = 0;
  private bestEnd = 0;
  private bestOrder = 0;
  steps = 0;
  /** the nodes still to visit and where in the text each is reached */
  private readonly stackNodes: Node[] = [];
  private readonly stackPositions: number[] = [];
  private text = '';
  private offset = 0;
  private high = 0;
  private imports: FileImports = NO_IMPORTS;

  constructor(private readonly names: CodeNames) {}

  /** Ready for a new lookup (one at a time: a lookup never starts another). */
  start(text: string, offset: number, high: number, imports: FileImports): this {
    this.bestTerm = undefined;
    this.steps = 0;
    this.text = text;
    this.offset = offset;
    this.high = high;
    this.imports = imports;
    return this;
  }

  /** The best hit; the walk lets go of the text, which may hold a whole document. */
  finish(): CodeHit | undefined {
    this.text = '';
    // The stack's nodes are the trie's own: kept, they hold nothing that would go away.
    this.imports = NO_IMPORTS;
    const termId = this.bestTerm;
    this.bestTerm = undefined;
    return termId === undefined ? undefined : { termId, start: this.bestStart, end: this.bestEnd };
  }

  /**
   * Walks the trie from the word start `s`; false once the step budget is spent. `first`: the node
   * after the name's first token (ending at `firstEnd`), when the caller has looked it up already
   * (no name begins with `*`); the root's step is then counted as taken.
   */
  from(s: number, first?: Node, firstEnd = s): boolean {
    const { text, high, stackNodes: nodes, stackPositions: positions } = this;
    const root = this.names.trie;
    let top = 0;
    if (first) {
      if (++this.steps > STEP_BUDGET) return false;
      nodes[top] = first;
      positions[top++] = firstEnd;
    } else {
      nodes[top] = root;
      positions[top++] = s;
    }
    this.top = top;
    while (this.top > 0) {
      if (++this.steps > STEP_BUDGET) return false;
      const node = nodes[--this.top];
      const pos = positions[this.top];
      if (node.entries && pos > this.offset && isWordEnd(text, pos)) this.consider(node.entries, s, pos);
      if (pos >= high) continue;
      if (node.next) {
        const end = tokenEnd(text, pos, high);
        const child = node === root ? this.names.firstAt(text, pos, end) : node.next.get(text.slice(pos, end));
        if (child) this.push(child, end);
      }
      if (node.star && isWordCode(text.charCodeAt(pos))) this.star(node.star, s, pos);
    }
    return true;
  }

  private top = 0;

  private push(node: Node, pos: number): void {
    this.stackNodes[this.top] = node;
    this.stackPositions[this.top++] = pos;
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
    if (after.next && r === longest && text.charCodeAt(r) === 0x2e && isWordCode(text.charCodeAt(r - 1))) this.push(after, r);
    if (!after.entries) return;
    // The name ends with the segment: at any word end in it, the longest first.
    for (let e = longest; e > pos && e > this.offset; e--) {
      if (!isWordCode(text.charCodeAt(e - 1)) || !isWordEnd(text, e)) continue;
      if (this.bestTerm !== undefined && e - s < this.bestEnd - this.bestStart) return;
      this.consider(after.entries, s, e);
    }
  }

  private consider(entries: readonly Entry[], start: number, end: number): void {
    for (const e of entries) {
      if (!this.beats(start, end, e.order)) continue;
      if (e.module && !acceptsGatedName(this.imports, this.text.slice(start, end), e.module, qualifierBefore(this.text, start))) continue;
      this.bestTerm = e.termId;
      this.bestStart = start;
      this.bestEnd = end;
      this.bestOrder = e.order;
    }
  }

  /** Longest first, then leftmost, then the entry that comes first. */
  private beats(start: number, end: number, order: number): boolean {
    if (this.bestTerm === undefined) return true;
    const len = end - start;
    const bestLen = this.bestEnd - this.bestStart;
    if (len !== bestLen) return len > bestLen;
    return start !== this.bestStart ? start < this.bestStart : order < this.bestOrder;
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
