// Suspended questions (issue 17): part of progress (saved, loaded, exported, imported and merged
// without loss; progress from before suspension loads unchanged), and left out of every selection.
import * as assert from 'node:assert/strict';
import { compileCatalog } from '../../src/core/bank/compile';
import { CatalogIndex } from '../../src/core/catalog/catalogIndex';
import { drawExam } from '../../src/core/exam/examDraw';
import { attemptFromResult, flaggedInExams, readAttempt, readHistory } from '../../src/core/exam/examHistory';
import { ExamSession } from '../../src/core/exam/examSession';
import { buildDueIndex, countDueFromIndex } from '../../src/core/progress/dueIndex';
import { exportProgress, importProgress } from '../../src/core/progress/exchange';
import { loadProgress } from '../../src/core/progress/load';
import { emptyProgress, type ProgressState } from '../../src/core/progress/model';
import { mergeStates, recordReview } from '../../src/core/progress/operations';
import { dueIds, dueQuestionCount, mistakeIds, nextDue, studyQueue } from '../../src/core/progress/queue';
import { ProgressSerializer } from '../../src/core/progress/serializer';
import { isSuspended, setSuspended, suspendedIds, withoutSuspended } from '../../src/core/progress/suspension';
import { drawQuickQuiz } from '../../src/core/quiz/quickQuizRound';
import { pickForRound } from '../../src/core/quiz/selection';
import { QuizRound } from '../../src/host/panels/quizRound';
import { EXAMS, fixtureIndex, GLOSSARY, BANK, seededRng } from './fixtures';

const opts = { retention: 0.9 };
const T = (s: string) => new Date(s);
const index = fixtureIndex();
const ALL = ['q-single', 'q-multi', 'q-order', 'q-match', 'q-card'];

/** Every fixture question answered (two wrong), due by NOW, then q-single and q-multi suspended. */
function studied(): { before: ProgressState; after: ProgressState } {
  let s = emptyProgress();
  for (const id of ALL) s = recordReview(s, id, id === 'q-single' || id === 'q-order' ? 1 : 3, T('2026-03-01T10:00:00Z'), opts);
  return { before: s, after: setSuspended(s, ['q-single', 'q-multi'], true, T('2026-03-02T10:00:00Z')).state };
}
const NOW = T('2026-06-01T10:00:00Z');

