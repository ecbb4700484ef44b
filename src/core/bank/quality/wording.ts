// Wording the exam never uses: a stem that asks nothing, "all/none of the above", and a qualifier
// (MOST, LEAST, BEST, FIRST) written in lowercase, which a reader skims past.
import type { Diagnostic } from '../../diagnostics';
import type { Item } from './items';
import { plain, sentences } from './text';
import { warning } from './warning';

/** Sentences that ask: a question mark, or an instruction to select, order or match. */
const ASKS = /\?|^(select|choose|pick|order|arrange|put|rank|match|pair|identify|name|list|place)\b/i;

// Two checks read each item's asking sentences: the stem is split once.
const asking = new WeakMap<Item, string[]>();

export function questionSentences(item: Item): string[] {
  let found = asking.get(item);
  if (found === undefined) asking.set(item, (found = sentences(item.stem).filter((s) => ASKS.test(s))));
  return found;
}

export function stemWithoutQuestion(item: Item): Diagnostic | undefined {
  if (item.q.type === 'flashcard') return undefined;
  if (questionSentences(item).length > 0) return undefined;
  return warning(item.at('stem'), `question ${item.q.id}: the stem asks no question; end it with the question the options answer ("Which … ?") or an instruction ("Select TWO.", "Put the steps in order.")`);
}

const ALL_NONE = /\b(all|none|both|neither) of the (above|options|answers)\b/i;

export function allOrNoneOfTheAbove(item: Item): Diagnostic | undefined {
  const q = item.q;
  if (q.type !== 'single' && q.type !== 'multiple') return undefined;
  const hit = q.choices.map((c) => plain(c.text)).find((t) => ALL_NONE.test(t));
  if (!hit) return undefined;
  return warning(item.at('choices'), `question ${q.id}: the option '${hit}' rewards partial knowledge and does not appear on AWS exams; write a full alternative instead`);
}

export const QUALIFIERS = ['MOST', 'LEAST', 'BEST', 'FIRST', 'LOWEST', 'HIGHEST', 'FEWEST', 'FASTEST'] as const;
const UPPER = new RegExp(`\\b(${QUALIFIERS.join('|')})\\b`);
// In the asking sentence, "the most/least/best/first …", "… first?" or "least/most <adjective>" is the qualifier.
const LOWER = new RegExp(`(?<!\\bat )\\b(${QUALIFIERS.map((w) => w.toLowerCase()).join('|')})\\b(?!-)`);

/** The stem carries an exam qualifier in capitals. */
export function hasQualifier(item: Item): boolean {
  return UPPER.test(item.stem);
}

export function lowercaseQualifier(item: Item): Diagnostic | undefined {
  for (const s of questionSentences(item)) {
    const m = LOWER.exec(s);
    if (!m || UPPER.test(s)) continue;
    return warning(item.at('stem'), `question ${item.q.id}: write the qualifier '${m[1]}' in capitals (${m[1].toUpperCase()}), as the exam does, so the learner does not miss it`);
  }
  return undefined;
}
