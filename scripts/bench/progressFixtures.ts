// Stored progress of n cards, each reviewed a few times, as the extension saves it (format 3) and
// as the previous build saved it (format 2, with each card's last five reviews), for baselines.
import { emptyProgress, idMap, type ProgressState } from '../../src/core/progress/model';
import { recordReview } from '../../src/core/progress/operations';
import { ProgressSerializer } from '../../src/core/progress/serializer';
import { buildDueIndex } from '../../src/core/progress/dueIndex';
import { encodeJournalHeader } from '../../src/core/progress/journal';

export function progressOf(n: number): { state: ProgressState; ids: string[] } {
  const start = Date.parse('2026-01-01T00:00:00Z');
  let one = emptyProgress();
  for (let r = 0; r < 5; r++) one = recordReview(one, 'x', 3, new Date(start + r * 86_400_000), { retention: 0.9 });
  const state = emptyProgress();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `q-${String(i).padStart(5, '0')}`;
    ids.push(id);
    state.cards[id] = { ...one.cards.x, card: { ...one.cards.x.card, due: new Date(start + 30 * 86_400_000 + i * 60_000).toISOString() } };
  }
  state.days = idMap(one.days);
  return { state, ids };
}

export const snapshotText = (s: ProgressState) => new ProgressSerializer().serialize(s);

/** The same progress as format 2 stored it: every record with its last five reviews. */
export function formatTwoText(s: ProgressState): string {
  const cards: Record<string, unknown> = {};
  for (const id of Object.keys(s.cards)) {
    const r = s.cards[id];
    const t = Date.parse(r.last);
    cards[id] = { ...r, log: [4, 3, 2, 1, 0].map((d) => ({ at: new Date(t - d * 86_400_000).toISOString(), grade: 3 })) };
  }
  return JSON.stringify({ version: 2, cards, aside: {}, days: s.days });
}

/** A snapshot written by the store (writer and sequence number), its due index, and an empty journal. */
export function storedAsTheStoreLeavesIt(s: ProgressState): { snapshot: string; dueIndex: string; journal: string } {
  const writer = 'bench-writer';
  return { snapshot: new ProgressSerializer().serialize(s, { writer, seq: 0 }), dueIndex: buildDueIndex(s, writer, 0), journal: encodeJournalHeader({ writer, base: 0 }) };
}
