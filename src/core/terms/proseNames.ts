// Service and feature names from the glossary (`name`, `aliases`), matched case-insensitively word
// by word through a trie. A lookup reads only the words around the cursor: each is found by id
// straight from the text (no slice, no lowercasing), a word is taken in only while it stands
// beside the next as in some name, and the words of one lookup sit in arrays kept for the next.
import { gapKey, isWordCode, MAX_GAP } from './chars';
import { nameWords, type ProseTables, proseTables } from './proseTables';
import type { GlossaryTerm } from '../bank/model';
import { WordTable } from './wordTable';

export interface ProseHit {
  termId: string;
  start: number;
  end: number;
  /** how many words the name has */
  words: number;
}

interface Node {
  termId?: string;
  /** by edge: the gap before the word and the word (see ProseNames.edge) */
  next?: Map<number, Node>;
}

export class ProseNames {
  private readonly byFirst: ProseTables['byFirst'];
  private readonly words: WordTable;
  private readonly gapIds = new Map<string, number>();
  private readonly wordCount: number;
  private readonly gapCount: number;
  /** every two words side by side in some name (pairKey) */
  private readonly pairs = new Set<number>();
  /** by word id: 1 when some name has the word before another, and after another */
  private readonly inner: Uint8Array;
  private readonly tail: Uint8Array;
  /** the trie under each first word, built the first time a lookup starts there */
  private readonly roots: (Node | undefined)[];
  private readonly built: Uint8Array;
  private readonly maxWords: number;
  private readonly maxWordLength: number;
  /** one lookup's words, left to right: start, end, id, and the gap id before each */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly ids: Int32Array;
  private readonly gapsBefore: Int32Array;
  /** the words before the cursor's, nearest first, as they are found */
  private readonly back: Int32Array;
  /** what the last word scan found: its span and the gap id between it and the word it was read from */
  private foundStart = 0;
  private foundEnd = 0;
  private foundGap = 0;
  /** how many words the lookup holds so far, and how many more it may read after the cursor's */
  private count = 0;
  private rightLeft = 0;

  constructor(source: readonly GlossaryTerm[] | ProseTables) {
    const t = Array.isArray(source) ? proseTables(source) : (source as ProseTables);
    this.byFirst = t.byFirst;
    this.words = new WordTable(t.words, true);
    t.gaps.forEach((g, id) => this.gapIds.set(g, id));
    this.wordCount = t.words.words.length;
    this.gapCount = t.gaps.length;
    this.inner = new Uint8Array(this.wordCount);
    this.tail = new Uint8Array(this.wordCount);
    for (let k = 0; k + 2 < t.pairs.length; k += 3) {
      this.pairs.add(this.pairKey(t.pairs[k], t.pairs[k + 1], t.pairs[k + 2]));
      this.inner[t.pairs[k]] = 1;
      this.tail[t.pairs[k + 2]] = 1;
    }
    this.roots = new Array<Node | undefined>(this.wordCount);
    this.built = new Uint8Array(this.wordCount);
    this.maxWords = t.maxWords;
    this.maxWordLength = t.maxWordLength;
    const room = 2 * t.maxWords + 2;
    this.starts = new Int32Array(room);
    this.ends = new Int32Array(room);
    this.ids = new Int32Array(room);
    this.gapsBefore = new Int32Array(room);
    this.back = new Int32Array(4 * (t.maxWords + 1));
  }

  private pairKey(word: number, gap: number, next: number): number {
    return (word * this.gapCount + gap) * this.wordCount + next;
  }

  private edge(gap: number, word: number): number {
    return gap * this.wordCount + word;
  }

  /** The trie node of a name's first word, building that slice of the trie on first use. */
  private root(id: number): Node | undefined {
    if (this.built[id] === 0) {
      this.built[id] = 1;
      const key = this.words.words[id];
      if (Object.hasOwn(this.byFirst, key)) for (const [name, termId] of this.byFirst[key]) this.add(name, termId);
    }
    return this.roots[id];
  }

