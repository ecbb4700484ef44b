// Custom study's selection (issue 17): each source, empty results, "missed in the last N days" on
// an injected clock, suspended questions left out, and a cram round that records nothing.
import * as assert from 'node:assert/strict';
import { emptyProgress, type Grade, type ProgressState } from '../../src/core/progress/model';
import { applyReview, recordReview, reviewRecord } from '../../src/core/progress/operations';
import type { ReviewLogEntry } from '../../src/core/progress/reviewLog';
import { setSuspended } from '../../src/core/progress/suspension';
import {
  customStudyCounts, missedSince, parseMissedDays, selectCustomStudy, type CustomStudyInputs, type CustomStudySource,
} from '../../src/core/quiz/customStudy';
import { QuizRound } from '../../src/host/panels/quizRound';
import { fixtureIndex, seededRng } from './fixtures';

const index = fixtureIndex();
const opts = { retention: 0.9 };
// Local time on purpose: "the last N days" counts local calendar days.
const NOW = new Date(2026, 2, 10, 15, 0, 0);
const daysAgo = (d: number, hour = 12) => new Date(2026, 2, 10 - d, hour, 0, 0);
const ALL = ['q-single', 'q-multi', 'q-order', 'q-match', 'q-card'];

/** Reviews as the store makes them: the card changes and the log gets an entry. */
function review(state: ProgressState, log: ReviewLogEntry[], id: string, grade: Grade, at: Date): void {
  const { record, entry } = reviewRecord(state.cards[id], id, grade, at, opts);
  applyReview(state, id, record, at, entry);
  log.push(entry);
}

function inputs(state: ProgressState, extra: Partial<CustomStudyInputs> = {}): CustomStudyInputs {
  return { index, state, reviews: [], flagged: [], now: NOW, rng: seededRng(7), ...extra };
}

const ids = (source: CustomStudySource, i: CustomStudyInputs) => selectCustomStudy(source, i).map((q) => q.id);

