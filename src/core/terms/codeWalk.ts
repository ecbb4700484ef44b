// One lookup of the code-name trie: the walks from each word start of the identifier under the
// cursor, the step budget they share, and the best hit so far. One walk serves every lookup of a
// CodeNames in turn, so a hover allocates only its answer.
import { isWordCode } from './chars';
import { MAX_WILDCARD_SEGMENT } from './codeTables';
import type { CodeHit, CodeNames, Entry, Node } from './codeNames';
import { acceptsGatedName, type FileImports, NO_IMPORTS, qualifierBefore } from './fileImports';

/**
 * The most trie steps one lookup takes. The shipped glossary needs at most 15; only a glossary built to
 * be slow (hundreds of overlapping wildcards) reaches it, and then the lookup ends with what it has.
 */
const STEP_BUDGET = 400;

/** One lookup: the walks from each start, the step budget they share, and the best hit so far. */
export class Walk {
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

/** The end of the run of word (or of non-word) characters at `pos`, within `high`. */
export function tokenEnd(text: string, pos: number, high: number): number {
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