// Regression tests for the first hour of a new learner (issue 11), at the lowest level that sees each:
// mastery after wrong answers (Wrong 1), the Quick Quiz's titles, layout and round size (Wrong 2-4),
// the status bar after a reset and its spoken label (Wrong 10, Rough), topic order in pickers (Rough),
// and the exam date that sets mastery's horizon and the daily limits (Onboarding).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { compileCatalog } from '../../src/core/bank/compile';
import { CatalogIndex } from '../../src/core/catalog/catalogIndex';
import { topicsInExamOrder } from '../../src/core/catalog/topicOrder';
import { limitsBeforeExam, parseExamDate } from '../../src/core/progress/examDate';
import { cardMastery, isMastered, masteryDefinition, masteryHorizon, MASTERED_THRESHOLD, setMastery } from '../../src/core/progress/mastery';
import { emptyProgress } from '../../src/core/progress/model';
import { recordReview, resetCards, restoreCards } from '../../src/core/progress/operations';
import { summarize } from '../../src/core/progress/stats';
import { statusLine } from '../../src/core/progress/statusLine';
import { askableInQuickPick, choiceRow, drawQuickQuiz, feedbackRows, feedbackTitle, textRows, wrapText, ROW_CHARS } from '../../src/core/quiz/quickQuizRound';
import { seededRng } from './fixtures';

const dir = join(__dirname, '..', '..', 'questions');
const shipped = new CatalogIndex(compileCatalog(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `questions/${f}`, text: readFileSync(join(dir, f), 'utf8') }))).catalog);
const opts = { retention: 0.9 };
const T0 = new Date('2026-12-02T10:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe('first hour: mastery (Wrong 1)', () => {
  const ids = ['l1', 'l2', 'l3', 'l4'];
  const answerAll = (grade: 1 | 3) => ids.reduce((s, id, i) => recordReview(s, id, grade, minutes(i), opts), emptyProgress());

  it('shows 0% after 0 of 4 right, where recall-now said 100%', () => {
    const state = answerAll(1);
    const now = minutes(5);
    // The old figure: recall probability right after a review, about 1 even for wrong answers.
    assert.ok(summarize(ids, state, now, opts).mastery > 0.95);
    const m = setMastery(ids, state, { now, horizon: masteryHorizon(now), retention: 0.9 });
    assert.equal(m, 0);
    assert.equal(isMastered(m), false);
  });

  it('rises with right answers but is not "mastered" after one right answer each', () => {
    const state = answerAll(3);
    const now = minutes(5);
    const m = setMastery(ids, state, { now, horizon: masteryHorizon(now), retention: 0.9 });
    assert.ok(m > 0.5 && m < MASTERED_THRESHOLD, `one right answer each gives ${m}`);
  });

  it('is mastered after right answers spread over days, and a wrong answer takes that card to 0', () => {
    let state = emptyProgress();
    for (const day of [0, 1, 4, 12, 30]) state = recordReview(state, 'q', 3, minutes(day * 1440), opts);
    const now = minutes(30 * 1440 + 5);
    const o = { now, horizon: masteryHorizon(now), retention: 0.9 };
    assert.ok(isMastered(cardMastery(state.cards.q, o)), `spread practice gives ${cardMastery(state.cards.q, o)}`);
    state = recordReview(state, 'q', 1, now, opts);
    assert.equal(cardMastery(state.cards.q, o), 0);
  });

  it('counts unanswered questions as 0 and an empty set as 0', () => {
    const now = minutes(0);
    const o = { now, horizon: masteryHorizon(now), retention: 0.9 };
    assert.equal(setMastery(['a', 'b'], emptyProgress(), o), 0);
    assert.equal(setMastery([], emptyProgress(), o), 0);
  });

  it('measures at the exam date when it is ahead, else 7 days out', () => {
    const now = new Date(2026, 11, 2, 10);
    const exam = new Date(2027, 2, 15);
    assert.equal(masteryHorizon(now, exam), exam);
    assert.equal(masteryHorizon(now, new Date(2026, 10, 1)).getTime(), now.getTime() + 7 * 86_400_000);
    assert.match(masteryDefinition(now), /in 7 days/);
    assert.match(masteryDefinition(now, exam), /by your exam on 2027-03-15/);
    assert.match(masteryDefinition(now), /last answered wrong, count as 0/);
    assert.match(masteryDefinition(now), /90% or more counts as mastered/);
  });
});

describe('first hour: exam date (Onboarding)', () => {
  it('parses YYYY-MM-DD and rejects anything else', () => {
    assert.equal(parseExamDate('2027-03-15')?.getDate(), 15);
    for (const bad of ['', '2027-02-30', '15/03/2027', '2027-3-5', undefined, 42]) assert.equal(parseExamDate(bad), undefined, String(bad));
  });

  it('raises new questions a day to see every unseen one before the exam, and never lowers the learner\'s limits', () => {
    const now = new Date(2026, 11, 2, 10);
    const limits = { newPerDay: 20, reviewsPerDay: 200 };
    assert.deepEqual(limitsBeforeExam(limits, 500, now, new Date(2026, 11, 12)), { newPerDay: 50, reviewsPerDay: 200 });
    assert.deepEqual(limitsBeforeExam(limits, 100, now, new Date(2027, 5, 1)), limits);
    assert.deepEqual(limitsBeforeExam(limits, 500, now, undefined), limits);
    assert.deepEqual(limitsBeforeExam(limits, 500, now, new Date(2026, 10, 1)), limits, 'a past exam changes nothing');
  });
});

