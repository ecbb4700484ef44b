// Undo (issue 17): an answer taken back leaves no trace. For any answers and undos, the state and
// the review log, as saved, are byte for byte what they would be had the undone answers never
// happened; the journal, replayed after a reload, gives the same bytes and the same undo stack.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { encodeJournalEntry, encodeJournalHeader, parseJournal, applyJournal, undoStack, type UndoableAnswer, isUndoable } from '../../src/core/progress/journal';
import { loadProgress } from '../../src/core/progress/load';
import { dayKey, DAYS_LIMIT, emptyProgress, idMap, own, type Grade, type ProgressState } from '../../src/core/progress/model';
import { applyReview, reviewRecord } from '../../src/core/progress/operations';
import { encodeReview, encodeReviews, encodeWithdrawal, parseReviewLog, REVIEW_LOG_HEADER, type ReviewLogEntry } from '../../src/core/progress/reviewLog';
import { ProgressSerializer } from '../../src/core/progress/serializer';
import { revertAnswer } from '../../src/core/progress/undo';

const ids = ['q1', 'q2', 'q3', 'term:t1', 'gone'];
const opts = { retention: 0.9, fuzz: true };
const DAY = 86_400_000;
const T0 = Date.parse('2026-01-01T09:00:00Z');

type Op = { kind: 'answer'; id: string; grade: Grade; minutes: number; ms?: number } | { kind: 'undo' };

const answer = fc.record({
  kind: fc.constant('answer' as const),
  id: fc.constantFrom(...ids),
  grade: fc.constantFrom<Grade>(1, 2, 3, 4),
  // mostly forward, sometimes across days, now and then a clock set back
  minutes: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 60 * 20, max: 60 * 24 * 30 }), fc.integer({ min: -120, max: -1 })),
  ms: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
});
const op: fc.Arbitrary<Op> = fc.oneof({ weight: 3, arbitrary: answer }, { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) });

/** A state to start from: cards answered earlier, one of them aside, and a days map near its limit. */
const start = fc.record({ answered: fc.subarray(ids), aside: fc.boolean(), days: fc.constantFrom(0, 3, DAYS_LIMIT - 1, DAYS_LIMIT) });

function initialState(s: { answered: string[]; aside: boolean; days: number }): ProgressState {
  const state = emptyProgress();
  let t = T0 - 40 * DAY;
  for (const id of s.answered) {
    const { record, entry } = reviewRecord(undefined, id, 3, new Date((t += DAY)), opts);
    applyReview(state, id, record, new Date(t), entry);
  }
  if (s.aside && own(state.cards, 'gone')) {
    state.aside.gone = state.cards.gone;
    delete state.cards.gone;
  }
  // Earlier days, oldest first: a new day may push the oldest out.
  const days = idMap<number>();
  for (let i = s.days; i > 0; i--) days[dayKey(new Date(T0 - (i + 60) * DAY))] = (i % 5) + 1;
  for (const k of Object.keys(state.days)) days[k] = state.days[k];
  state.days = days;
  return state;
}

/** The store's answer path in core terms: the state, the journal text, the log text and the undo stack. */
class Learner {
  journal = encodeJournalHeader({ writer: 'me', base: 0 });
  log = REVIEW_LOG_HEADER;
  stack: UndoableAnswer[] = [];
  private seq = 0;
  constructor(readonly state: ProgressState) {}

  answer(id: string, grade: Grade, now: Date, ms?: number): void {
    const prev = own(this.state.cards, id) ?? own(this.state.aside, id);
    const { record, entry } = reviewRecord(prev, id, grade, now, opts, ms);
    const u = applyReview(this.state, id, record, now, entry);
    const e = { s: ++this.seq, id, r: record, d: dayKey(now), u };
    this.stack.push(e);
    this.journal += encodeJournalEntry(e);
    this.log += encodeReview(entry);
  }

  undo(): boolean {
    const top = this.stack.pop();
    if (!top) return false;
    assert.ok(revertAnswer(this.state, top.id, top.r, top.d, top.u, true), 'the last answer can always be taken back');
    this.journal += encodeJournalEntry({ s: ++this.seq, id: top.id, undo: top.s, a: top.r, d: top.d, u: top.u });
    this.log += encodeWithdrawal({ at: top.u.t, grade: top.u.g, id: top.id });
    return true;
  }
}

const serializer = new ProgressSerializer();
const logAsSaved = (text: string) => encodeReviews(parseReviewLog(text).entries);

