// Every figure of the statistics panel, computed in the core: unit cases and properties.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CardData } from '../../src/core/progress/model';
import { activity } from '../../src/core/stats/activity';
import { addDays, dayKey, daysBetween } from '../../src/core/stats/days';
import { forecast } from '../../src/core/stats/forecast';
import { averageAnswerMs, cardStates, retention, type ReviewPoint } from '../../src/core/stats/memory';
import { calibration, domainPrior, firstAttempts, normalCdf, readiness, type DomainInput } from '../../src/core/stats/readiness';
import type { Exam } from '../../src/core/bank/model';

const NOW = new Date(2026, 11, 2, 15, 30);
const DAY = 86_400_000;
const MLA: Exam = {
  code: 'MLA-C01', name: 'MLA', guide: '1.0', questions: 65, scored: 50, minutes: 130, passScore: 720,
  domains: [
    { number: 1, title: 'Data', weight: 28, examQuestions: 18 },
    { number: 2, title: 'Model', weight: 26, examQuestions: 17 },
    { number: 3, title: 'Deploy', weight: 22, examQuestions: 14 },
    { number: 4, title: 'Monitor', weight: 24, examQuestions: 16 },
  ],
};
const domainsOf = (perDomain: number, first = { total: 0, right: 0 }): DomainInput[] =>
  MLA.domains.map((d) => ({ domain: d.number, questions: Array.from({ length: perDomain }, (_, i) => `d${d.number}-${i}`), firstAttempts: first }));

describe('statistics: activity', () => {
  it('has one cell per day for a year, today last, and counts reviews by local day', () => {
    const a = activity([NOW.getTime(), NOW.getTime() - 1000, NOW.getTime() - 3 * DAY], NOW);
    assert.equal(a.cells.length, 365);
    assert.equal(a.cells.at(-1)!.day, dayKey(NOW));
    assert.equal(a.cells.at(-1)!.reviews, 2);
    assert.equal(a.cells.at(-4)!.reviews, 1);
    assert.equal(a.total, 3);
    assert.equal(new Set(a.cells.map((c) => c.day)).size, 365, 'no day twice, even across a clock change');
  });

  it('keeps a streak open until today ends, and finds the longest', () => {
    const at = (daysAgo: number) => addDays(NOW, -daysAgo).getTime();
    assert.equal(activity([at(1), at(2), at(3)], NOW).currentStreak, 3, 'no review yet today: the streak is still open');
    assert.equal(activity([at(0), at(1), at(3)], NOW).currentStreak, 2);
    assert.equal(activity([at(2), at(3)], NOW).currentStreak, 0, 'yesterday missed: broken');
    assert.equal(activity([at(10), at(11), at(12), at(13), at(1)], NOW).longestStreak, 4);
  });

  it('property: cells always number the window and sum to the reviews inside it', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 400 * DAY })), fc.integer({ min: 1, max: 400 }), (ago, days) => {
      const times = ago.map((a) => NOW.getTime() - a);
      const a = activity(times, NOW, days);
      assert.equal(a.cells.length, days);
      const first = a.cells[0].day;
      assert.equal(a.total, times.filter((t) => dayKey(new Date(t)) >= first).length);
      assert.ok(a.currentStreak <= a.longestStreak || a.currentStreak <= days);
    }));
  });
});

describe('statistics: forecast', () => {
  const card = (dueInDays: number, state: CardData['state']) => ({ due: new Date(NOW.getTime() + dueInDays * DAY).toISOString(), state });

  it('stacks learning and review cards by due day, overdue on the first day, new cards from the daily limit', () => {
    const f = forecast([card(-3, 2), card(0.1, 1), card(2, 2), card(45, 2), card(1, 0)], NOW, { newPerDay: 5, unseen: 12 });
    assert.equal(f.length, 30);
    assert.deepEqual([f[0].review, f[0].learning], [1, 1]);
    assert.equal(f[2].review, 1);
    assert.deepEqual(f.slice(0, 4).map((d) => d.new), [5, 5, 2, 0]);
  });

  it('property: the forecast sums to the due counts of every day', () => {
    const cards = fc.array(fc.record({ offset: fc.double({ min: -20, max: 60, noNaN: true }), state: fc.constantFrom<CardData['state']>(0, 1, 2, 3) }), { maxLength: 80 });
    fc.assert(fc.property(cards, (list) => {
      const cs = list.map((c) => card(c.offset, c.state));
      const f = forecast(cs, NOW);
      for (let k = 1; k <= f.length; k++) {
        const stacked = f.slice(0, k).reduce((s, d) => s + d.learning + d.review, 0);
        const due = cs.filter((c) => c.state !== 0 && daysBetween(NOW, new Date(c.due)) < k).length;
        assert.equal(stacked, due);
      }
    }));
  });
});