describe('first hour: Quick Quiz (Wrong 2, 3, 4)', () => {
  it('titles after an answer hold no $(icon) syntax, which titles do not render', () => {
    for (const ok of [true, false]) {
      const title = feedbackTitle(ok, 'Quick Quiz 1/5');
      assert.doesNotMatch(title, /\$\(/);
      assert.match(title, ok ? /Correct/ : /Not quite/);
    }
  });

  it('a round of n asks n whenever the pool holds n askable questions (drawn from what the QuickPick can ask)', () => {
    const pool = shipped.catalog.questions;
    fc.assert(fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 1000 }), (n, seed) => {
      const { ask } = drawQuickQuiz(pool, emptyProgress(), n, seededRng(seed), T0);
      assert.equal(ask.length, n);
      assert.ok(ask.every(askableInQuickPick));
    }), { numRuns: 60 });
    // A topic with ordering and matching questions still asks what it can, and offers the rest in the panel.
    const mixed = shipped.catalog.topics.map((t) => shipped.questionsOfTopic(t.id)).find((qs) => qs.some((q) => !askableInQuickPick(q)) && qs.filter(askableInQuickPick).length < 50)!;
    const askable = mixed.filter(askableInQuickPick).length;
    const { ask, panelOnly } = drawQuickQuiz(mixed, emptyProgress(), 50, seededRng(3), T0);
    assert.equal(ask.length, askable);
    assert.ok(panelOnly.length > 0 && panelOnly.every((q) => !askableInQuickPick(q)));
  });

  it('shows every word of a long stem, choice, reason and explanation in rows no wider than a QuickPick row', () => {
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    const text = 'Which SageMaker feature lets a data scientist run a training job on Spot capacity, resume from checkpoints in Amazon S3 after an interruption, and cap the total wait so the job does not run past its budget?';
    const rows = textRows(text, 'question');
    assert.ok(rows.length >= 3);
    assert.deepEqual(words(rows.map((r) => r.label.replace(/\$\([\w-]+\)/g, '')).join(' ')), words(text));
    for (const line of wrapText(text)) assert.ok(line.length <= ROW_CHARS);
    const choice = choiceRow('B', text);
    assert.deepEqual(words(`${choice.label} ${choice.detail}`), words(`B. ${text}`));
    const fb = feedbackRows('C', { text: 'Managed spot training with checkpointing', correct: true, picked: false, why: text });
    assert.match(fb[0].label, /^\$\(pass\) C\. Managed spot/);
    const shown = fb.flatMap((r) => [r.label, r.description ?? '', r.detail ?? '']).join(' ').replace(/\$\([\w-]+\)/g, '');
    for (const w of words(text)) assert.ok(shown.includes(w), `"${w}" is shown`);
    assert.match(shown, /Right; you did not choose it/);
  });
});

describe('first hour: status bar (Wrong 10, Rough)', () => {
  it('drops the streak after "Reset all progress", and brings it back on undo', () => {
    let state = emptyProgress();
    state = recordReview(state, 'a', 3, T0, opts);
    state = recordReview(state, 'b', 1, T0, opts);
    assert.match(statusLine(0, state, T0).text, /\$\(flame\) 1/);
    const { state: reset, removed } = resetCards(state, ['a', 'b']);
    assert.doesNotMatch(statusLine(0, reset, T0).text, /flame/);
    assert.doesNotMatch(statusLine(0, reset, T0).accessibleLabel, /streak/);
    assert.match(statusLine(0, restoreCards(reset, removed), T0).text, /\$\(flame\) 1/);
  });

  it('gives screen readers a sentence, not icon names', () => {
    let state = emptyProgress();
    state = recordReview(state, 'a', 3, T0, opts);
    const line = statusLine(7, state, T0);
    assert.equal(line.accessibleLabel, 'SageMaker Study: 7 questions due for review, 1-day study streak. Activate to review.');
    assert.doesNotMatch(line.accessibleLabel, /mortar-board|flame|\$\(/);
    assert.equal(statusLine(1, emptyProgress(), T0).accessibleLabel, 'SageMaker Study: 1 question due for review. Activate to review.');
  });
});

describe('first hour: pickers (Rough)', () => {
  it('list MLA-C01 topics before AIF-C01, domains in number order', () => {
    const topics = topicsInExamOrder(shipped);
    assert.equal(topics.length, shipped.catalog.topics.length);
    assert.equal(topics[0].exam, 'MLA-C01');
    const firstAif = topics.findIndex((t) => t.exam === 'AIF-C01');
    assert.ok(topics.slice(firstAif).every((t) => t.exam === 'AIF-C01'));
    for (const exam of ['MLA-C01', 'AIF-C01']) {
      const domains = topics.filter((t) => t.exam === exam).map((t) => t.domain);
      assert.deepEqual(domains, [...domains].sort((a, b) => a - b), exam);
    }
  });
});
