// Interval previews and load balancing (issue 17): each answer button shows exactly what clicking
// it schedules, fuzz on included; fuzz stays within ts-fsrs's range and is off when asked; and it
// depends on the card and its review, never on the second the button is clicked.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fsrs, generatorParameters, get_fuzz_range, type Card } from 'ts-fsrs';
import { formatInterval, previewIntervals } from '../../src/core/progress/intervals';
import { emptyProgress, own, type CardRecord, type Grade } from '../../src/core/progress/model';
import { applyReview, reviewRecord } from '../../src/core/progress/operations';
import { review, reviewOutcomes } from '../../src/core/progress/scheduler';

const DAY = 86_400_000;
const MIN = 60_000;
const T0 = Date.parse('2026-02-01T08:00:00Z');
const grades: Grade[] = [1, 2, 3, 4];

/** A card's record after answering `history` (grade, then days to wait before the next). */
function cardAfter(id: string, history: [Grade, number][], fuzz: boolean): { record: CardRecord | undefined; at: number } {
  const state = emptyProgress();
  let t = T0;
  for (const [grade, wait] of history) {
    const { record, entry } = reviewRecord(own(state.cards, id), id, grade, new Date(t), { retention: 0.9, fuzz });
    applyReview(state, id, record, new Date(t), entry);
    t += wait;
  }
  return { record: own(state.cards, id), at: t };
}

const history = fc.array(fc.tuple(fc.constantFrom<Grade>(1, 2, 3, 4), fc.oneof(fc.integer({ min: 1, max: 30 }).map((m) => m * MIN), fc.integer({ min: 1, max: 90 }).map((d) => d * DAY))), { maxLength: 8 });
const cardId = fc.constantFrom('q-1', 'q-2', 'term:endpoint', 'mla-deploy-007');

