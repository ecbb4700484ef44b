// The exam simulation's core: drawing by domain weight, scoring with an estimated scaled score, the timed
// session with its snapshot, and the bounded attempt history. Drawing runs on the banks that ship.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { compileCatalog } from '../../src/core/bank/compile';
import type { Catalog, Question } from '../../src/core/bank/model';
import { CatalogIndex } from '../../src/core/catalog/catalogIndex';
import { apportion, drawExam, ExamDrawError, examMinutes, type ExamDraw } from '../../src/core/exam/examDraw';
import { addAttempt, attemptFromResult, emptyHistory, HISTORY_LIMIT, listAttempts, readAttempt, readHistory, type ExamAttempt } from '../../src/core/exam/examHistory';
import { CUT_PERCENT, estimateScaledScore } from '../../src/core/exam/examScoring';
import { ExamSession, ExamSubmittedError } from '../../src/core/exam/examSession';
import { AnswerMismatchError, type Presentation } from '../../src/core/quiz/grading';
import type { AnswerPayload } from '../../src/shared/views';
import { seededRng } from './fixtures';

const dir = join(__dirname, '..', '..', 'questions');
const sources = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `questions/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
const shipped = new CatalogIndex(compileCatalog(sources).catalog);

const MLA = 'MLA-C01';
const AIF = 'AIF-C01';
const GUIDE_COUNTS: Record<string, Record<number, number>> = {
  [MLA]: { 1: 18, 2: 17, 3: 14, 4: 16 },
  [AIF]: { 1: 13, 2: 16, 3: 18, 4: 9, 5: 9 },
};
const domainOf = (index: CatalogIndex, id: string) => index.topic(index.question(id)!.topic)!.domain;

function countByDomain(index: CatalogIndex, ids: readonly string[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const id of ids) out[domainOf(index, id)] = (out[domainOf(index, id)] ?? 0) + 1;
  return out;
}

/** The draw's own invariants: distinct graded questions of the exam, counts that match, cases consecutive. */
function checkDraw(index: CatalogIndex, draw: ExamDraw): void {
  assert.equal(new Set(draw.questionIds).size, draw.questionIds.length, 'a question repeats');
  for (const id of draw.questionIds) {
    const q = index.question(id);
    assert.ok(q, `${id} is not in the banks`);
    assert.notEqual(q.type, 'flashcard', `${id} is a flashcard`);
    assert.equal(index.topic(q.topic)!.exam, draw.examCode, `${id} is from another exam`);
  }
  const counted = countByDomain(index, draw.questionIds);
  for (const [d, n] of Object.entries(draw.perDomain)) assert.equal(counted[Number(d)] ?? 0, n, `domain ${d}`);
  const caseOf = draw.questionIds.map((id) => index.question(id)!.case);
  for (const c of new Set(caseOf.filter((x) => x !== undefined))) {
    const at = caseOf.flatMap((x, i) => (x === c ? [i] : []));
    assert.equal(at[at.length - 1] - at[0], at.length - 1, `case ${c} is split: ${at.join(',')}`);
  }
}

// Synthetic banks for the edge cases the shipped banks are too big to reach.
interface DomainSpec {
  domain: number;
  singles: number;
  cases?: number[];
  flashcards?: number;
}
function syntheticIndex(examCode: string, specs: DomainSpec[]): CatalogIndex {
  const md = (s: string) => [s];
  const base = (id: string, topic: string) => ({ id, topic, difficulty: 1 as const, stem: md(id), explanation: md(`why ${id}`), terms: [], links: ['https://docs.aws.amazon.com/x'], tags: [] });
  const single = (id: string, topic: string, caseId?: string): Question => ({
    ...base(id, topic), type: 'single',
    choices: [{ text: md('right'), correct: true, why: md('r') }, { text: md('wrong'), correct: false, why: md('w') }],
    ...(caseId ? { case: caseId } : {}),
  });
  const catalog: Catalog = { format: 1, exams: shipped.exams, banks: [], topics: [], cases: [], questions: [], terms: [] };
  for (const s of specs) {
    const topic = `t${s.domain}`;
    catalog.topics.push({ id: topic, title: `Topic ${s.domain}`, summary: '', exam: examCode, domain: s.domain, bank: 'b' });
    for (let i = 0; i < s.singles; i++) catalog.questions.push(single(`d${s.domain}-s${i}`, topic));
    (s.cases ?? []).forEach((size, c) => {
      const caseId = `case-${s.domain}-${c}`;
      catalog.cases.push({ id: caseId, title: caseId, scenario: md('A scenario.') });
      for (let i = 0; i < size; i++) catalog.questions.push(single(`${caseId}-q${i}`, topic, caseId));
    });
    for (let i = 0; i < (s.flashcards ?? 0); i++) catalog.questions.push({ ...base(`d${s.domain}-f${i}`, topic), type: 'flashcard', answer: md('back') });
  }
  return new CatalogIndex(catalog);
}

function correctAnswer(q: Question, p: Presentation): AnswerPayload {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: p.order.findIndex((o) => q.choices[o].correct) };
    case 'multiple':
      return { type: 'multiple', choices: p.order.flatMap((o, d) => (q.choices[o].correct ? [d] : [])) };
    case 'ordering':
      return { type: 'ordering', order: q.steps.map((_, k) => p.order.indexOf(k)) };
    case 'matching':
      return { type: 'matching', matches: q.pairs.map((_, i) => p.answerOrder!.indexOf(i)) };
    case 'flashcard':
      throw new Error('a flashcard is not graded');
  }
}
function wrongAnswer(q: Question, p: Presentation): AnswerPayload {
  const right = correctAnswer(q, p);
  const swapFirstTwo = (xs: number[]) => [xs[1], xs[0], ...xs.slice(2)];
  switch (right.type) {
    case 'single':
    case 'multiple': {
      const wrong = p.order.findIndex((o) => !(q as { choices: { correct: boolean }[] }).choices[o].correct);
      return right.type === 'single' ? { type: 'single', choice: wrong } : { type: 'multiple', choices: [wrong] };
    }
    case 'ordering':
      return { type: 'ordering', order: swapFirstTwo(right.order) };
    case 'matching':
      return { type: 'matching', matches: swapFirstTwo(right.matches) };
    default:
      throw new Error('unexpected');
  }
}

const T0 = new Date('2026-03-02T09:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function startShort(examCode: string, n: number, seed = 7): ExamSession {
  return ExamSession.start(drawExam(shipped, examCode, { questions: n, rng: seededRng(seed) }), shipped, seededRng(seed + 1), T0);
}
/** Answers right exactly the questions `right` picks, wrong the rest. */
function answerAll(s: ExamSession, right: (i: number) => boolean): void {
  const presentations = s.snapshot().presentations;
  for (let i = 0; i < s.total; i++) {
    const q = shipped.question(s.questionId(i))!;
    s.answer(i, right(i) ? correctAnswer(q, presentations[i]) : wrongAnswer(q, presentations[i]));
  }
}

describe('exam draw', () => {
  it('apportions by largest remainder, exact at 65 and proportional for shorter exams', () => {
    assert.deepEqual(apportion([18, 17, 14, 16], 65), [18, 17, 14, 16]);
    assert.deepEqual(apportion([13, 16, 18, 9, 9], 65), [13, 16, 18, 9, 9]);
    assert.deepEqual(apportion([18, 17, 14, 16], 20), [6, 5, 4, 5]);
    assert.deepEqual(apportion([13, 16, 18, 9, 9], 20), [4, 5, 5, 3, 3]);
    assert.deepEqual(apportion([18, 17, 14, 16], 10), [3, 3, 2, 2]);
    assert.deepEqual(apportion([13, 16, 18, 9, 9], 10), [2, 3, 3, 1, 1]);
    // At least one each once there are enough seats; below that, the biggest shares win.
    assert.deepEqual(apportion([90, 5, 5], 3), [1, 1, 1]);
    assert.deepEqual(apportion([90, 5, 5], 2), [2, 0, 0]);
    assert.deepEqual(apportion([18, 17, 14, 16], 2), [1, 1, 0, 0]);
    assert.deepEqual(apportion([1, 2], 0), [0, 0]);
    // Equal remainders: the bigger weight first, then the earlier domain, so draws are repeatable.
    assert.deepEqual(apportion([3, 1], 2, false), [2, 0]);
    assert.deepEqual(apportion([1, 1, 1], 2), [1, 1, 0]);
  });

  for (const code of [MLA, AIF]) {
    it(`draws a full ${code} mock at the guide's counts from the shipped banks`, () => {
      const draw = drawExam(shipped, code, { rng: seededRng(3) });
      assert.equal(draw.questionIds.length, 65);
      assert.deepEqual(draw.perDomain, GUIDE_COUNTS[code]);
      checkDraw(shipped, draw);
    });
  }

  it('keeps the proportions in 20- and 10-question practice exams', () => {
    const expected: Record<string, Record<number, Record<number, number>>> = {
      [MLA]: { 20: { 1: 6, 2: 5, 3: 4, 4: 5 }, 10: { 1: 3, 2: 3, 3: 2, 4: 2 } },
      [AIF]: { 20: { 1: 4, 2: 5, 3: 5, 4: 3, 5: 3 }, 10: { 1: 2, 2: 3, 3: 3, 4: 1, 5: 1 } },
    };
    for (const code of [MLA, AIF]) {
      for (const n of [20, 10]) {
        const draw = drawExam(shipped, code, { questions: n, rng: seededRng(n) });
        assert.equal(draw.questionIds.length, n);
        assert.deepEqual(draw.perDomain, expected[code][n], `${code} ${n}`);
        checkDraw(shipped, draw);
      }
    }
  });

  it('is deterministic for a seed and varies between seeds', () => {
    const a = drawExam(shipped, MLA, { rng: seededRng(11) });
    assert.deepEqual(drawExam(shipped, MLA, { rng: seededRng(11) }), a);
    assert.notDeepEqual(drawExam(shipped, MLA, { rng: seededRng(12) }).questionIds, a.questionIds);
  });

  it('keeps case studies together over many draws, and draws them at all', () => {
    let casesSeen = 0;
    for (let seed = 1; seed <= 40; seed++) {
      for (const code of [MLA, AIF]) {
        const draw = drawExam(shipped, code, { questions: seed % 2 ? 65 : 20, rng: seededRng(seed) });
        checkDraw(shipped, draw);
        casesSeen += draw.questionIds.filter((id) => shipped.question(id)!.case).length;
      }
    }
    assert.ok(casesSeen > 0);
  });

  it('brings a whole case when the quota has room, and splits one only to meet an exact count', () => {
    // Domain 1's quota in a 10-question MLA exam is 3: the 3-question case comes whole or not at all.
    const roomy = syntheticIndex(MLA, [{ domain: 1, singles: 3, cases: [3] }, { domain: 2, singles: 9 }, { domain: 3, singles: 9 }, { domain: 4, singles: 9 }]);
    const caseCounts = new Set<number>();
    for (let seed = 1; seed <= 60; seed++) {
      const draw = drawExam(roomy, MLA, { questions: 10, rng: seededRng(seed) });
      checkDraw(roomy, draw);
      assert.equal(draw.perDomain[1], 3);
      caseCounts.add(draw.questionIds.filter((id) => roomy.question(id)!.case).length);
    }
    assert.deepEqual([...caseCounts].sort(), [0, 3]);
    // Only a 4-question case in domain 1: three of it, consecutive, because the count comes first.
    const tight = syntheticIndex(MLA, [{ domain: 1, singles: 0, cases: [4] }, { domain: 2, singles: 9 }, { domain: 3, singles: 9 }, { domain: 4, singles: 9 }]);
    const draw = drawExam(tight, MLA, { questions: 10, rng: seededRng(5) });
    checkDraw(tight, draw);
    assert.deepEqual(draw.perDomain, { 1: 3, 2: 3, 3: 2, 4: 2 });
  });

  it('fills a short domain\'s shortfall from the others by weight and reports the real counts', () => {
    const short = syntheticIndex(MLA, [{ domain: 1, singles: 40 }, { domain: 2, singles: 40 }, { domain: 3, singles: 40 }, { domain: 4, singles: 2, flashcards: 5 }]);
    const draw = drawExam(short, MLA, { rng: seededRng(1) });
    assert.deepEqual(draw.perDomain, { 1: 23, 2: 22, 3: 18, 4: 2 });
    checkDraw(short, draw);
    // A second domain running out passes its shortfall on again.
    const shorter = syntheticIndex(MLA, [{ domain: 1, singles: 40 }, { domain: 2, singles: 40 }, { domain: 3, singles: 15 }, { domain: 4, singles: 2 }]);
    assert.deepEqual(drawExam(shorter, MLA, { rng: seededRng(1) }).perDomain, { 1: 25, 2: 23, 3: 15, 4: 2 });
    // Banks smaller than the exam give everything they have.
    const tiny = syntheticIndex(MLA, [1, 2, 3, 4].map((domain) => ({ domain, singles: 3, flashcards: 1 })));
    const all = drawExam(tiny, MLA, { questions: 20, rng: seededRng(1) });
    assert.equal(all.questionIds.length, 12);
    assert.deepEqual(all.perDomain, { 1: 3, 2: 3, 3: 3, 4: 3 });
  });

  it('leaves excluded questions out while the counts allow, and uses them when they must', () => {
    for (const code of [MLA, AIF]) {
      const first = drawExam(shipped, code, { rng: seededRng(1) });
      const retake = drawExam(shipped, code, { rng: seededRng(2), exclude: first.questionIds });
      assert.deepEqual(retake.perDomain, GUIDE_COUNTS[code]);
      assert.equal(retake.questionIds.filter((id) => first.questionIds.includes(id)).length, 0);
      const everything = drawExam(shipped, code, { rng: seededRng(3), exclude: shipped.questionsOfExam(code).map((q) => q.id) });
      assert.deepEqual(everything.perDomain, GUIDE_COUNTS[code]);
      checkDraw(shipped, everything);
    }
  });

  it('rejects an unknown exam and a count that is not a positive whole number', () => {
    assert.throws(() => drawExam(shipped, 'MLS-C01', { rng: seededRng(1) }), ExamDrawError);
    assert.throws(() => drawExam(shipped, MLA, { questions: 0, rng: seededRng(1) }), ExamDrawError);
    assert.throws(() => drawExam(shipped, MLA, { questions: 2.5, rng: seededRng(1) }), ExamDrawError);
  });

  it('property: any size from one per domain to 65 sums exactly, never repeats, matches the apportionment', () => {
    fc.assert(
      fc.property(fc.constantFrom(MLA, AIF), fc.integer({ min: 0, max: 65 }), fc.integer({ min: 0, max: 2 ** 31 }), (code, k, seed) => {
        const exam = shipped.exam(code)!;
        const n = Math.max(exam.domains.length, k);
        const draw = drawExam(shipped, code, { questions: n, rng: seededRng(seed) });
        assert.equal(draw.questionIds.length, n);
        assert.equal(Object.values(draw.perDomain).reduce((a, b) => a + b, 0), n);
        assert.deepEqual(Object.values(draw.perDomain), apportion(exam.domains.map((d) => d.examQuestions), n));
        for (const c of Object.values(draw.perDomain)) assert.ok(c >= 1);
        checkDraw(shipped, draw);
      }),
      { numRuns: 150 },
    );
  });
});

