// Mastery means what a learner reads into it (issue 11, Wrong 1): wrong answers never show more
// mastery than right ones, a wrong answer never raises it, a right one never lowers it, and it fades
// with time away. Clock and horizon are injected, so "at any time" is checked at random times.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { cardMastery, masteryHorizon, setMastery, type MasteryOptions } from '../../src/core/progress/mastery';
import { emptyProgress, type Grade, type ProgressState } from '../../src/core/progress/model';
import { recordReview } from '../../src/core/progress/operations';

const START = Date.parse('2026-01-01T09:00:00Z');
const MIN = 60_000;
const retention = 0.9;
const at = (ms: number, exam?: Date): MasteryOptions => {
  const now = new Date(ms);
  return { now, horizon: masteryHorizon(now, exam), retention };
};

/** Answers every question of a topic once per session, with the given grade, sessions `gaps` minutes apart. */
function study(ids: string[], gaps: number[], gradeOf: (session: number, id: string) => Grade): { state: ProgressState; end: number } {
  let state = emptyProgress();
  let t = START;
  gaps.forEach((gap, session) => {
    t += gap * MIN;
    for (const id of ids) state = recordReview(state, id, gradeOf(session, id), new Date(t), { retention });
  });
  return { state, end: t };
}

const topic = fc.integer({ min: 1, max: 6 }).map((n) => Array.from({ length: n }, (_, i) => `q${i}`));
// Sessions from a minute to 60 days apart.
const gaps = fc.array(fc.integer({ min: 1, max: 60 * 24 * 60 }), { minLength: 1, maxLength: 8 });
// When the learner looks: from before the first answer to a year after the last.
const lookAt = fc.integer({ min: -60 * 24, max: 60 * 24 * 365 });
const examIn = fc.option(fc.integer({ min: 1, max: 60 * 24 * 200 }), { nil: undefined });

describe('mastery (fast-check)', () => {
  it('a topic answered all wrong never shows higher mastery than the same topic answered all right, at any time', () => {
    fc.assert(
      fc.property(topic, gaps, lookAt, examIn, (ids, g, look, exam) => {
        const wrong = study(ids, g, () => 1);
        const right = study(ids, g, () => 3);
        const t = wrong.end + look * MIN;
        const examDate = exam === undefined ? undefined : new Date(t + exam * MIN);
        const mWrong = setMastery(ids, wrong.state, at(t, examDate));
        const mRight = setMastery(ids, right.state, at(t, examDate));
        assert.ok(mWrong <= mRight, `all wrong ${mWrong} > all right ${mRight}`);
        assert.equal(mWrong, 0, 'a topic answered all wrong shows no mastery');
        if (look >= 0) assert.ok(mRight > 0, 'a topic answered all right shows some mastery');
      }),
      { numRuns: 300 },
    );
  });

  it('a wrong answer never raises mastery and a right answer never lowers it', () => {
    fc.assert(
      fc.property(gaps, fc.array(fc.constantFrom<Grade>(1, 2, 3, 4), { minLength: 8, maxLength: 8 }), fc.integer({ min: 1, max: 60 * 24 * 30 }), fc.constantFrom<Grade>(1, 3),
        (g, grades, gap, next) => {
          const { state, end } = study(['q'], g, (session) => grades[session]);
          const t = end + gap * MIN;
          const before = cardMastery(state.cards.q, at(t));
          const after = cardMastery(recordReview(state, 'q', next, new Date(t), { retention }).cards.q, at(t));
          if (next === 1) assert.ok(after <= before, `wrong raised ${before} to ${after}`);
          else assert.ok(after >= before - 1e-12, `right lowered ${before} to ${after}`);
        }),
      { numRuns: 300 },
    );
  });

  it('fades while the learner is away, and a later exam date never shows more mastery', () => {
    fc.assert(
      fc.property(gaps, fc.integer({ min: 0, max: 60 * 24 * 100 }), fc.integer({ min: 1, max: 60 * 24 * 100 }), fc.integer({ min: 1, max: 60 * 24 * 100 }),
        (g, away, more, examIn) => {
          const { state, end } = study(['q'], g, () => 3);
          const t = end + away * MIN;
          const now = cardMastery(state.cards.q, at(t));
          const later = cardMastery(state.cards.q, at(t + more * MIN));
          assert.ok(later <= now + 1e-12, `mastery rose from ${now} to ${later} with no study`);
          const soon = cardMastery(state.cards.q, at(t, new Date(t + examIn * MIN)));
          const far = cardMastery(state.cards.q, at(t, new Date(t + (examIn + more) * MIN)));
          assert.ok(far <= soon + 1e-12, `exam further away showed more mastery (${soon} then ${far})`);
        }),
      { numRuns: 200 },
    );
  });
});
