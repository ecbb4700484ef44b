// A fixed set of words, looked up straight from a span of the text: a hover finds a word's id
// without cutting the word out or lowercasing it, so a lookup makes no garbage. The table is
// hashed at build time (wordTableData) and read as it is. Words with characters outside ASCII
// take the slower way through a slice and a Map, with the same answers.
import { ASCII_WORD, isWordCode } from './chars';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** An ASCII capital to its small letter; every other code as it is. */
const fold = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

/** A table as plain JSON: the words (a word's id is its index) and the open-addressing slots, id + 1 each, 0 for empty. */
export interface WordTableData {
  words: string[];
  slots: number[];
}

function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The table of these words, each once (a caseless table's words are given lowercase). */
export function wordTableData(words: readonly string[]): WordTableData {
  const unique = [...new Set(words)];
  let size = 16;
  while (size < unique.length * 2) size *= 2;
  const slots = new Array<number>(size).fill(0);
  unique.forEach((w, id) => {
    let slot = hashOf(w) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = id + 1;
  });
  return { words: unique, slots };
}

export class WordTable {
  /** the words; a word's id is its index */
  readonly words: readonly string[];
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** word -> id, for the words outside ASCII; made on first need */
  private ids: Map<string, number> | undefined;
  /** Where the run of word characters the last idOfRun read ends. */
  runEnd = 0;

  /** `caseless`: the words are lowercase and match the text in any case (lowercased as String.toLowerCase does). */
  constructor(
    data: WordTableData,
    private readonly caseless: boolean,
  ) {
    this.words = data.words;
    this.slots = Int32Array.from(data.slots);
    this.mask = data.slots.length - 1;
  }

  /** The id of a word given as a string (as stored: lowercase when caseless), or -1. */
  idOfWord(word: string): number {
    return this.idOf(word, 0, word.length);
  }

  /** The id of text[start, end), or -1 when it is none of the words. */
  idOf(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      // Lowercasing outside ASCII may change a word's length: that rare case takes the exact way.
      if (this.caseless && c >= 0x80) return this.exact(text.slice(start, end).toLowerCase());
      h = Math.imul(h ^ (this.caseless ? fold(c) : c), FNV_PRIME);
    }
    return this.find(h, text, start, end);
  }

  /**
   * The id of the run of word characters from `start`, read no further than `limit` (its end in
   * runEnd): finding the end and the id in one pass over the characters.
   */
  idOfRun(text: string, start: number, limit: number): number {
    let h = FNV_OFFSET;
    let i = start;
    for (; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (ASCII_WORD[c] === 0) break;
        h = Math.imul(h ^ (this.caseless ? fold(c) : c), FNV_PRIME);
      } else {
        // Past ASCII: find the end as isWordCode does, and look the word up the plain way.
        let end = i;
        while (end < limit && isWordCode(text.charCodeAt(end))) end++;
        this.runEnd = end;
        return this.idOf(text, start, end);
      }
    }
    this.runEnd = i;
    return this.find(h, text, start, i);
  }

  private find(h: number, text: string, start: number, end: number): number {
    if (this.mask < 0) return -1;
    const n = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      const word = this.words[entry - 1];
      // Exact words compare natively; caseless ones fold character by character.
      if (word.length === n && (this.caseless ? this.same(word, text, start) : text.startsWith(word, start))) return entry - 1;
    }
  }

  private exact(word: string): number {
    if (!this.ids) {
      this.ids = new Map();
      this.words.forEach((w, id) => this.ids!.has(w) || this.ids!.set(w, id));
    }
    return this.ids.get(word) ?? -1;
  }

  private same(word: string, text: string, start: number): boolean {
    for (let k = 0; k < word.length; k++) {
      const c = text.charCodeAt(start + k);
      if ((this.caseless ? fold(c) : c) !== word.charCodeAt(k)) return false;
    }
    return true;
  }
}