describe('interval previews (issue 17)', () => {
  it('equal what a real rating then schedules, for all four ratings, any card state, fuzz on', () => {
    fc.assert(
      fc.property(cardId, history, fc.integer({ min: 0, max: 50_000 }), (id, h, later) => {
        const { record, at } = cardAfter(id, h, true);
        const now = new Date(at);
        const preview = previewIntervals(record, id, now, { retention: 0.9, fuzz: true });
        for (const g of grades) {
          const real = reviewRecord(record, id, g, now, { retention: 0.9, fuzz: true }).record.card;
          assert.equal(preview[g], Date.parse(real.due) - at, `grade ${g}`);
          // Clicked a little later the same day: the same interval (the fuzz seed does not hold the time).
          const click = new Date(at + later);
          if (click.getUTCDate() !== now.getUTCDate()) continue;
          const clicked = reviewRecord(record, id, g, click, { retention: 0.9, fuzz: true }).record.card;
          assert.equal(Date.parse(clicked.due) - click.getTime(), preview[g], `grade ${g} clicked ${later} ms later`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('cover every card state: new, learning, review and relearning', () => {
    const states = new Set<number>();
    for (const h of [[], [[3, 10 * MIN]], [[3, 10 * MIN], [3, 3 * DAY]], [[3, 10 * MIN], [3, 3 * DAY], [1, 5 * MIN]]] as [Grade, number][][]) {
      const { record, at } = cardAfter('q', h, true);
      states.add(record?.card.state ?? 0);
      const p = previewIntervals(record, 'q', new Date(at), { retention: 0.9, fuzz: true });
      for (const g of grades) assert.equal(p[g], Date.parse(reviewRecord(record, 'q', g, new Date(at), { retention: 0.9, fuzz: true }).record.card.due) - at);
      // Again comes back soonest, Easy latest.
      assert.ok(p[1] <= p[2] && p[2] <= p[3] && p[3] <= p[4], JSON.stringify(p));
    }
    assert.deepEqual([...states].sort(), [0, 1, 2, 3]);
  });

  it('read like Anki: "<1m", "<10m", "<2h", "3d", "12d", "1.5mo", "2.1y"', () => {
    assert.equal(formatInterval(30_000), '<1m');
    assert.equal(formatInterval(MIN), '<1m');
    assert.equal(formatInterval(5 * MIN), '<5m');
    assert.equal(formatInterval(10 * MIN), '<10m');
    assert.equal(formatInterval(61 * MIN), '<2h');
    assert.equal(formatInterval(DAY), '1d');
    assert.equal(formatInterval(3 * DAY), '3d');
    assert.equal(formatInterval(12 * DAY), '12d');
    assert.equal(formatInterval(45 * DAY), '1.5mo');
    assert.equal(formatInterval(300 * DAY), '10mo');
    assert.equal(formatInterval(766 * DAY), '2.1y');
    assert.equal(formatInterval(Number.NaN), '<1m');
  });
});

function newCardAt(at: number) {
  return { due: new Date(at).toISOString(), stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0 as const };
}

describe('interval fuzz (issue 17)', () => {
  const plain = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false }));
  const toCard = (r: CardRecord): Card => ({ ...r.card, due: new Date(r.card.due), last_review: r.card.last_review ? new Date(r.card.last_review) : undefined }) as Card;

  it('off means exact: the intervals ts-fsrs schedules without fuzz', () => {
    fc.assert(
      fc.property(cardId, history, (id, h) => {
        const { record, at } = cardAfter(id, h, false);
        if (!record) return;
        for (const g of grades) {
          const mine = review(record.card, g, new Date(at), { retention: 0.9, fuzz: false }, id);
          const theirs: Card = plain.next(toCard(record), new Date(at), g).card;
          assert.equal(mine.due, theirs.due.toISOString());
          assert.equal(mine.scheduled_days, theirs.scheduled_days);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('on keeps every interval within ts-fsrs\'s fuzz range of the exact one (or one past the lower rating, its ordering rule)', () => {
    let moved = 0;
    fc.assert(
      fc.property(cardId, history, (id, h) => {
        const { record, at } = cardAfter(id, h, false);
        const card = record?.card ?? newCardAt(at);
        const exact = reviewOutcomes(card, new Date(at), { retention: 0.9, fuzz: false }, id);
        const fuzzed = reviewOutcomes(card, new Date(at), { retention: 0.9, fuzz: true }, id);
        for (const g of grades) {
          const e = exact[g];
          const f = fuzzed[g];
          // Same memory state: fuzz moves the day, not what FSRS knows.
          assert.equal(f.stability, e.stability);
          assert.equal(f.difficulty, e.difficulty);
          if (e.scheduled_days < 3) {
            assert.equal(f.scheduled_days, e.scheduled_days, 'short intervals are never fuzzed');
            continue;
          }
          const { min_ivl, max_ivl } = get_fuzz_range(e.scheduled_days, f.elapsed_days, 36500);
          const lower = g > 2 ? fuzzed[(g - 1) as Grade].scheduled_days : -1;
          assert.ok((f.scheduled_days >= min_ivl && f.scheduled_days <= max_ivl) || f.scheduled_days === lower + 1,
            `grade ${g}: ${f.scheduled_days} outside [${min_ivl}, ${max_ivl}] around ${e.scheduled_days}`);
          if (f.scheduled_days !== e.scheduled_days) moved++;
        }
      }),
      { numRuns: 300 },
    );
    assert.ok(moved > 50, `fuzz moved ${moved} intervals`);
  });

  it('spreads cards learned together: 300 cards with the same answers come back on many days', () => {
    const due = new Set<string>();
    const exact = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const id = `q-${i}`;
      // The same answers at the same times: only the card differs.
      const first = review(newCardAt(T0), 3, new Date(T0), { retention: 0.9, fuzz: true }, id);
      const second = review(first, 3, new Date(T0 + DAY), { retention: 0.9, fuzz: true }, id);
      const third = review(second, 3, new Date(Date.parse(second.due)), { retention: 0.9, fuzz: true }, id);
      due.add(third.due.slice(0, 10));
      const off1 = review(newCardAt(T0), 3, new Date(T0), { retention: 0.9 }, id);
      const off2 = review(off1, 3, new Date(T0 + DAY), { retention: 0.9 }, id);
      exact.add(review(off2, 3, new Date(Date.parse(off2.due)), { retention: 0.9 }, id).due.slice(0, 10));
    }
    assert.equal(exact.size, 1, 'without fuzz they all come back the same day');
    assert.ok(due.size >= 4, `with fuzz they come back over ${due.size} days`);
  });

  it('is the same for the same card and review whatever the time of day, and differs between cards', () => {
    const card = cardAfter('q-a', [[3, 10 * MIN], [3, 5 * DAY], [3, 0]], false).record!.card;
    const at = Date.parse(card.due) + 12 * 3600_000;
    const day = new Date(at).toISOString().slice(0, 10);
    const ivl = (id: string, t: number) => review(card, 3, new Date(t), { retention: 0.9, fuzz: true }, id).scheduled_days;
    const base = ivl('q-a', Date.parse(`${day}T00:00:01Z`));
    for (const hour of ['06', '12', '18', '23']) assert.equal(ivl('q-a', Date.parse(`${day}T${hour}:59:59Z`)), base);
    const others = new Set(Array.from({ length: 40 }, (_, i) => ivl(`q-${i}`, at)));
    assert.ok(others.size > 1, 'different cards draw different fuzz');
  });
});