describe('suspension in progress', () => {
  it('suspends and restores, leaving cards, counts and the input state as they were', () => {
    const { before, after } = studied();
    assert.equal(isSuspended(before, 'q-single'), false);
    assert.equal(isSuspended(after, 'q-single'), true);
    assert.deepEqual([...suspendedIds(after)].sort(), ['q-multi', 'q-single']);
    assert.equal(after.cards, before.cards, 'cards are untouched');
    assert.equal(after.days, before.days);
    assert.equal(Object.keys(before.suspended).length, 0, 'the input state is unchanged');
    const again = setSuspended(after, ['q-single'], true, T('2026-03-05T00:00:00Z'));
    assert.deepEqual(again.changed, [], 'suspending twice changes nothing');
    assert.equal(again.state, after);
    const restored = setSuspended(after, ['q-single'], false, T('2026-03-03T10:00:00Z'));
    assert.deepEqual(restored.changed, ['q-single']);
    assert.equal(isSuspended(restored.state, 'q-single'), false);
    assert.deepEqual(restored.state.suspended['q-single'], { on: false, at: '2026-03-03T10:00:00.000Z' }, 'a restore is kept, so merges do not undo it');
  });

  it('saves and loads without loss; progress saved before suspension loads as before, with none', () => {
    const { before, after } = studied();
    const ser = new ProgressSerializer();
    const text = ser.serialize(after);
    assert.deepEqual(loadProgress(text), { ok: true, state: after, mark: {}, history: [] });
    // A format-3 snapshot of an earlier build: no "suspended" field at all.
    const old = JSON.stringify({ version: 3, cards: before.cards, aside: before.aside, days: before.days });
    const loaded = loadProgress(old);
    assert.ok(loaded.ok);
    assert.deepEqual(loaded.state, before);
    assert.equal(loaded.migratedFrom, undefined, 'nothing to migrate, so no backup is made');
    // Format 2 and 1 still migrate, with no suspensions.
    assert.equal(Object.keys(loadProgress({ version: 1, questions: {} }).state.suspended).length, 0);
  });

  it('keeps a damaged mark out, names it, and keeps everything else', () => {
    const { after } = studied();
    const raw = JSON.parse(new ProgressSerializer().serialize(after)) as { suspended: Record<string, unknown> };
    raw.suspended['q-order'] = { on: 'yes', at: 'yesterday' };
    const loaded = loadProgress(JSON.stringify(raw));
    assert.equal(loaded.ok, false);
    if (!loaded.ok) assert.match(loaded.reason, /suspended:q-order/);
    assert.equal(isSuspended(loaded.state, 'q-single'), true);
    assert.equal(Object.keys(loaded.state.cards).length, ALL.length);
  });

  it('exports, imports and merges by the time of the change', () => {
    const { before, after } = studied();
    const file = JSON.parse(JSON.stringify(exportProgress(after, NOW)));
    assert.ok(file.suspended);
    const imported = importProgress(before, file);
    assert.deepEqual([...suspendedIds(imported.state)].sort(), ['q-multi', 'q-single']);
    assert.deepEqual(imported.summary.rejected, []);
    // Restored here after the export: importing the older export does not suspend it again.
    const restoredLater = setSuspended(after, ['q-single'], false, T('2026-04-01T00:00:00Z')).state;
    assert.equal(isSuspended(importProgress(restoredLater, file).state, 'q-single'), false);
    assert.equal(isSuspended(mergeStates(restoredLater, after), 'q-single'), false);
    assert.equal(isSuspended(mergeStates(after, restoredLater), 'q-single'), false);
    // An export made before suspension existed imports as before.
    delete file.suspended;
    assert.deepEqual(importProgress(restoredLater, file).state.suspended, restoredLater.suspended);
    // A broken mark in a file is named, and nothing else is lost.
    const bad = importProgress(before, { ...file, suspended: { 'q-order': { on: true } } });
    assert.deepEqual(bad.summary.rejected, ['suspended:q-order']);
  });
});

