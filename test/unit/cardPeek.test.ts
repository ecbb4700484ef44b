// The hover reads a term's few cards from the snapshot text and the journal without reading all of
// progress (core/progress/cardPeek.ts). It must give the records the full read gives, or defer to it.
import * as assert from 'node:assert/strict';
import { peekCards } from '../../src/core/progress/cardPeek';
import type { JournalEntry } from '../../src/core/progress/journal';
import { loadProgress } from '../../src/core/progress/load';
import { emptyProgress, type ProgressState } from '../../src/core/progress/model';
import { recordReview } from '../../src/core/progress/operations';
import { ProgressSerializer } from '../../src/core/progress/serializer';

const day = (n: number) => new Date(Date.parse('2026-03-01T00:00:00Z') + n * 86_400_000);

function progress(): ProgressState {
  let s = emptyProgress();
  // "card" is also the key of every record's FSRS card: a peek must not take that for the card "card".
  for (const [i, id] of ['q-a', 'card', 'ws:my "quoted" id', 'q-b'].entries()) s = recordReview(s, id, ((i % 4) + 1) as 1 | 2 | 3 | 4, day(i), { retention: 0.9 });
  s = recordReview(s, 'q-a', 1, day(5), { retention: 0.9 });
  const aside = { ...s.cards['q-b'] };
  return { ...s, aside: { ...s.aside, 'q-gone': aside } };
}

describe('reading a few cards without reading progress', () => {
  const state = progress();
  const text = new ProgressSerializer().serialize(state, { writer: 'w1', seq: 4 });
  const full = loadProgress(text).state;

  it('gives the records the full read gives, and nothing for cards never answered or aside', () => {
    const ids = ['q-a', 'card', 'ws:my "quoted" id', 'q-b', 'q-never', 'q-gone'];
    const peek = peekCards(text, ids, 'w1', []);
    assert.ok(peek);
    for (const id of ids) assert.deepEqual(peek.get(id), full.cards[id], id);
    assert.equal(peek.has('q-gone'), false);
  });

  it('lays the journal after the snapshot over it, undo included, and skips what the snapshot holds', () => {
    const later = recordReview(state, 'q-new', 3, day(9), { retention: 0.9 }).cards['q-new'];
    const entries = [
      { s: 3, id: 'q-b', r: later }, // already in the snapshot (seq 4): ignored
      { s: 5, id: 'q-new', r: later },
      { s: 6, id: 'card', r: later },
      { s: 7, id: 'card', undo: 6, a: later, d: '2026-03-10', u: { b: state.cards.card, t: 0, g: 3 } },
      { s: 8, id: 'q-a', undo: 1, a: later, d: '2026-03-10', u: { t: 0, g: 3 } },
    ] as unknown as JournalEntry[];
    const peek = peekCards(text, ['q-b', 'q-new', 'card', 'q-a'], 'w1', entries);
    assert.ok(peek);
    assert.deepEqual(peek.get('q-b'), full.cards['q-b']);
    assert.deepEqual(peek.get('q-new'), later);
    assert.deepEqual(peek.get('card'), full.cards.card);
    assert.equal(peek.has('q-a'), false, 'an undone first answer leaves the card new');
  });

  it('defers to the full read when the journal is another writer’s or the text is not the store’s own', () => {
    assert.equal(peekCards(text, ['q-a'], 'w2', []), undefined);
    assert.equal(peekCards(JSON.stringify({ version: 2, cards: {} }), ['q-a'], 'w1', []), undefined);
    assert.equal(peekCards(undefined, ['q-a'], undefined, []), undefined);
    const damaged = text.replace(/"attempts":\d+/, '"attempts":-1');
    assert.equal(peekCards(damaged, ['q-a'], 'w1', []), undefined);
  });
});