describe('undo properties (fast-check, issue 17)', () => {
  it('answer then undo leaves the saved state and the review log byte-identical, for any answers before', () => {
    fc.assert(
      fc.property(start, fc.array(answer, { maxLength: 12 }), fc.array(answer, { minLength: 1, maxLength: 8 }), (s, before, taken) => {
        const l = new Learner(initialState(s));
        let t = T0;
        for (const a of before) l.answer(a.id, a.grade, new Date((t += a.minutes * 60_000)), a.ms);
        const snapshot = serializer.serialize(l.state);
        const log = logAsSaved(l.log);
        for (const a of taken) l.answer(a.id, a.grade, new Date((t += a.minutes * 60_000)), a.ms);
        for (let i = 0; i < taken.length; i++) assert.ok(l.undo());
        assert.equal(serializer.serialize(l.state), snapshot);
        assert.equal(logAsSaved(l.log), log);
      }),
      { numRuns: 300 },
    );
  });

  it('any answers and undos save what the answers that were not undone alone would, and a reload replays it exactly', () => {
    fc.assert(
      fc.property(start, fc.array(op, { minLength: 1, maxLength: 30 }), (s, ops) => {
        const initial = serializer.serialize(initialState(s), { writer: 'me', seq: 0 });
        const l = new Learner(loadProgress(initial).state);
        // The reference: each surviving answer at its time, no undo ever.
        let kept: { id: string; grade: Grade; at: number; ms?: number }[] = [];
        let t = T0;
        for (const o of ops) {
          if (o.kind === 'answer') {
            t += o.minutes * 60_000;
            l.answer(o.id, o.grade, new Date(t), o.ms);
            kept.push({ id: o.id, grade: o.grade, at: t, ms: o.ms });
          } else if (l.undo()) kept = kept.slice(0, -1);
        }
        const reference = new Learner(loadProgress(initial).state);
        for (const k of kept) reference.answer(k.id, k.grade, new Date(k.at), k.ms);
        assert.equal(serializer.serialize(l.state), serializer.serialize(reference.state));
        assert.equal(logAsSaved(l.log), logAsSaved(reference.log));

        // After a reload: the snapshot with the journal laid over it, and the same undo stack.
        const journal = parseJournal(l.journal);
        const reloaded = loadProgress(initial).state;
        applyJournal(reloaded, { writer: 'me', seq: 0 }, journal);
        assert.equal(serializer.serialize(reloaded), serializer.serialize(l.state));
        assert.deepEqual(undoStack(journal.entries, 1000).map((e) => e.s), l.stack.map((e) => e.s));
        // And undo keeps working on the reloaded state, byte for byte.
        for (const e of undoStack(journal.entries, 1000).reverse()) assert.ok(revertAnswer(reloaded, e.id, e.r, e.d, e.u, true));
        const none = new Learner(loadProgress(initial).state);
        for (const k of kept.slice(0, kept.length - l.stack.length)) none.answer(k.id, k.grade, new Date(k.at), k.ms);
        assert.equal(serializer.serialize(reloaded), serializer.serialize(none.state));
      }),
      { numRuns: 300 },
    );
  });

  it('the journal stays append-only: an undo adds a line and rewrites none', () => {
    const l = new Learner(emptyProgress());
    l.answer('q1', 3, new Date(T0));
    l.answer('q2', 1, new Date(T0 + 60_000));
    const journal = l.journal;
    const log = l.log;
    l.undo();
    assert.ok(l.journal.startsWith(journal) && l.journal.split('\n').length === journal.split('\n').length + 1);
    assert.ok(l.log.startsWith(log) && l.log.endsWith(`-${(T0 + 60_000).toString(36)},1,,,q2\n`));
    assert.deepEqual(parseReviewLog(l.log).entries.map((e: ReviewLogEntry) => e.id), ['q1']);
    assert.equal(parseReviewLog(l.log).withdrawn, 1);
  });

  it('an undo line for an answer another machine overtook takes back only the day (a synced snapshot)', () => {
    const l = new Learner(emptyProgress());
    l.answer('q1', 3, new Date(T0));
    l.undo();
    const journal = parseJournal(l.journal);
    // Another machine's snapshot already holds a newer review of q1.
    const theirs = emptyProgress();
    const { record, entry } = reviewRecord(undefined, 'q1', 4, new Date(T0 + DAY), opts);
    applyReview(theirs, 'q1', record, new Date(T0 + DAY), entry);
    const before = serializer.serialize(theirs);
    applyJournal(theirs, { writer: 'another', seq: 7 }, journal);
    assert.equal(serializer.serialize(theirs), before);
    assert.ok(isUndoable(journal.entries[0]));
  });
});

describe('undo lines as read back (issue 17)', () => {
  const rec = () => {
    const l = new Learner(emptyProgress());
    l.answer('q1', 3, new Date(T0));
    return l;
  };

  it('reads an answer whose undo part is damaged as an answer that cannot be undone', () => {
    const l = rec();
    const damaged = l.journal.replace('"u":{', '"u":{"x":-1,');
    const j = parseJournal(damaged);
    assert.equal(j.entries.length, 1);
    assert.equal(isUndoable(j.entries[0]), false);
    assert.deepEqual(undoStack(j.entries, 30), []);
    // The answer itself still counts.
    const s = emptyProgress();
    applyJournal(s, { writer: 'me', seq: 0 }, j);
    assert.ok(s.cards.q1);
  });

  it('skips a damaged undo line and a withdrawal that matches no review', () => {
    const l = rec();
    l.undo();
    const lines = l.journal.trim().split('\n');
    const j = parseJournal(`${lines[0]}\n${lines[1]}\n${lines[2].replace('"undo":1', '"undo":"one"')}\n`);
    assert.equal(j.skipped, 1);
    assert.equal(undoStack(j.entries, 30).length, 1);
    const log = parseReviewLog(`${REVIEW_LOG_HEADER}${encodeWithdrawal({ at: T0, grade: 2, id: 'nobody' })}-junk\n`);
    assert.deepEqual({ entries: log.entries.length, withdrawn: log.withdrawn, skipped: log.skipped }, { entries: 0, withdrawn: 0, skipped: 1 });
  });

  it('withdraws the latest of two identical reviews only', () => {
    const e = { at: T0, grade: 3 as Grade, id: 'q1', elapsedDays: 0 };
    const log = parseReviewLog(REVIEW_LOG_HEADER + encodeReview({ ...e, answerMs: 100 }) + encodeReview({ ...e, answerMs: 200 }) + encodeWithdrawal(e));
    assert.deepEqual(log.entries.map((x) => x.answerMs), [100]);
  });
});