describe('custom study selection', () => {
  it('a topic, a domain and an exam give their questions, due first', () => {
    const state = emptyProgress();
    const log: ReviewLogEntry[] = [];
    review(state, log, 'q-multi', 1, daysAgo(3));
    for (const source of [{ kind: 'topic', topicId: 't-deploy' }, { kind: 'domain', exam: 'MLA-C01', domain: 3 }, { kind: 'exam', exam: 'MLA-C01' }] as const) {
      const got = ids(source, inputs(state));
      assert.deepEqual([...got].sort(), [...ALL].sort(), source.kind);
      assert.equal(got[0], 'q-multi', `${source.kind}: the due question first`);
    }
    assert.deepEqual(ids({ kind: 'topic', topicId: 'no-such-topic' }, inputs(state)), []);
    assert.deepEqual(ids({ kind: 'domain', exam: 'MLA-C01', domain: 1 }, inputs(state)), [], 'a domain without questions is empty');
    assert.deepEqual(ids({ kind: 'exam', exam: 'AIF-C01' }, inputs(state)), []);
  });

  it('"missed in the last N days" counts local days back from the injected clock, latest miss first', () => {
    const state = emptyProgress();
    const log: ReviewLogEntry[] = [];
    review(state, log, 'q-single', 1, daysAgo(0, 9)); // today
    review(state, log, 'q-multi', 1, daysAgo(6, 0)); // six days ago, just after midnight: inside 7 days
    review(state, log, 'q-order', 1, daysAgo(7, 23)); // seven days ago: outside 7 days
    review(state, log, 'q-match', 3, daysAgo(1)); // right: never "missed"
    review(state, log, 'q-card', 1, daysAgo(2));
    review(state, log, 'q-card', 3, daysAgo(1)); // missed two days ago, then right: still missed in the window
    const i = inputs(state, { reviews: log });
    assert.deepEqual(ids({ kind: 'missed', days: 7 }, i), ['q-single', 'q-card', 'q-multi']);
    assert.deepEqual(ids({ kind: 'missed', days: 8 }, i), ['q-single', 'q-card', 'q-multi', 'q-order']);
    assert.deepEqual(ids({ kind: 'missed', days: 1 }, i), ['q-single'], 'one day is today only');
    // Next day, the same log: the window moves with the clock.
    const tomorrow = new Date(2026, 2, 11, 8, 0, 0);
    assert.deepEqual(ids({ kind: 'missed', days: 1 }, { ...i, now: tomorrow }), []);
    assert.deepEqual(ids({ kind: 'missed', days: 7 }, { ...i, now: tomorrow }), ['q-single', 'q-card']);
    assert.equal(missedSince(NOW, 7), new Date(2026, 2, 4).getTime());
    // A miss the log lacks (a failed write) still counts from the card.
    assert.deepEqual(ids({ kind: 'missed', days: 7 }, { ...i, reviews: [] }), ['q-single', 'q-multi']);
    assert.deepEqual(ids({ kind: 'missed', days: 7 }, inputs(emptyProgress())), [], 'nothing missed yet');
  });

  it('reads the number of days the learner types', () => {
    assert.deepEqual(parseMissedDays(' 7 '), { days: 7 });
    assert.deepEqual(parseMissedDays('1'), { days: 1 });
    assert.deepEqual(parseMissedDays('0'), { error: 'outOfRange' });
    assert.deepEqual(parseMissedDays('99999'), { error: 'outOfRange' });
    for (const bad of ['', 'seven', '7.5', '-3', '1e3']) assert.deepEqual(parseMissedDays(bad), { error: 'notWholeNumber' }, bad);
  });

  it('"flagged in exams" keeps the order given and drops ids no longer in the banks', () => {
    const i = inputs(emptyProgress(), { flagged: ['q-order', 'gone-away', 'q-single', 'q-order'] });
    assert.deepEqual(ids({ kind: 'flagged' }, i), ['q-order', 'q-single']);
    assert.deepEqual(ids({ kind: 'flagged' }, inputs(emptyProgress())), []);
  });

  it('leeches are cards lapsed 8 times or more, most lapses first', () => {
    let state = emptyProgress();
    // A lapse is a miss of a card in review: learn it (Good, Good over days), then miss it; again and again.
    const lapse = (s: ProgressState, id: string, n: number, start: number) => {
      let t = start;
      for (let k = 0; k < n; k++) {
        s = recordReview(s, id, 3, new Date(t), opts);
        s = recordReview(s, id, 3, new Date((t += 86_400_000 * 3)), opts);
        s = recordReview(s, id, 1, new Date((t += 86_400_000 * 10)), opts);
        t += 86_400_000;
      }
      return s;
    };
    state = lapse(state, 'q-single', 8, Date.UTC(2025, 0, 1));
    state = lapse(state, 'q-multi', 10, Date.UTC(2025, 0, 1));
    state = lapse(state, 'q-order', 3, Date.UTC(2025, 0, 1));
    assert.ok(state.cards['q-multi'].card.lapses > state.cards['q-single'].card.lapses && state.cards['q-single'].card.lapses >= 8);
    assert.deepEqual(ids({ kind: 'leeches' }, inputs(state)), ['q-multi', 'q-single']);
    assert.deepEqual(ids({ kind: 'leeches' }, inputs(emptyProgress())), []);
  });

  it('"new only" gives questions never answered, none once all are', () => {
    let state = emptyProgress();
    state = recordReview(state, 'q-single', 3, daysAgo(2), opts);
    assert.deepEqual(ids({ kind: 'new' }, inputs(state)).sort(), ALL.filter((x) => x !== 'q-single').sort());
    for (const id of ALL) state = recordReview(state, id, 3, daysAgo(1), opts);
    assert.deepEqual(ids({ kind: 'new' }, inputs(state)), []);
  });

  it('never selects a suspended question, from any source, and counts without it', () => {
    const state = emptyProgress();
    const log: ReviewLogEntry[] = [];
    review(state, log, 'q-single', 1, daysAgo(1));
    review(state, log, 'q-multi', 1, daysAgo(1));
    const suspended = setSuspended(state, ['q-single', 'q-order'], true, NOW).state;
    const i = inputs(suspended, { reviews: log, flagged: ['q-single', 'q-order', 'q-match'] });
    const sources: CustomStudySource[] = [
      { kind: 'topic', topicId: 't-deploy' }, { kind: 'domain', exam: 'MLA-C01', domain: 3 }, { kind: 'exam', exam: 'MLA-C01' },
      { kind: 'missed', days: 7 }, { kind: 'flagged' }, { kind: 'leeches' }, { kind: 'new' },
    ];
    for (const source of sources) {
      const got = ids(source, i);
      assert.ok(!got.includes('q-single') && !got.includes('q-order'), `${source.kind}: ${got.join(', ')}`);
    }
    assert.deepEqual(ids({ kind: 'missed', days: 7 }, i), ['q-multi']);
    assert.deepEqual(ids({ kind: 'flagged' }, i), ['q-match']);
    assert.deepEqual(customStudyCounts(i), { missed: 1, flagged: 1, leeches: 0, new: 2 });
  });

  it('takes at most the limit', () => {
    const i = inputs(emptyProgress(), { limit: 2, flagged: ALL });
    assert.equal(ids({ kind: 'exam', exam: 'MLA-C01' }, i).length, 2);
    assert.deepEqual(ids({ kind: 'flagged' }, i), ['q-single', 'q-multi']);
  });
});