  private add(name: string, termId: string): void {
    const words = nameWords(name)!;
    let node: Node | undefined;
    for (let i = 0; i < words.length; i++) {
      const id = this.words.idOfWord(words[i].key);
      const gap = this.gapIds.get(words[i].gap);
      // Tables built from other names than these: the name cannot be matched.
      if (id < 0 || gap === undefined) return;
      if (!node) node = this.roots[id] ??= {};
      else {
        const level = (node.next ??= new Map());
        const key = this.edge(gap, id);
        let child = level.get(key);
        if (!child) level.set(key, (child = {}));
        node = child;
      }
    }
    // The checker makes names unique across terms; should two still collide (a name without its
    // parenthesis), the first keeps it, and every written name comes before those.
    if (node && node.termId === undefined) node.termId = termId;
  }

  /** The longest name whose span holds the character at `offset` (a word of it, or a gap inside it), then the leftmost. */
  at(text: string, offset: number): ProseHit | undefined {
    if (offset < 0 || offset >= text.length) return undefined;
    const { starts, ends, ids, gapsBefore } = this;
    let left: number;
    let right: number;
    let leftStart: number;
    let leftEnd: number;
    let rightStart: number;
    let rightEnd: number;
    let middleGap = 0;
    if (isWordCode(text.charCodeAt(offset))) {
      left = right = this.wordAround(text, offset);
      if (left < 0) return undefined;
      leftStart = rightStart = this.foundStart;
      leftEnd = rightEnd = this.foundEnd;
    } else {
      // Between two words: both belong to any name that spans the gap, side by side.
      let a = offset;
      while (a > 0 && offset - a < MAX_GAP && !isWordCode(text.charCodeAt(a - 1))) a--;
      let b = offset + 1;
      while (b < text.length && b - a < MAX_GAP && !isWordCode(text.charCodeAt(b))) b++;
      const gap = gapKey(text, a, b);
      if (gap === undefined || a === 0 || b >= text.length || !isWordCode(text.charCodeAt(a - 1)) || !isWordCode(text.charCodeAt(b))) return undefined;
      const g = this.gapIds.get(gap);
      if (g === undefined) return undefined;
      left = this.wordAround(text, a - 1);
      leftStart = this.foundStart;
      leftEnd = this.foundEnd;
      right = left < 0 ? -1 : this.wordAround(text, b);
      if (right < 0 || !this.pairs.has(this.pairKey(left, g, right))) return undefined;
      rightStart = this.foundStart;
      rightEnd = this.foundEnd;
      middleGap = g;
    }
    const two = leftStart !== rightStart;
    const room = this.maxWords - (two ? 2 : 1);
    // Words before the cursor's matter only while each stands before the next as in some name; the
    // same, mirrored, after it. Common words ("on", "the") thus end the search at once.
    let found = 0;
    if (this.tail[left] === 1) {
      for (let nextStart = leftStart, nextId = left; found < room; found++) {
        const id = this.wordBefore(text, nextStart);
        if (id < 0 || this.inner[id] === 0 || !this.pairs.has(this.pairKey(id, this.foundGap, nextId))) break;
        this.back[4 * found] = this.foundStart;
        this.back[4 * found + 1] = this.foundEnd;
        this.back[4 * found + 2] = id;
        this.back[4 * found + 3] = this.foundGap;
        nextStart = this.foundStart;
        nextId = id;
      }
    }
    let n = 0;
    for (let k = found - 1; k >= 0; k--, n++) {
      starts[n] = this.back[4 * k];
      ends[n] = this.back[4 * k + 1];
      ids[n] = this.back[4 * k + 2];
      gapsBefore[n + 1] = this.back[4 * k + 3];
    }
    const anchorLeft = n;
    starts[n] = leftStart;
    ends[n] = leftEnd;
    ids[n++] = left;
    if (two) {
      starts[n] = rightStart;
      ends[n] = rightEnd;
      ids[n] = right;
      gapsBefore[n++] = middleGap;
    }
    const anchorRight = n - 1;
    // The words after the cursor's are read as the trie asks for them: most walks end at the
    // cursor's word, and then the line after it is never read.
    this.count = n;
    this.rightLeft = this.inner[right] === 1 ? room : 0;
    let termId: string | undefined;
    let bestStart = 0;
    let bestEnd = 0;
    let bestWords = 0;
    for (let i = 0; i <= anchorLeft; i++) {
      let node = this.root(ids[i]);
      for (let j = i; node; ) {
        if (j >= anchorRight && node.termId !== undefined && (termId === undefined || ends[j] - starts[i] > bestEnd - bestStart)) {
          termId = node.termId;
          bestStart = starts[i];
          bestEnd = ends[j];
          bestWords = j - i + 1;
        }
        j++;
        if (j - i >= this.maxWords || !node.next || (j >= this.count && !this.readRight(text))) break;
        node = node.next.get(this.edge(gapsBefore[j], ids[j]));
      }
    }
    return termId === undefined ? undefined : { termId, start: bestStart, end: bestEnd, words: bestWords };
  }