describe('statistics: memory', () => {
  const e = (daysAgo: number, grade: ReviewPoint['grade'], elapsedDays = 3, answerMs?: number): ReviewPoint => ({ at: NOW.getTime() - daysAgo * DAY, id: 'q', grade, elapsedDays, ...(answerMs === undefined ? {} : { answerMs }) });

  it('true retention counts real reviews in the window, not learning steps', () => {
    const log = [e(1, 3), e(2, 1), e(3, 4), e(1, 1, 0), e(20, 1), e(200, 3)];
    assert.deepEqual(retention(log, NOW, 7), { windowDays: 7, reviews: 3, passed: 2, rate: 2 / 3 });
    assert.equal(retention(log, NOW, 30).reviews, 4);
    assert.equal(retention([], NOW, 7).rate, undefined);
  });

  it('property: retention stays within [0, 1]', () => {
    fc.assert(fc.property(fc.array(fc.record({ d: fc.double({ min: 0, max: 500, noNaN: true }), g: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4), el: fc.double({ min: 0, max: 90, noNaN: true }) })), fc.constantFrom(7, 30, 365), (list, w) => {
      const r = retention(list.map((x) => e(x.d, x.g, x.el)), NOW, w);
      assert.ok(r.passed <= r.reviews);
      if (r.rate !== undefined) assert.ok(r.rate >= 0 && r.rate <= 1);
    }));
  });

  it('counts cards by state with leeches, and averages the answer times that were recorded', () => {
    const s = cardStates([{ state: 1, lapses: 0 }, { state: 2, lapses: 9 }, { state: 3, lapses: 8 }, { state: 2, lapses: 0 }], 10);
    assert.deepEqual(s, { new: 10, learning: 1, review: 2, relearning: 1, leeches: 2 });
    assert.equal(averageAnswerMs([e(1, 3, 1, 4000), e(1, 3, 1), e(1, 1, 1, 8000)]), 6000);
    assert.equal(averageAnswerMs([e(1, 3)]), undefined);
  });
});

describe('statistics: readiness', () => {
  it('shrinks a domain prior toward neutral when there are few answers', () => {
    assert.equal(domainPrior({ total: 0, right: 0 }), 0.5);
    assert.equal(domainPrior({ total: 2, right: 2 }), 4 / 6);
    assert.ok(Math.abs(domainPrior({ total: 400, right: 360 }) - 0.9) < 0.01);
  });

  it('predicts a pass for a learner who recalls everything and a fail for one who recalls nothing', () => {
    const all = readiness(MLA, domainsOf(20), () => 0.97);
    assert.ok(all.predicted >= 900 && all.passChance > 0.99, JSON.stringify(all));
    const none = readiness(MLA, domainsOf(20), () => 0.05);
    assert.ok(none.predicted < 300 && none.passChance < 0.01);
    assert.ok(all.low <= all.predicted && all.predicted <= all.high);
    assert.equal(all.seen, 80);
  });

  it('uses the first-attempt prior for unseen questions, and weights domains as the guide does', () => {
    const r = readiness(MLA, domainsOf(10, { total: 96, right: 72 }), (id) => (id.startsWith('d1-') ? 1 : undefined));
    assert.equal(r.domains[0].expected, 1);
    assert.ok(Math.abs(r.domains[1].expected - 0.74) < 0.01);
    const byHand = (28 * 1 + 72 * r.domains[1].expected) / 100;
    assert.ok(Math.abs(r.expected - byHand) < 1e-9);
  });

  it('sits near a coin flip at the pass line', () => {
    const cut = 0.7;
    const r = readiness(MLA, domainsOf(10), () => cut + 0.01);
    assert.ok(r.passChance > 0.4 && r.passChance < 0.75, String(r.passChance));
  });

  it('property: readiness rises when mastery rises', () => {
    fc.assert(fc.property(fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), { minLength: 40, maxLength: 40 }), fc.nat(39), fc.double({ min: 0, max: 1, noNaN: true }), (values, which, extra) => {
      const ids = domainsOf(10).flatMap((d) => d.questions);
      const before = new Map(ids.map((id, i) => [id, values[i]]));
      const after = new Map(before);
      const old = before.get(ids[which]) ?? 0.5;
      after.set(ids[which], Math.min(1, old + extra * (1 - old)));
      const a = readiness(MLA, domainsOf(10), (id) => before.get(id));
      const b = readiness(MLA, domainsOf(10), (id) => after.get(id));
      assert.ok(b.expected >= a.expected - 1e-12);
      assert.ok(b.predicted >= a.predicted);
      assert.ok(b.passChance >= a.passChance - 1e-9);
    }));
  });

  it('reads first attempts from the review log, in time order', () => {
    const f = firstAttempts([{ id: 'a', grade: 3, at: 5 }, { id: 'a', grade: 1, at: 2 }, { id: 'b', grade: 4, at: 1 }]);
    assert.deepEqual([...f].sort(), [['a', false], ['b', true]]);
  });

  it('has a normal CDF accurate enough for the interval', () => {
    assert.ok(Math.abs(normalCdf(0) - 0.5) < 1e-7);
    assert.ok(Math.abs(normalCdf(1.2815515655) - 0.9) < 1e-6);
    assert.ok(Math.abs(normalCdf(-1.96) - 0.025) < 1e-5);
  });

  it('reports calibration as mean absolute error over attempts', () => {
    const c = calibration([
      { examCode: 'MLA-C01', at: '2026-11-01T00:00:00Z', predicted: 700, actual: 740 },
      { examCode: 'MLA-C01', at: '2026-11-08T00:00:00Z', predicted: 780, actual: 760 },
    ]);
    assert.equal(c.meanAbsoluteError, 30);
    assert.equal(calibration([]).meanAbsoluteError, undefined);
  });
});
