// Progress: FSRS scheduling, migration, damage recovery, reset and undo, aside, export and import.
import * as assert from 'node:assert/strict';
import { exportProgress, ImportError, importProgress } from '../../src/core/progress/exchange';
import { loadProgress } from '../../src/core/progress/load';
import { ProgressSerializer } from '../../src/core/progress/serializer';
import { emptyProgress, LEECH_LAPSES, type ProgressState } from '../../src/core/progress/model';
import { mergeStates, reconcile, recordReview, resetCards, restoreCards } from '../../src/core/progress/operations';
import { dueIds, mistakeIds, nextDue, studyQueue } from '../../src/core/progress/queue';
import { leeches, streak, summarize } from '../../src/core/progress/stats';

const opts = { retention: 0.9 };
const at = (iso: string) => new Date(iso);

describe('progress', () => {
  it('schedules with FSRS: a wrong answer is due again soon, a right one later', () => {
    let s = emptyProgress();
    s = recordReview(s, 'wrong', 1, at('2026-03-01T10:00:00Z'), opts);
    s = recordReview(s, 'right', 3, at('2026-03-01T10:00:00Z'), opts);
    assert.ok(s.cards.wrong.card.due < s.cards.right.card.due);
    assert.deepEqual(dueIds(['wrong', 'right', 'new'], s, at('2026-03-01T10:30:00Z')), ['wrong', 'right'].filter((id) => s.cards[id].card.due <= '2026-03-01T10:30:00.000Z'));
    assert.equal(s.cards.wrong.attempts, 1);
    assert.equal(s.cards.wrong.correct, 0);
    assert.equal(s.cards.right.correct, 1);
    assert.deepEqual({ ...s.days }, { '2026-03-01': 2 });
  });

  it('derives mastery from recall probability, and counts due and leeches', () => {
    let s = emptyProgress();
    for (let d = 1; d <= 5; d++) s = recordReview(s, 'a', 3, at(`2026-03-0${d}T10:00:00Z`), opts);
    const sum = summarize(['a', 'b'], s, at('2026-03-06T10:00:00Z'), opts);
    assert.equal(sum.answered, 1);
    assert.ok(sum.mastery > 0.4 && sum.mastery <= 0.5, `mastery ${sum.mastery}`);
    let leech = emptyProgress();
    let t = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 200 && leech.cards.x?.card.lapses !== LEECH_LAPSES; i++) {
      // Learned (Good until it graduates to review), then forgotten: each Again in review is a lapse.
      leech = recordReview(leech, 'x', 3, new Date(t), opts);
      t += 86_400_000 * 2;
      if (leech.cards.x.card.state === 2) leech = recordReview(leech, 'x', 1, new Date(t), opts);
      t += 86_400_000;
    }
    assert.equal(leech.cards.x.card.lapses, LEECH_LAPSES);
    assert.deepEqual(leeches(leech), ['x']);
    assert.equal(summarize(['x'], leech, new Date(t), opts).leeches, 1);
  });

  it('keeps scheduling sane when the clock goes backwards or dates are far off', () => {
    let s = recordReview(emptyProgress(), 'a', 3, at('2030-01-01T00:00:00Z'), opts);
    s = recordReview(s, 'a', 1, at('2026-01-01T00:00:00Z'), opts);
    assert.equal(s.cards.a.attempts, 2);
    assert.ok(Number.isFinite(Date.parse(s.cards.a.card.due)));
    assert.equal(s.cards.a.last, '2030-01-01T00:00:00.000Z');
    s = recordReview(s, 'b', 3, at('1971-01-01T00:00:00Z'), opts);
    const sum = summarize(['a', 'b'], s, at('2026-06-01T00:00:00Z'), opts);
    assert.ok(sum.mastery >= 0 && sum.mastery <= 1);
  });

  it('finds the next due card, studies due first then new within the daily limits', () => {
    let s = emptyProgress();
    s = recordReview(s, 'old', 1, at('2026-03-01T08:00:00Z'), opts);
    s = recordReview(s, 'older', 1, at('2026-03-01T07:00:00Z'), opts);
    const now = at('2026-03-02T08:00:00Z');
    assert.equal(nextDue(['old', 'older', 'x'], s, now), 'older');
    assert.deepEqual(studyQueue(['old', 'older', 'n1', 'n2', 'n3'], s, now, { newPerDay: 2, reviewsPerDay: 1 }), ['older', 'n1', 'n2']);
    assert.deepEqual(mistakeIds(['old', 'older'], s), ['old', 'older']);
  });

  it('counts the day streak up to today or yesterday', () => {
    let s = emptyProgress();
    for (const d of ['2026-03-01', '2026-03-02', '2026-03-03']) s = recordReview(s, d, 3, new Date(`${d}T12:00:00`), opts);
    assert.equal(streak(s, new Date('2026-03-03T20:00:00')), 3);
    assert.equal(streak(s, new Date('2026-03-04T09:00:00')), 3);
    assert.equal(streak(s, new Date('2026-03-05T09:00:00')), 0);
  });

  it('resets cards and undoes the reset, keeping a review made since', () => {
    let s = recordReview(recordReview(emptyProgress(), 'a', 3, at('2026-03-01T00:00:00Z'), opts), 'b', 1, at('2026-03-01T00:00:00Z'), opts);
    const { state, removed } = resetCards(s, ['a', 'b', 'never']);
    assert.deepEqual(Object.keys(state.cards), []);
    assert.deepEqual(Object.keys(removed).sort(), ['a', 'b']);
    s = recordReview(state, 'a', 1, at('2026-03-02T00:00:00Z'), opts);
    const undone = restoreCards(s, removed);
    assert.equal(undone.cards.a.last, '2026-03-02T00:00:00.000Z');
    assert.equal(undone.cards.b, removed.b);
  });

  it('keeps cards of removed questions aside and brings them back', () => {
    const s = recordReview(emptyProgress(), 'gone', 3, at('2026-03-01T00:00:00Z'), opts);
    const aside = reconcile(s, new Set(['other']));
    assert.equal(aside.movedAside, 1);
    assert.deepEqual(Object.keys(aside.state.cards), []);
    assert.ok(aside.state.aside.gone);
    const back = reconcile(aside.state, new Set(['gone']));
    assert.equal(back.restored, 1);
    assert.deepEqual(back.state.cards.gone, s.cards.gone);
    assert.equal(reconcile(back.state, new Set(['gone'])).state, back.state);
  });

  it('migrates version 1 records into FSRS cards', () => {
    const v1 = { version: 1, questions: { q1: { attempts: 3, correct: 2, last: '2026-02-01T10:00:00.000Z', lastCorrect: true } } };
    const loaded = loadProgress(v1);
    assert.ok(loaded.ok && loaded.migratedFrom === 1);
    const c = loaded.state.cards.q1;
    assert.equal(c.attempts, 3);
    assert.equal(c.correct, 2);
    assert.equal(c.card.reps, 1);
    assert.equal(c.card.last_review, '2026-02-01T10:00:00.000Z');
  });

  it('recovers damaged state: keeps what it can read, hands back the damaged value', () => {
    const good = recordReview(emptyProgress(), 'good', 3, at('2026-03-01T00:00:00Z'), opts);
    const raw = JSON.parse(JSON.stringify(good)) as { cards: Record<string, unknown> };
    raw.cards.bad = { attempts: -1 };
    const loaded = loadProgress(raw);
    assert.equal(loaded.ok, false);
    assert.deepEqual(Object.keys(loaded.state.cards), ['good']);
    if (!loaded.ok) {
      assert.equal(loaded.damaged, raw);
      assert.match(loaded.reason, /1 record was unreadable \(bad\)/);
    }
    for (const junk of ['x', 42, [], { version: 99, cards: {} }, { version: 2, cards: 'x' }]) {
      const r = loadProgress(junk);
      assert.equal(r.ok, false);
      assert.deepEqual(r.state, emptyProgress());
    }
    assert.match((loadProgress({ version: 7, cards: {} }) as { reason: string }).reason, /newer version/);
  });

  it('exports and imports losslessly, and merges by newer review', () => {
    let mine = recordReview(emptyProgress(), 'shared', 3, at('2026-03-05T00:00:00Z'), opts);
    mine = recordReview(mine, 'onlyMine', 3, at('2026-03-01T00:00:00Z'), opts);
    let theirs = recordReview(emptyProgress(), 'shared', 1, at('2026-03-01T00:00:00Z'), opts);
    theirs = recordReview(theirs, 'onlyTheirs', 3, at('2026-03-02T00:00:00Z'), opts);
    const file = JSON.parse(JSON.stringify(exportProgress(theirs, at('2026-03-06T00:00:00Z'))));
    const { state, summary } = importProgress(mine, file);
    assert.deepEqual(summary, { added: 1, updated: 0, keptLocal: 1, unchanged: 0, rejected: [], reviews: 0, examAttempts: 0 });
    assert.equal(state.cards.shared, mine.cards.shared);
    assert.deepEqual(state.cards.onlyTheirs, theirs.cards.onlyTheirs);
    const roundTrip = importProgress(emptyProgress(), JSON.parse(JSON.stringify(exportProgress(mine, new Date()))));
    assert.deepEqual(roundTrip.state, mine);
  });

  it('names unreadable records on import and rejects files that are not exports', () => {
    const file = { ...exportProgress(emptyProgress(), new Date()), cards: { broken: { attempts: 'x' } } };
    assert.deepEqual(importProgress(emptyProgress(), file).summary.rejected, ['broken']);
    assert.throws(() => importProgress(emptyProgress(), { hello: 1 }), ImportError);
    assert.throws(() => importProgress(emptyProgress(), { format: 'sagemaker-study-progress', version: 1 }), /version 1 is not supported/);
  });

  it('keeps its stored size bounded: day counts are compacted, reviews live in the review log', () => {
    let s: ProgressState = emptyProgress();
    let t = Date.parse('2025-01-01T12:00:00Z');
    for (let i = 0; i < 500; i++, t += 86_400_000) s = recordReview(s, 'a', 3, new Date(t), opts);
    assert.equal('log' in s.cards.a, false);
    assert.equal(Object.keys(s.days).length, 400);
    assert.equal(s.cards.a.attempts, 500);
  });

  it('serializes to the same JSON as JSON.stringify, reusing unchanged records, and loads it back', () => {
    const ser = new ProgressSerializer();
    let s = recordReview(recordReview(emptyProgress(), 'a', 3, at('2026-03-01T00:00:00Z'), opts), 'b', 1, at('2026-03-01T00:00:00Z'), opts);
    s = reconcile(s, new Set(['a'])).state;
    assert.equal(ser.serialize(s), JSON.stringify(s));
    s = recordReview(s, 'a', 1, at('2026-03-02T00:00:00Z'), opts);
    const text = ser.serialize(s);
    assert.equal(text, JSON.stringify(s));
    assert.deepEqual(loadProgress(text), { ok: true, state: s, mark: {}, history: [] });
    const broken = loadProgress('{"version":2,"cards":{');
    assert.equal(broken.ok, false);
    if (!broken.ok) {
      assert.equal(broken.damaged, '{"version":2,"cards":{');
      assert.match(broken.reason, /not valid JSON/);
    }
  });
});

describe('merging progress states', () => {
  it('keeps every card of both, the newer review of shared ones, and the larger day counts', () => {
    const o = { retention: 0.9 };
    const a = recordReview(recordReview(emptyProgress(), 'shared', 1, new Date('2026-03-01T00:00:00Z'), o), 'onlyA', 3, new Date('2026-03-01T00:00:00Z'), o);
    const b = recordReview(emptyProgress(), 'shared', 3, new Date('2026-03-04T00:00:00Z'), o);
    const m = mergeStates(a, b);
    assert.deepEqual(Object.keys(m.cards).sort(), ['onlyA', 'shared']);
    assert.equal(m.cards.shared, b.cards.shared);
    assert.deepEqual({ ...m.days }, { '2026-03-01': 2, '2026-03-04': 1 });
  });
});