  /**
   * Reads the next word after the lookup's last one into its arrays, when it stands after that
   * word as in some name and the lookup has room for it; false (and no more reads) otherwise.
   */
  private readRight(text: string): boolean {
    if (this.rightLeft <= 0) return false;
    const n = this.count;
    const id = this.wordAfter(text, this.ends[n - 1]);
    if (id < 0 || this.tail[id] === 0 || !this.pairs.has(this.pairKey(this.ids[n - 1], this.foundGap, id))) {
      this.rightLeft = 0;
      return false;
    }
    this.rightLeft--;
    this.starts[n] = this.foundStart;
    this.ends[n] = this.foundEnd;
    this.ids[n] = id;
    this.gapsBefore[n] = this.foundGap;
    this.count = n + 1;
    return true;
  }

  /** The id of the word holding `i` (its span in foundStart/foundEnd), or -1 when no name has it. */
  private wordAround(text: string, i: number): number {
    let s = i;
    while (s > 0 && isWordCode(text.charCodeAt(s - 1))) {
      if (i + 1 - --s > this.maxWordLength) return -1;
    }
    return this.wordFrom(text, s);
  }

  /** The id of the word that begins at `s` (its span in foundStart/foundEnd), or -1 when no name has it or it is longer than any. */
  private wordFrom(text: string, s: number): number {
    const id = this.words.idOfRun(text, s, Math.min(text.length, s + this.maxWordLength + 1));
    const e = this.words.runEnd;
    if (e - s > this.maxWordLength) return -1;
    this.foundStart = s;
    this.foundEnd = e;
    return id;
  }

  /** The word before the one starting at `next`, across a gap a name may have (its id in foundGap); -1 when there is none. */
  private wordBefore(text: string, next: number): number {
    let e = next;
    while (e > 0 && next - e < MAX_GAP && !isWordCode(text.charCodeAt(e - 1))) e--;
    if (e === 0 || !isWordCode(text.charCodeAt(e - 1))) return -1;
    const gap = this.gapIdOf(text, e, next);
    if (gap < 0) return -1;
    let s = e - 1;
    while (s > 0 && isWordCode(text.charCodeAt(s - 1))) {
      if (e - --s > this.maxWordLength) return -1;
    }
    this.foundStart = s;
    this.foundEnd = e;
    this.foundGap = gap;
    return this.words.idOf(text, s, e);
  }

  /** The word after the one ending at `prev`, mirrored. */
  private wordAfter(text: string, prev: number): number {
    let s = prev;
    while (s < text.length && s - prev < MAX_GAP && !isWordCode(text.charCodeAt(s))) s++;
    if (s >= text.length || !isWordCode(text.charCodeAt(s))) return -1;
    const gap = this.gapIdOf(text, prev, s);
    if (gap < 0) return -1;
    this.foundGap = gap;
    return this.wordFrom(text, s);
  }

  private gapIdOf(text: string, from: number, to: number): number {
    const gap = gapKey(text, from, to);
    return gap === undefined ? -1 : (this.gapIds.get(gap) ?? -1);
  }
}