describe('suspended questions are never selected', () => {
  const { after: s } = studied();
  const questions = ALL.map((id) => index.question(id)!);
  const out = (ids: readonly string[]) => assert.ok(!ids.includes('q-single') && !ids.includes('q-multi'), ids.join(', '));

  it('review due, mistakes, the study queue and the due count', () => {
    out(dueIds(ALL, s, NOW));
    assert.deepEqual(dueIds(ALL, s, NOW).sort(), ['q-card', 'q-match', 'q-order']);
    out(studyQueue(ALL, s, NOW, { newPerDay: 10, reviewsPerDay: 100 }));
    out(mistakeIds(ALL, s));
    assert.deepEqual(mistakeIds(ALL, s), ['q-order']);
    assert.ok(!['q-single', 'q-multi'].includes(nextDue(ALL, s, NOW)!));
    assert.equal(dueQuestionCount(s, NOW), 3);
    // The due index the status bar reads at start agrees.
    const index36 = buildDueIndex(s, 'w', 0);
    assert.equal(countDueFromIndex('{"version":3,"writer":"w","seq":0,', index36, 'w', [], NOW.getTime()), 3);
    // New questions: a suspended question never answered is not offered either.
    const fresh = setSuspended(emptyProgress(), ['q-card'], true, NOW).state;
    assert.ok(!studyQueue(ALL, fresh, NOW, { newPerDay: 10, reviewsPerDay: 10 }).includes('q-card'));
  });

  it('quick quiz, topic rounds and whatever starts a round', () => {
    for (let seed = 1; seed <= 20; seed++) {
      out(pickForRound(questions, s, 5, seededRng(seed), NOW).map((q) => q.id));
      const { ask, panelOnly } = drawQuickQuiz(questions, s, 5, seededRng(seed), NOW);
      out([...ask, ...panelOnly].map((q) => q.id));
    }
    out(withoutSuspended(questions, s).map((q) => q.id));
    assert.equal(withoutSuspended(questions, s).length, 3);
    out(withoutSuspended(ALL, s));
  });

  it('exam draws', () => {
    const shipped = new CatalogIndex(compileCatalog([EXAMS, GLOSSARY, BANK]).catalog);
    const graded = ['q-single', 'q-multi', 'q-order', 'q-match'];
    const never = new Set(['q-single', 'q-order']);
    for (let seed = 1; seed <= 10; seed++) {
      const draw = drawExam(shipped, 'MLA-C01', { questions: 4, rng: seededRng(seed), never });
      assert.ok(!draw.questionIds.some((id) => never.has(id)), draw.questionIds.join(', '));
      assert.deepEqual([...draw.questionIds].sort(), graded.filter((id) => !never.has(id)).sort(), 'the rest is still drawn');
    }
  });

  it('a round drops a question suspended while it runs', async () => {
    const deps = { record: async () => undefined, warn: () => undefined };
    const round = QuizRound.start('T', questions.slice(0, 3), index, seededRng(1), deps);
    // Not reached yet: it leaves the round.
    assert.equal(round.suspended('q-order'), true);
    assert.deepEqual(round.snapshot().questionIds, ['q-single', 'q-multi']);
    // On screen, unanswered: the next question takes its place, nothing is counted as skipped.
    const before = round.view();
    assert.equal(round.suspended('q-single'), true);
    const v = round.view();
    assert.ok(v.type === 'question' && before.type === 'question');
    assert.equal(v.question.id, 'q-multi');
    assert.ok(v.attempt > before.attempt, 'an action on the old screen is stale');
    assert.equal(round.session.summary().skipped, 0);
    assert.equal(round.session.total, 1);
    // Answered, then suspended from the feedback: the round moves on; the answer still counts.
    await round.handle({ type: 'answer', questionId: 'q-multi', attempt: v.attempt, answer: { type: 'multiple', choices: [0, 1] } });
    assert.equal(round.suspended('q-multi'), true);
    assert.equal(round.view().type, 'summary');
    assert.equal(round.session.summary().answered, 1);
    assert.equal(round.suspended('q-match'), false, 'a question not in the round changes nothing');
  });
});

describe('exam flags are kept with the attempt', () => {
  it('records the flagged questions, reads them back, and lists them newest attempt first', () => {
    const shipped = index;
    const draw = drawExam(shipped, 'MLA-C01', { questions: 4, rng: seededRng(2) });
    const session = ExamSession.start(draw, shipped, seededRng(3), T('2026-03-01T10:00:00Z'), 10);
    session.setFlag(0, true);
    session.setFlag(2, true);
    const attempt = attemptFromResult(session.submit(T('2026-03-01T10:05:00Z')));
    assert.deepEqual(attempt.flagged, [draw.questionIds[0], draw.questionIds[2]]);
    assert.deepEqual(readAttempt(JSON.parse(JSON.stringify(attempt))), attempt);
    assert.equal(readAttempt({ ...attempt, flagged: 'q-single' }), undefined, 'flags that are not a list make the attempt unreadable');
    assert.equal(readAttempt({ ...attempt, flagged: Array(9).fill('x') }), undefined, 'more flags than questions');
    const older = { ...attempt, startedAt: '2026-02-01T10:00:00.000Z', finishedAt: '2026-02-01T10:05:00.000Z', flagged: ['q-card', draw.questionIds[0]] };
    const { history } = readHistory({ version: 1, attempts: [older, attempt] });
    assert.deepEqual(flaggedInExams(history), [draw.questionIds[0], draw.questionIds[2], 'q-card']);
    assert.deepEqual(flaggedInExams(history, 'AIF-C01'), []);
    // An attempt saved before flags were kept reads as before.
    const { flagged: _f, ...plain } = attempt;
    assert.deepEqual(readAttempt(plain), plain);
  });
});
