// The prose names of a glossary (`name`, `aliases`) as plain JSON tables, which the build writes
// into dist/terms.json: the names under their first word, every word once, and every two words
// that stand side by side in some name. A hover reads them as they are and builds nothing up front.
import type { GlossaryTerm } from '../bank/model';
import { gapKey, isWordCode } from './chars';
import { type WordTableData, wordTableData } from './wordTable';

export interface NameWord {
  start: number;
  end: number;
  /** the word, lowercased */
  key: string;
  /** the gap key between this word and the one before it ('' for the first) */
  gap: string;
}

/** Name words are split like the text is: runs of word characters, with the gaps between them kept. */
export function nameWords(name: string): NameWord[] | undefined {
  const out: NameWord[] = [];
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

export interface ProseTables {
  /** first word -> [name, termId], in the order names are added */
  byFirst: Record<string, [name: string, termId: string][]>;
  /** every word of every name, lowercased, each once: a word's id is its index */
  words: WordTableData;
  /** every gap between two words of a name, each once ('' first): a gap's id is its index */
  gaps: string[];
  /** every two words that follow each other in some name, as triples: word id, gap id, next word id */
  pairs: number[];
  maxWords: number;
  maxWordLength: number;
}

export function proseTables(terms: readonly GlossaryTerm[]): ProseTables {
  // Keys come from glossary text: a null prototype keeps `__proto__` an ordinary key.
  const byFirst = Object.create(null) as ProseTables['byFirst'];
  const wordIds = new Map<string, number>();
  const gapIds = new Map<string, number>([['', 0]]);
  const pairs = new Set<string>();
  const wordList: string[] = [];
  const t: Omit<ProseTables, 'words'> = { byFirst, gaps: [''], pairs: [], maxWords: 1, maxWordLength: 1 };
  const idOf = (ids: Map<string, number>, list: string[], key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = list.push(key) - 1));
    return id;
  };
  const add = (name: string, termId: string) => {
    if (name.length > MAX_PROSE_NAME) return;
    const words = nameWords(name);
    if (!words) return;
    (byFirst[words[0].key] ??= []).push([name, termId]);
    const ids = words.map((w) => idOf(wordIds, wordList, w.key));
    for (let i = 1; i < words.length; i++) {
      const triple = [ids[i - 1], idOf(gapIds, t.gaps, words[i].gap), ids[i]];
      const key = triple.join(' ');
      if (!pairs.has(key)) {
        pairs.add(key);
        t.pairs.push(...triple);
      }
    }
    for (const w of words) t.maxWordLength = Math.max(t.maxWordLength, w.key.length);
    t.maxWords = Math.max(t.maxWords, words.length);
  };
  for (const term of terms) for (const name of [term.name, ...term.aliases]) add(name, term.id);
  // "Amazon SageMaker AI model (hosting resource)" is also written without its parenthesis.
  for (const term of terms) for (const name of [term.name, ...term.aliases]) {
    const bare = name.replace(/\s*\([^)]*\)\s*$/, '');
    if (bare !== name) add(bare, term.id);
  }
  return { ...t, words: wordTableData(wordList) };
}