describe('exam scoring', () => {
  it('gives 1000 and a pass for all right, 100 for nothing answered', () => {
    const s = startShort(MLA, 20);
    answerAll(s, () => true);
    const r = s.submit(at(10));
    assert.deepEqual([r.correct, r.answered, r.percent, r.scaled, r.passed], [20, 20, 100, 1000, true]);
    for (const d of r.perDomain) assert.equal(d.percent, 100);
    const none = startShort(MLA, 20).submit(at(10));
    assert.deepEqual([none.correct, none.answered, none.percent, none.scaled, none.passed], [0, 0, 0, 100, false]);
  });

  it('puts the assumed cut exactly on the pass line, and a question less below it', () => {
    for (const [code, cutRight, pass] of [[MLA, 14, 720], [AIF, 13, 700]] as const) {
      const at_cut = startShort(code, 20);
      answerAll(at_cut, (i) => i < cutRight);
      const r = at_cut.submit(at(5));
      assert.equal(r.percent, CUT_PERCENT[code]);
      assert.deepEqual([r.scaled, r.passed, r.passScore], [pass, true, pass]);
      const below = startShort(code, 20);
      answerAll(below, (i) => i < cutRight - 1);
      const b = below.submit(at(5));
      assert.ok(b.scaled < pass && !b.passed, `${code}: ${b.scaled}`);
    }
  });

  it('maps raw percentages monotonically from 100 to 1000, passing exactly from the cut up', () => {
    for (const code of [MLA, AIF]) {
      const exam = shipped.exam(code)!;
      let last = 0;
      for (let p = 0; p <= 100; p += 0.25) {
        const scaled = estimateScaledScore(exam, p);
        assert.ok(scaled >= last && scaled >= 100 && scaled <= 1000, `${code} ${p}% → ${scaled}`);
        assert.equal(scaled >= exam.passScore, p >= CUT_PERCENT[code], `${code} ${p}% → ${scaled}`);
        last = scaled;
      }
      assert.equal(estimateScaledScore(exam, 0), 100);
      assert.equal(estimateScaledScore(exam, 100), 1000);
      // Just under the cut rounds towards the pass line but never onto it.
      assert.equal(estimateScaledScore(exam, CUT_PERCENT[code] - 0.01), exam.passScore - 1);
    }
  });

  it('reports each domain\'s percentage and counts an unanswered question as wrong', () => {
    const s = startShort(MLA, 20, 21);
    const inDomain1 = (i: number) => s.domainOf(i) === 1;
    answerAll(s, inDomain1);
    const cleared = 0;
    s.clearAnswer(cleared);
    const r = s.submit(at(30));
    const d1 = r.perDomain.find((d) => d.domain === 1)!;
    assert.equal(d1.total, 6);
    assert.equal(d1.title, 'Data Preparation for Machine Learning');
    const d1Right = inDomain1(cleared) ? 5 : 6;
    assert.deepEqual([d1.correct, d1.percent], [d1Right, (d1Right * 100) / 6]);
    for (const d of r.perDomain.filter((x) => x.domain !== 1)) assert.deepEqual([d.correct, d.percent], [0, 0]);
    assert.deepEqual(r.perDomain.map((d) => [d.domain, d.total]), [[1, 6], [2, 5], [3, 4], [4, 5]]);
    assert.equal(r.percent, (d1Right * 100) / 20);
    assert.equal(r.answered, 19);
    const unanswered = r.questions[cleared];
    assert.deepEqual([unanswered.answered, unanswered.correct, unanswered.feedback.correct], [false, false, false]);
  });

  it('reviews every question: graded feedback when answered, the key with nothing picked when not', () => {
    const s = startShort(AIF, 20, 4);
    const presentations = s.snapshot().presentations;
    const q0 = shipped.question(s.questionId(0))!;
    s.answer(0, wrongAnswer(q0, presentations[0]));
    const r = s.submit(at(1));
    assert.equal(r.questions.length, 20);
    const wrong = r.questions[0];
    assert.deepEqual([wrong.answered, wrong.correct, wrong.questionId], [true, false, q0.id]);
    assert.deepEqual(wrong.view, s.questionView(0));
    if (wrong.feedback.choices) assert.ok(wrong.feedback.choices.some((c) => c.picked && !c.correct));
    for (const review of r.questions.slice(1)) {
      const q = shipped.question(review.questionId)!;
      const fb = review.feedback;
      assert.equal(review.answered, false);
      assert.deepEqual(fb.explanation, q.explanation);
      assert.deepEqual(fb.links, q.links);
      if (q.type === 'single' || q.type === 'multiple') {
        assert.equal(fb.choices!.filter((c) => c.correct).length, q.choices.filter((c) => c.correct).length);
        assert.ok(fb.choices!.every((c) => !c.picked && c.why.length > 0));
      }
      if (q.type === 'ordering') assert.ok(fb.steps!.every((st) => st.placedAt === -1));
      if (q.type === 'matching') assert.ok(fb.pairs!.every((pair) => pair.picked === undefined && !pair.correct));
    }
  });
});

