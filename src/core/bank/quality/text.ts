// Plain-text views of a question that the item-writing checks measure: words, sentences, content tokens.
import { mdToPlainText, type MdDoc } from '../../mdTree';
import type { Question } from '../model';

// Several checks measure the same option: each text is flattened once.
const plainOf = new WeakMap<MdDoc, string>();

export function plain(doc: MdDoc): string {
  let text = plainOf.get(doc);
  if (text === undefined) plainOf.set(doc, (text = mdToPlainText(doc).replace(/\s+/g, ' ').trim()));
  return text;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function sentences(text: string): string[] {
  return text.split(/(?<=[.?!:])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

// Words too common in stems to tell two questions apart.
const STOPWORDS = new Set(
  ('a an and are as at be by can company could do does for from has have how in into is it its of on or ' +
    'should that the their them these they this to use uses using want wants what when which who will with ' +
    'would team needs need must requirements meet meets solution select two three one aws amazon').split(' '),
);

/** Lowercase content words (letters, digits, hyphens), without stopwords: what near-duplicate detection compares. */
export function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
    const word = raw.replace(/^-+|-+$/g, '');
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    out.add(word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let both = 0;
  for (const t of a) if (b.has(t)) both++;
  return both / (a.size + b.size - both);
}

/** The text of what a question counts as right: its key. */
export function keyText(q: Question): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.choices.filter((c) => c.correct).map((c) => plain(c.text)).join(' ');
    case 'ordering':
      return q.steps.map((s) => plain(s.text)).join(' ');
    case 'matching':
      return q.pairs.map((p) => `${plain(p.prompt)} ${plain(p.answer)}`).join(' ');
    case 'flashcard':
      return plain(q.answer);
  }
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
