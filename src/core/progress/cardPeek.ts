// A few cards' records straight from the snapshot's text and the journal, without reading progress
// in full: the first hover shows the practice on one term (a handful of questions) and must not
// parse every card of a large progress to do it. The snapshot text is the store's own (serializer.ts):
// `"cards":{"<id>":{…},…},"aside":…`, so a card is found by its key in the cards object and only
// its record is parsed. Valid only when the journal belongs to the snapshot, as for the due index.
import { snapshotHead } from './dueIndex';
import { isUndoEntry, type JournalEntry } from './journal';
import { readCardRecord } from './load';
import type { CardRecord } from './model';

/** The end of the JSON object starting at `from` (a `{`), or -1; strings are skipped whole. */
function objectEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: to its closing quote, past escapes
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * The records of `ids` (absent: the card was never answered, or is aside), or undefined when the
 * snapshot is not the store's own text or the journal is not this snapshot's: then read in full.
 */
export function peekCards(stored: unknown, ids: readonly string[], journalWriter: string | undefined, entries: readonly JournalEntry[]): Map<string, CardRecord> | undefined {
  const head = snapshotHead(stored);
  if (!head || typeof stored !== 'string' || journalWriter !== head.writer) return undefined;
  const cardsStart = stored.indexOf('"cards":{');
  const cardsEnd = stored.indexOf('},"aside":{', cardsStart);
  if (cardsStart < 0 || cardsEnd < 0) return undefined;
  const out = new Map<string, CardRecord>();
  for (const id of new Set(ids)) {
    const key = `${JSON.stringify(id)}:{`;
    // A card's key follows the cards object's `{` or the previous record's closing `},` (a record's
    // own "card" key follows a value); never inside a string, where quotes are escaped.
    const first = cardsStart + '"cards":'.length;
    const isKey = (at: number) => at - 1 === first || (stored[at - 1] === ',' && stored[at - 2] === '}');
    let at = stored.indexOf(key, first);
    while (at >= 0 && at < cardsEnd && !isKey(at)) at = stored.indexOf(key, at + 1);
    if (at < 0 || at >= cardsEnd) continue;
    const start = at + key.length - 1;
    const end = objectEnd(stored, start);
    if (end < 0) return undefined;
    let record: CardRecord | undefined;
    try {
      record = readCardRecord(JSON.parse(stored.slice(start, end)));
    } catch {
      return undefined;
    }
    if (!record) return undefined; // damaged: the full read keeps a backup of it
    out.set(id, record);
  }
  const wanted = new Set(ids);
  for (const e of entries) {
    if (e.s <= head.seq || !wanted.has(e.id)) continue;
    if (!isUndoEntry(e)) out.set(e.id, e.r);
    // An undone answer: the card is back as it was, or gone if it was new (or aside).
    else if (e.u.b && e.u.x === undefined) out.set(e.id, e.u.b);
    else out.delete(e.id);
  }
  return out;
}