describe('exam session', () => {
  it('times a full exam at the guide\'s minutes and a shorter one at the same pace, rounded up', () => {
    assert.equal(examMinutes(shipped.exam(MLA)!, 65), 130);
    assert.equal(examMinutes(shipped.exam(AIF)!, 65), 90);
    assert.equal(examMinutes(shipped.exam(MLA)!, 20), 40);
    assert.equal(examMinutes(shipped.exam(AIF)!, 20), 28);
    assert.equal(examMinutes(shipped.exam(AIF)!, 1), 2);
    assert.equal(startShort(AIF, 20).minutes, 28);
  });

  it('counts down from the start time by the wall clock', () => {
    const s = startShort(MLA, 20);
    assert.equal(s.deadline.toISOString(), at(40).toISOString());
    assert.equal(s.timeLeft(at(10)), 30 * 60_000);
    assert.equal(s.expired(at(39.99)), false);
    assert.equal(s.expired(at(40)), true);
    assert.equal(s.timeLeft(at(55)), 0);
    assert.equal(s.timeLeft(at(-5)), 40 * 60_000, 'a clock set back never adds time');
  });

  it('keeps answers changeable until submit and rejects answers of the wrong shape', () => {
    const s = startShort(MLA, 20);
    const p = s.snapshot().presentations;
    const q = shipped.question(s.questionId(0))!;
    s.answer(0, wrongAnswer(q, p[0]));
    s.answer(0, correctAnswer(q, p[0]));
    assert.deepEqual(s.answerOf(0), correctAnswer(q, p[0]));
    assert.deepEqual(s.answerSheet()[0], { index: 0, questionId: q.id, domain: domainOf(shipped, q.id), answered: true, flagged: false });
    s.clearAnswer(0);
    assert.equal(s.answerOf(0), undefined);
    const other = q.type === 'single' ? { type: 'ordering' as const, order: [0] } : { type: 'single' as const, choice: 0 };
    assert.throws(() => s.answer(0, other), AnswerMismatchError);
    assert.throws(() => s.answer(20, correctAnswer(q, p[0])), RangeError);
    assert.equal(s.answeredCount, 0);
    const multi = s.answerSheet().find((e) => shipped.question(e.questionId)!.type === 'multiple');
    if (multi) {
      s.answer(multi.index, correctAnswer(shipped.question(multi.questionId)!, p[multi.index]));
      s.answer(multi.index, { type: 'multiple', choices: [] });
      assert.equal(s.answerOf(multi.index), undefined, 'an empty pick clears the answer');
    }
  });

  it('exposes no key and no grading before submit, and freezes after it', () => {
    const s = startShort(AIF, 20, 9);
    answerAll(s, () => true);
    s.toggleFlag(3);
    const visible = JSON.stringify([Array.from({ length: s.total }, (_, i) => s.questionView(i)), s.answerSheet(), s.snapshot(), s.unanswered()]);
    for (const key of ['"correct"', '"why"', '"explanation"', '"picked"', '"scaled"']) assert.ok(!visible.includes(key), `${key} before submit`);
    assert.equal(s.result(), undefined);
    assert.equal(s.submitted, false);
    const r = s.submit(at(3));
    assert.equal(s.submit(at(9)), r, 'submitting twice gives the first result');
    assert.equal(s.result(), r);
    assert.deepEqual([r.correct, r.finishedAt, r.timedOut], [20, at(3).toISOString(), false]);
    assert.equal(r.questions[3].flagged, true);
    assert.throws(() => s.answer(0, s.answerOf(0)!), ExamSubmittedError);
    assert.throws(() => s.toggleFlag(0), ExamSubmittedError);
  });

  it('finishes at the deadline when submitted late', () => {
    const s = startShort(MLA, 10);
    const r = s.submit(at(500));
    assert.deepEqual([r.finishedAt, r.timedOut, r.minutes], [at(20).toISOString(), true, 20]);
  });

  it('moves between questions and flags them', () => {
    const s = startShort(MLA, 10);
    assert.equal(s.previous(), false);
    assert.equal(s.next(), true);
    s.goTo(9);
    assert.equal(s.next(), false);
    assert.equal(s.current, 9);
    assert.equal(s.toggleFlag(), true);
    assert.deepEqual(s.answerSheet().filter((e) => e.flagged).map((e) => e.index), [9]);
    assert.equal(s.toggleFlag(9), false);
    assert.throws(() => s.goTo(10), RangeError);
    assert.deepEqual(s.unanswered(), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('resumes after a reload with answers, flags, position and shuffles, the timer running from the start', () => {
    const s = startShort(MLA, 20, 13);
    answerAll(s, (i) => i % 2 === 0);
    s.clearAnswer(5);
    s.setFlag(2, true);
    s.setFlag(7, true);
    s.goTo(11);
    const stored = JSON.parse(JSON.stringify(s.snapshot())) as unknown;
    const r = ExamSession.restore(stored, shipped, seededRng(999))!;
    assert.ok(r);
    assert.deepEqual(r.answerSheet(), s.answerSheet());
    for (let i = 0; i < s.total; i++) {
      assert.deepEqual(r.questionView(i), s.questionView(i));
      assert.deepEqual(r.answerOf(i), s.answerOf(i));
    }
    assert.equal(r.current, 11);
    assert.equal(r.startedAt.getTime(), T0.getTime());
    // The "reload" took 25 minutes: the restored timer shows what the original would.
    assert.equal(r.timeLeft(at(25)), 15 * 60_000);
    assert.equal(r.expired(at(40)), true);
    assert.deepEqual(r.dropped, []);
    assert.deepEqual(r.submit(at(30)), s.submit(at(30)));
  });

  it('drops questions that left the banks and reshuffles ones whose items changed', () => {
    const s = startShort(MLA, 20, 17);
    answerAll(s, () => true);
    s.setFlag(4, true);
    s.goTo(4);
    const snap = s.snapshot();
    const gone = snap.questionIds[4];
    const changed = snap.questionIds.find((id, i) => {
      const q = shipped.question(id)!;
      return i !== 4 && q.type === 'single' && q.choices.length > 2;
    })!;
    const catalog = shipped.catalog;
    const edited = new CatalogIndex({
      ...catalog,
      questions: catalog.questions.filter((q) => q.id !== gone).map((q) => (q.id === changed && q.type === 'single' ? { ...q, choices: [q.choices.find((c) => c.correct)!, ...q.choices.filter((c) => !c.correct).slice(1)] } : q)),
    });
    const r = ExamSession.restore(JSON.parse(JSON.stringify(snap)), edited, seededRng(3))!;
    assert.equal(r.total, 19);
    assert.deepEqual(r.dropped, [gone]);
    assert.equal(r.questionId(r.current), snap.questionIds[5], 'the position moves on to the next question');
    assert.equal(r.answerSheet().filter((e) => e.flagged).length, 0);
    const changedAt = r.answerSheet().find((e) => e.questionId === changed)!.index;
    assert.equal(r.answerOf(changedAt), undefined, 'an answer to a reshuffled question is dropped');
    assert.equal(r.answeredCount, 18);
    assert.equal(ExamSession.restore({ ...snap, questionIds: [gone] }, edited, seededRng(1)), undefined);
  });

  it('restores a submitted exam with its result, and rejects unreadable snapshots without throwing', () => {
    const s = startShort(AIF, 10);
    answerAll(s, (i) => i < 7);
    const result = s.submit(at(12));
    const r = ExamSession.restore(JSON.parse(JSON.stringify(s.snapshot())), shipped, seededRng(2))!;
    assert.equal(r.submitted, true);
    assert.deepEqual(r.result(), result);
    const good = s.snapshot();
    for (const bad of [null, 42, 'x', [], {}, { ...good, version: 2 }, { ...good, startedAt: 'yesterday' }, { ...good, examCode: 'MLS-C01' }, { ...good, minutes: -1 }, { ...good, questionIds: 'nope' }, { ...good, questionIds: [] }]) {
      assert.equal(ExamSession.restore(bad, shipped, seededRng(1)), undefined, JSON.stringify(bad)?.slice(0, 80));
    }
    fc.assert(fc.property(fc.anything(), (x) => ExamSession.restore(x, shipped, seededRng(1)) === undefined), { numRuns: 200 });
    // Damaged parts inside a readable snapshot are dropped one by one.
    const partly = { ...good, submittedAt: undefined, presentations: [null, ...good.presentations.slice(1)], answers: [{ questionId: good.questionIds[1], answer: { type: 'single', choice: 99 } }, 'junk'], flagged: [7, good.questionIds[2]], position: 'x' };
    const p = ExamSession.restore(JSON.parse(JSON.stringify(partly)), shipped, seededRng(1))!;
    assert.deepEqual([p.total, p.answeredCount, p.current, p.isFlagged(2), p.submitted], [10, 0, 0, true, false]);
  });

  it('starts only with questions the banks hold as graded questions of the exam', () => {
    const flashcard = shipped.questionsOfExam(MLA).find((q) => q.type === 'flashcard')!.id;
    const aif = shipped.questionsOfExam(AIF)[0].id;
    const draw = drawExam(shipped, MLA, { questions: 5, rng: seededRng(1) });
    const s = ExamSession.start({ ...draw, questionIds: ['gone', flashcard, aif, ...draw.questionIds, draw.questionIds[0]] }, shipped, seededRng(1), T0);
    assert.deepEqual(s.answerSheet().map((e) => e.questionId), draw.questionIds);
    assert.throws(() => ExamSession.start({ ...draw, questionIds: ['gone'] }, shipped, seededRng(1), T0));
  });
});

describe('exam history', () => {
  const attempt = (examCode: string, minute: number, scaled = 650): ExamAttempt => ({
    examCode, startedAt: at(minute - 30).toISOString(), finishedAt: at(minute).toISOString(), questionCount: 20,
    scaled, percent: 60, passed: false, perDomain: [{ domain: 1, correct: 3, total: 6 }],
  });

  it('records a submitted exam as an attempt', () => {
    const s = startShort(MLA, 20);
    answerAll(s, () => true);
    const a = attemptFromResult(s.submit(at(25)));
    assert.deepEqual(a, {
      examCode: MLA, startedAt: T0.toISOString(), finishedAt: at(25).toISOString(), questionCount: 20, scaled: 1000, percent: 100, passed: true,
      perDomain: [{ domain: 1, correct: 6, total: 6 }, { domain: 2, correct: 5, total: 5 }, { domain: 3, correct: 4, total: 4 }, { domain: 4, correct: 5, total: 5 }],
    });
    assert.deepEqual(readAttempt(JSON.parse(JSON.stringify(a))), a);
  });

  it(`keeps the newest ${HISTORY_LIMIT} attempts per exam, listed newest first`, () => {
    let h = emptyHistory();
    for (let i = 0; i < 60; i++) h = addAttempt(h, attempt(MLA, i));
    for (let i = 0; i < 3; i++) h = addAttempt(h, attempt(AIF, 100 + i));
    const mla = listAttempts(h, MLA);
    assert.equal(mla.length, HISTORY_LIMIT);
    assert.equal(mla[0].finishedAt, at(59).toISOString());
    assert.equal(mla[mla.length - 1].finishedAt, at(10).toISOString());
    assert.equal(listAttempts(h, AIF).length, 3);
    assert.equal(listAttempts(h).length, HISTORY_LIMIT + 3);
    assert.equal(listAttempts(h)[0].examCode, AIF);
  });

  it('reads stored history defensively: bad entries skipped and counted, never a throw', () => {
    const good = [attempt(MLA, 1), attempt(AIF, 2)];
    const bad = [null, 'x', { ...good[0], scaled: 1200 }, { ...good[0], finishedAt: 'later' }, { ...good[0], perDomain: [{ domain: 1, correct: 7, total: 6 }] }, { ...good[0], passed: 'yes' }, { ...good[0], questionCount: 0 }];
    const { history, skipped } = readHistory(JSON.parse(JSON.stringify({ version: 1, attempts: [good[0], ...bad, good[1]] })));
    assert.equal(skipped, bad.length);
    assert.deepEqual(history.attempts, good);
    assert.deepEqual(readHistory(undefined), { history: emptyHistory(), skipped: 0 });
    assert.deepEqual(readHistory({ version: 99, attempts: [] }), { history: emptyHistory(), skipped: 1 });
    assert.deepEqual(readHistory('corrupt'), { history: emptyHistory(), skipped: 1 });
    const many = readHistory({ version: 1, attempts: Array.from({ length: 70 }, (_, i) => attempt(MLA, i)) });
    assert.equal(many.history.attempts.length, HISTORY_LIMIT);
    fc.assert(fc.property(fc.anything(), fc.array(fc.anything()), (x, entries) => {
      for (const raw of [x, { version: 1, attempts: entries }]) {
        const r = readHistory(raw);
        assert.ok(r.skipped >= 0);
        for (const a of r.history.attempts) assert.deepEqual(readAttempt(a), a);
      }
    }), { numRuns: 200 });
  });
});

describe('exam answers keep only the schema (issue 13, finding 13)', () => {
  it('saves no extra field an answer carried', () => {
    const s = startShort(MLA, 5);
    const q = shipped.question(s.questionId(0))!;
    const p = s.snapshot().presentations[0] as Presentation;
    const answer = { ...correctAnswer(q, p), junk: 'x'.repeat(100_000) } as unknown as AnswerPayload;
    s.answer(0, answer);
    const json = JSON.stringify(s.snapshot());
    assert.doesNotMatch(json, /junk/);
    assert.ok(json.length < 20_000, `snapshot is ${json.length} characters`);
  });
});
