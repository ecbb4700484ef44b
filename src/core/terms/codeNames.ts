// Code identifiers from the glossary (`code:`), matched exactly. The names are kept in a trie of
// tokens: runs of word characters, runs of separators (`.`, `::`, `-`, `/`, `:`) and `*`. A lookup
// walks the trie from each word start of the identifier under the cursor (codeWalk.ts); names are
// capped in length at load and a lookup in steps, so a hover costs the same bounded work whatever
// the glossary or the line holds.
import type { GlossaryTerm } from '../bank/model';
import { isWordCode } from './chars';
import { type CodeRow, type CodeTables, codeTables, nameTokens } from './codeTables';
import { Walk } from './codeWalk';
import { type FileImports, NO_IMPORTS } from './fileImports';
import { WordTable } from './wordTable';

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

export interface Entry extends CodeEntry {
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

  /** The trie node after the name's first token text[start, end), building that slice of the trie on first use; no slice is made. */
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

function isTables(source: readonly GlossaryTerm[] | CodeTables): source is CodeTables {
  return !Array.isArray(source);
}

function getOrAdd(map: Map<string, Node>, key: string): Node {
  let node = map.get(key);
  if (!node) map.set(key, (node = {}));
  return node;
}
