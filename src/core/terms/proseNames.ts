// Service and feature names from the glossary (`name`, `aliases`), matched case-insensitively word
// by word through a trie. A lookup lowercases only the words around the cursor, and stops at the
// first word that no name contains.
import type { GlossaryTerm } from '../bank/model';
import { gapKey, isWordCode, MAX_GAP } from './chars';

export interface ProseHit {
  termId: string;
  start: number;
  end: number;
  /** how many words the name has */
  words: number;
}

interface Node {
  termId?: string;
  next?: Map<string, Node>;
}

interface Word {
  start: number;
  end: number;
  key: string;
  /** the gap key between this word and the one before it */
  gap: string;
}

/** Name words are split like the text is: runs of word characters, with the gaps between them kept. */
export function nameWords(name: string): Word[] | undefined {
  const out: Word[] = [];
  let i = 0;
  while (i < name.length) {
    while (i < name.length && !isWordCode(name.charCodeAt(i))) i++;
    if (i >= name.length) break;
    const start = i;
    while (i < name.length && isWordCode(name.charCodeAt(i))) i++;
    let gap = '';
    if (out.length > 0) {
      const g = gapKey(name, out[out.length - 1].end, start);
      if (g === undefined) return undefined;
      gap = g;
    }
    out.push({ start, end: i, key: name.slice(start, i).toLowerCase(), gap });
  }
  return out.length > 0 ? out : undefined;
}

/** Names longer than this are left out at load: it bounds the words a lookup reads each side of the cursor. */
export const MAX_PROSE_NAME = 100;

/** The trie edge to a word: the first word alone, later ones with the gap before them. */
const edge = (w: Pick<Word, 'key' | 'gap'>, first: boolean) => (first ? w.key : `${w.gap} ${w.key}`);

/** The prose names of a glossary as plain JSON (see CodeTables): names under their first word, lowercased. */
export interface ProseTables {
  /** first word -> [name, termId], in the order names are added */
  byFirst: Record<string, [name: string, termId: string][]>;
  /** every word of every name */
  vocabulary: Record<string, 1>;
  /** words some name has before another word, and words some name has after another: only they extend a match */
  inner: Record<string, 1>;
  tail: Record<string, 1>;
  maxWords: number;
  maxWordLength: number;
}

export function proseTables(terms: readonly GlossaryTerm[]): ProseTables {
  // Keys come from glossary text: a null prototype keeps `__proto__` an ordinary key.
  const dict = () => Object.create(null) as Record<string, 1>;
  const t: ProseTables = { byFirst: Object.create(null) as ProseTables['byFirst'], vocabulary: dict(), inner: dict(), tail: dict(), maxWords: 1, maxWordLength: 1 };
  const add = (name: string, termId: string) => {
    if (name.length > MAX_PROSE_NAME) return;
    const words = nameWords(name);
    if (!words) return;
    (t.byFirst[words[0].key] ??= []).push([name, termId]);
    words.forEach((w, i) => {
      if (i < words.length - 1) t.inner[w.key] = 1;
      if (i > 0) t.tail[w.key] = 1;
    });
    for (const w of words) {
      t.vocabulary[w.key] = 1;
      t.maxWordLength = Math.max(t.maxWordLength, w.key.length);
    }
    t.maxWords = Math.max(t.maxWords, words.length);
  };
  for (const term of terms) for (const name of [term.name, ...term.aliases]) add(name, term.id);
  // "Amazon SageMaker AI model (hosting resource)" is also written without its parenthesis.
  for (const term of terms) for (const name of [term.name, ...term.aliases]) {
    const bare = name.replace(/\s*\([^)]*\)\s*$/, '');
    if (bare !== name) add(bare, term.id);
  }
  return t;
}

export class ProseNames {
  private readonly root = new Map<string, Node>();
  private readonly byFirst: ProseTables['byFirst'];
  private readonly built = new Set<string>();
  /** every word of every name: a word outside it ends the search */
  private readonly vocabulary: ProseTables['vocabulary'];
  private readonly inner: ProseTables['inner'];
  private readonly tail: ProseTables['tail'];
  private readonly maxWords: number;
  private readonly maxWordLength: number;

  constructor(source: readonly GlossaryTerm[] | ProseTables) {
    const t = Array.isArray(source) ? proseTables(source) : (source as ProseTables);
    this.byFirst = t.byFirst;
    this.vocabulary = t.vocabulary;
    this.inner = t.inner;
    this.tail = t.tail;
    this.maxWords = t.maxWords;
    this.maxWordLength = t.maxWordLength;
  }

  /** The trie node of a name's first word, building that slice of the trie on first use. */
  private first(key: string): Node | undefined {
    if (!this.built.has(key) && Object.hasOwn(this.byFirst, key)) {
      this.built.add(key);
      for (const [name, termId] of this.byFirst[key]) this.add(name, termId);
    }
    return this.root.get(key);
  }

