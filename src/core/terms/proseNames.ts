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

export class ProseNames {
  private readonly root = new Map<string, Node>();
  /** every word of every name: a word outside it ends the search */
  private readonly vocabulary = new Set<string>();
  private maxWords = 1;
  private maxWordLength = 1;

  constructor(terms: readonly GlossaryTerm[]) {
    for (const t of terms) for (const name of [t.name, ...t.aliases]) this.add(name, t.id);
    // "Amazon SageMaker AI model (hosting resource)" is also written without its parenthesis.
    for (const t of terms) for (const name of [t.name, ...t.aliases]) {
      const bare = name.replace(/\s*\([^)]*\)\s*$/, '');
      if (bare !== name) this.add(bare, t.id);
    }
  }

  private add(name: string, termId: string): void {
    if (name.length > MAX_PROSE_NAME) return;
    const words = nameWords(name);
    if (!words) return;
    let level = this.root;
    let node: Node | undefined;
    words.forEach((w, i) => {
      const key = edge(w, i === 0);
      node = level.get(key);
      if (!node) level.set(key, (node = {}));
      if (i < words.length - 1) level = node.next ??= new Map();
      this.vocabulary.add(w.key);
      this.maxWordLength = Math.max(this.maxWordLength, w.key.length);
    });
    // The checker makes names unique across terms; should two still collide (a name without its
    // parenthesis), the first keeps it, and every written name comes before those.
    if (node && node.termId === undefined) node.termId = termId;
    this.maxWords = Math.max(this.maxWords, words.length);
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
    const words: Word[] = left === right ? [left] : [left, right];
    const room = this.maxWords - words.length;
    for (let k = 0; k < room; k++) {
      const w = this.wordBefore(text, words[0]);
      if (!w) break;
      words.unshift(w);
    }
    const anchorLeft = words.indexOf(left);
    const anchorRight = words.indexOf(right);
    for (let k = 0; k < room; k++) {
      const w = this.wordAfter(text, words[words.length - 1]);
      if (!w) break;
      words.push(w);
    }
    let best: ProseHit | undefined;
    for (let i = 0; i <= anchorLeft; i++) {
      let node = this.root.get(words[i].key);
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
    return this.vocabulary.has(key) ? { start, end, key, gap } : undefined;
  }
}
