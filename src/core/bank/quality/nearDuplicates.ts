// Near-duplicate questions: two items of one exam with the same key and a similar stem teach one fact
// twice and inflate the learner's score. Candidates come from MinHash signatures of the key and stem
// tokens, bucketed by band (locality-sensitive hashing), so the bank is never compared pair by pair.
import type { Diagnostic } from '../../diagnostics';
import type { Item } from './items';
import { contentTokens, jaccard, keyText, plain } from './text';
import { warning } from './warning';

/** Keys at least this similar count as "the same key". */
export const KEY_SIMILARITY = 0.5;
/** Questions (stem and options, as the learner reads them) at least this similar count as "a similar stem". */
export const STEM_SIMILARITY = 0.25;
const BANDS = 24;
const ROWS = 3;
/** A key token in more than this share of an exam's questions (and more than the floor) does not bucket. */
const COMMON_SHARE = 0.03;
const COMMON_FLOOR = 12;

function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function signature(tokens: Set<string>): number[] {
  const sig = new Array<number>(BANDS * ROWS).fill(0xffffffff);
  for (const t of tokens) {
    for (let k = 0; k < sig.length; k++) {
      const h = fnv1a(t, k * 0x9e3779b1);
      if (h < sig[k]) sig[k] = h;
    }
  }
  return sig;
}

/** The options a learner reads beside the stem: distractors make two questions feel alike as much as stems do. */
function optionText({ q }: Item): string {
  if (q.type === 'single' || q.type === 'multiple') return q.choices.map((c) => plain(c.text)).join(' ');
  if (q.type === 'matching') return q.distractors.map(plain).join(' ');
  return '';
}

export interface DuplicatePair {
  a: Item;
  b: Item;
  key: number;
  stem: number;
}

interface Prepared {
  item: Item;
  key: Set<string>;
  stem: Set<string>;
}

/** Pairs of questions in one exam whose keys and stems are both similar, most similar first; `stats` counts the pairs compared. */
export function findNearDuplicates(items: Item[], stats: { compared: number } = { compared: 0 }): DuplicatePair[] {
  const prepared: Prepared[] = items
    .filter((i) => i.q.type !== 'flashcard')
    .map((item) => ({ item, key: contentTokens(keyText(item.q)), stem: contentTokens(`${item.stem} ${optionText(item)}`) }));
  // Tokens most keys share ("sagemaker", "model") would put most questions in one bucket; they
  // still count in the similarity, but only the telling ones place a question in buckets.
  const df = new Map<string, number>();
  for (const p of prepared) for (const t of p.key) df.set(t, (df.get(t) ?? 0) + 1);
  const common = Math.max(COMMON_FLOOR, prepared.length * COMMON_SHARE);
  // Bucket by bands of the key's signature: similar keys share a bucket with high probability.
  const buckets = new Map<string, number[]>();
  prepared.forEach((p, index) => {
    const telling = new Set([...p.key].filter((t) => (df.get(t) ?? 0) <= common));
    if (telling.size === 0) return;
    const sig = signature(telling);
    for (let b = 0; b < BANDS; b++) {
      const id = `${p.item.exam}|${b}|${sig.slice(b * ROWS, b * ROWS + ROWS).join(',')}`;
      const list = buckets.get(id);
      if (list) list.push(index);
      else buckets.set(id, [index]);
    }
  });
  const checked = new Set<number>();
  const pairs: DuplicatePair[] = [];
  for (const members of buckets.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const pairId = members[i] * prepared.length + members[j];
        if (checked.has(pairId)) continue;
        checked.add(pairId);
        stats.compared++;
        const a = prepared[members[i]];
        const b = prepared[members[j]];
        // Questions of one case share a scenario by design; their keys differ when they are well written.
        if (a.item.q.case && a.item.q.case === b.item.q.case) continue;
        const key = jaccard(a.key, b.key);
        if (key < KEY_SIMILARITY) continue;
        const stem = jaccard(a.stem, b.stem);
        if (stem >= STEM_SIMILARITY) pairs.push({ a: a.item, b: b.item, key, stem });
      }
    }
  }
  return pairs.sort((x, y) => y.key + y.stem - (x.key + x.stem));
}

/** One warning per pair, at the later question, naming the earlier. */
export function nearDuplicateWarnings(pairs: DuplicatePair[]): Diagnostic[] {
  return pairs.map(({ a, b, key, stem }) => {
    const at = a.at('stem');
    const other = b.at('stem');
    return warning(other, `question ${b.q.id} repeats question ${a.q.id} (${at.file}:${at.line}): the same key (${Math.round(key * 100)}% alike) and a similar stem (${Math.round(stem * 100)}%); test a different fact or a harder angle`);
  });
}