describe('a cram round', () => {
  it('grades and counts answers but records none, and stays cram across a reload', async () => {
    const recorded: string[] = [];
    const deps = { record: async (id: string) => void recorded.push(id), warn: () => undefined };
    const round = QuizRound.start('Cram · test', [index.question('q-single')!, index.question('q-card')!], index, seededRng(3), deps, true);
    const first = round.view();
    assert.ok(first.type === 'question');
    const choices = first.question.choices!.length;
    // Answer every choice position until one is graded; any answer is graded once.
    await round.handle({ type: 'answer', questionId: 'q-single', attempt: first.attempt, answer: { type: 'single', choice: choices - 1 } });
    const fb = round.view();
    assert.equal(fb.type, 'feedback');
    assert.deepEqual(recorded, [], 'a cram answer records nothing');
    const snapshot = round.snapshot();
    assert.equal(snapshot.cram, true);
    const again = QuizRound.restore(JSON.parse(JSON.stringify(snapshot)), index, seededRng(4), deps)!;
    assert.equal(again.cram, true, 'a reload keeps the round a cram round');
    await again.handle({ type: 'next', attempt: (again.view() as { attempt: number }).attempt });
    const card = again.view();
    assert.ok(card.type === 'question');
    await again.handle({ type: 'reveal', questionId: 'q-card', attempt: card.attempt });
    await again.handle({ type: 'answer', questionId: 'q-card', attempt: card.attempt, answer: { type: 'flashcard', rating: 'again' } });
    assert.deepEqual(recorded, [], 'a cram rating records nothing');
    const summary = again.session.summary();
    assert.equal(summary.cram, true);
    assert.equal(summary.answered, 1, 'the graded question counts in the round');
  });

  it('a round that reschedules records each answer, as before', async () => {
    const recorded: string[] = [];
    const deps = { record: async (id: string) => void recorded.push(id), warn: () => undefined };
    const round = QuizRound.start('Custom study', [index.question('q-single')!], index, seededRng(3), deps);
    const v = round.view();
    assert.ok(v.type === 'question');
    await round.handle({ type: 'answer', questionId: 'q-single', attempt: v.attempt, answer: { type: 'single', choice: 0 } });
    assert.deepEqual(recorded, ['q-single']);
    assert.equal(round.snapshot().cram, undefined);
  });
});