  private add(name: string, termId: string): void {
    const words = nameWords(name)!;
    let level = this.root;
    let node: Node | undefined;
    words.forEach((w, i) => {
      const key = edge(w, i === 0);
      node = level.get(key);
      if (!node) level.set(key, (node = {}));
      if (i < words.length - 1) level = node.next ??= new Map();
    });
    // The checker makes names unique across terms; should two still collide (a name without its
    // parenthesis), the first keeps it, and every written name comes before those.
    if (node && node.termId === undefined) node.termId = termId;
  }

  /** The longest name whose span holds the character at `offset` (a word of it, or a gap inside it), then the leftmost. */
  at(text: string, offset: number): ProseHit | undefined {
    if (offset < 0 || offset >= text.length) return undefined;
    let left: Word;
    let right: Word;
    if (isWordCode(text.charCodeAt(offset))) {
      const w = this.wordAround(text, offset);
      if (!w) return undefined;
      left = right = w;
    } else {
      // Between two words: both belong to any name that spans the gap.
      let a = offset;
      while (a > 0 && offset - a < MAX_GAP && !isWordCode(text.charCodeAt(a - 1))) a--;
      let b = offset + 1;
      while (b < text.length && b - a < MAX_GAP && !isWordCode(text.charCodeAt(b))) b++;
      const gap = gapKey(text, a, b);
      if (gap === undefined || a === 0 || b >= text.length || !isWordCode(text.charCodeAt(a - 1)) || !isWordCode(text.charCodeAt(b))) return undefined;
      const l = this.wordAround(text, a - 1);
      const r = this.wordAround(text, b);
      if (!l || !r) return undefined;
      r.gap = gap;
      left = l;
      right = r;
    }
    const room = this.maxWords - (left === right ? 1 : 2);
    // Words before the cursor's matter only while each is some name's word before another, and only
    // when the left anchor follows a word in some name; the same, mirrored, after it.
    const before: Word[] = [];
    if (Object.hasOwn(this.tail, left.key)) {
      for (let k = 0, next = left; k < room; k++) {
        const w = this.wordBefore(text, next);
        if (!w || !Object.hasOwn(this.inner, w.key)) break;
        before.push((next = w));
      }
    }
    const words: Word[] = before.reverse();
    const anchorLeft = words.push(left) - 1;
    if (right !== left) words.push(right);
    const anchorRight = words.length - 1;
    if (Object.hasOwn(this.inner, right.key)) {
      for (let k = 0; k < room; k++) {
        const w = this.wordAfter(text, words[words.length - 1]);
        if (!w || !Object.hasOwn(this.tail, w.key)) break;
        words.push(w);
      }
    }
    let best: ProseHit | undefined;
    for (let i = 0; i <= anchorLeft; i++) {
      let node = this.first(words[i].key);
      for (let j = i; node; ) {
        if (j >= anchorRight && node.termId !== undefined) {
          const len = words[j].end - words[i].start;
          if (!best || len > best.end - best.start) best = { termId: node.termId, start: words[i].start, end: words[j].end, words: j - i + 1 };
        }
        j++;
        if (j >= words.length || j - i >= this.maxWords) break;
        node = node.next?.get(edge(words[j], false));
      }
    }
    return best;
  }

  /** The word holding `i`, when some name contains it. */
  private wordAround(text: string, i: number): Word | undefined {
    let s = i;
    let e = i + 1;
    while (s > 0 && isWordCode(text.charCodeAt(s - 1))) {
      if (e - --s > this.maxWordLength) return undefined;
    }
    while (e < text.length && isWordCode(text.charCodeAt(e))) {
      if (++e - s > this.maxWordLength) return undefined;
    }
    return this.word(text, s, e, '');
  }

  private wordBefore(text: string, next: Word): Word | undefined {
    let e = next.start;
    while (e > 0 && next.start - e < MAX_GAP && !isWordCode(text.charCodeAt(e - 1))) e--;
    if (e === 0 || !isWordCode(text.charCodeAt(e - 1))) return undefined;
    const gap = gapKey(text, e, next.start);
    if (gap === undefined) return undefined;
    let s = e - 1;
    while (s > 0 && isWordCode(text.charCodeAt(s - 1))) {
      if (e - --s > this.maxWordLength) return undefined;
    }
    const w = this.word(text, s, e, '');
    if (w) next.gap = gap;
    return w;
  }

  private wordAfter(text: string, prev: Word): Word | undefined {
    let s = prev.end;
    while (s < text.length && s - prev.end < MAX_GAP && !isWordCode(text.charCodeAt(s))) s++;
    if (s >= text.length || !isWordCode(text.charCodeAt(s))) return undefined;
    const gap = gapKey(text, prev.end, s);
    if (gap === undefined) return undefined;
    let e = s + 1;
    while (e < text.length && isWordCode(text.charCodeAt(e))) {
      if (++e - s > this.maxWordLength) return undefined;
    }
    return this.word(text, s, e, gap);
  }

  private word(text: string, start: number, end: number, gap: string): Word | undefined {
    const key = text.slice(start, end).toLowerCase();
    return Object.hasOwn(this.vocabulary, key) ? { start, end, key, gap } : undefined;
  }
}
