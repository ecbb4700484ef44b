// Undo, previews and answer times in a quiz round (issue 17), over the real progress store with a
// temporary folder and an injected clock: Ctrl+Z takes the round back to the question, several
// steps, after a reload too; flashcard buttons show what they schedule; answers carry their time.
import './vscodeFake';
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { formatInterval, previewIntervals } from '../../src/core/progress/intervals';
import { ProgressSerializer } from '../../src/core/progress/serializer';
import { MAX_ANSWER_MS } from '../../src/core/quiz/answerTime';
import { QuizRound, type RoundDeps } from '../../src/host/panels/quizRound';
import { explainNoUndo, RoundUndo } from '../../src/host/panels/roundUndo';
import { ProgressStore, type StoreContext } from '../../src/host/storage/progressStore';
import { parseWebviewMessage, type HostToWebview, type WebviewToHost } from '../../src/shared/protocol';
import { fixtureIndex, seededRng } from './fixtures';
import { memoryMemento, shown, silentLog } from './vscodeFake';

const index = fixtureIndex();
const q = (id: string) => index.question(id)!;
const uri = (p: string) => ({ scheme: 'file', fsPath: p, path: p }) as unknown as vscode.Uri;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'sms-round-'));
  dirs.push(dir);
  const clock = { t: Date.parse('2026-03-02T10:00:00Z') };
  const context: StoreContext = { workspaceState: memoryMemento(), globalState: memoryMemento(), storageUri: uri(join(dir, 'ws')), globalStorageUri: uri(join(dir, 'g')) };
  const open = () => new ProgressStore(context, () => ({ scope: 'workspace', retention: 0.9, fuzz: true, newPerDay: 20, reviewsPerDay: 200 }), silentLog as unknown as vscode.LogOutputChannel, () => new Date(clock.t));
  const recorded: { id: string; grade: number; ms?: number }[] = [];
  const depsOf = (store: ProgressStore): RoundDeps => ({
    record: (id, grade, ms) => {
      recorded.push({ id, grade, ms });
      return store.record(id, grade, ms);
    },
    warn: () => undefined,
    previewIntervals: (id) => store.previewIntervals(id),
    dueIn: (id) => store.dueIn(id),
    now: () => clock.t,
  });
  return { clock, open, depsOf, recorded };
}

function msg(m: unknown): Extract<WebviewToHost, { type: 'answer' | 'reveal' | 'next' | 'skip' | 'flag' | 'draft' }> {
  const parsed = parseWebviewMessage(m);
  assert.ok(parsed);
  return parsed as never;
}
const attemptOf = (v: HostToWebview) => (v.type === 'question' || v.type === 'feedback' ? v.attempt : -1);
const shownId = (v: HostToWebview) => (v.type === 'question' || v.type === 'feedback' ? `${v.type}:${v.question.id}` : v.type);
const serializer = new ProgressSerializer();

/** Shows the round's view as the panel does, then answers the current graded question. */
async function answer(round: QuizRound, id: string, choice = 0) {
  round.view();
  round.shown();
  await round.handle(msg({ type: 'answer', questionId: id, attempt: attemptOf(round.view()), answer: id === 'q-multi' ? { type: 'multiple', choices: [0, 1] } : { type: 'single', choice } }));
}

describe('undo in a quiz round (issue 17)', () => {
  it('takes answers back one by one, each time showing the question again unanswered, and restores progress exactly', async () => {
    const s = setup();
    const store = s.open();
    const undo = new RoundUndo(store);
    const round = QuizRound.start('T', [q('q-single'), q('q-multi'), q('q-card')], index, seededRng(2), s.depsOf(store));
    const empty = serializer.serialize(store.current);
    await answer(round, 'q-single');
    const afterFirst = serializer.serialize(store.current);
    await round.handle(msg({ type: 'next', attempt: attemptOf(round.view()) }));
    await answer(round, 'q-multi');
    await round.handle(msg({ type: 'next', attempt: attemptOf(round.view()) }));
    // The flashcard: reveal, then rate Good.
    await round.handle(msg({ type: 'reveal', questionId: 'q-card', attempt: attemptOf(round.view()) }));
    await round.handle(msg({ type: 'answer', questionId: 'q-card', attempt: attemptOf(round.view()), answer: { type: 'flashcard', rating: 'good' } }));
    assert.equal(round.view().type, 'summary');
    assert.equal(undo.view(round).available, true);

    const before = attemptOf(round.view());
    assert.equal(await undo.undo(round, false), 'undone');
    const card = round.view();
    assert.equal(shownId(card), 'question:q-card', 'the card shows its front again');
    assert.ok(attemptOf(card) > before, 'a new showing: a click on the old screen is stale');
    assert.deepEqual(undo.view(round), { available: true, notice: 'Answer taken back: the question is unanswered again.' });
    assert.equal(undo.view(round).notice, undefined, 'the notice comes once');

    assert.equal(await undo.undo(round, false), 'undone');
    assert.equal(shownId(round.view()), 'question:q-multi');
    assert.equal(round.session.summary().answered, 1);
    assert.equal(await undo.undo(round, false), 'undone');
    assert.equal(shownId(round.view()), 'question:q-single');
    assert.equal(serializer.serialize(store.current), empty);
    assert.equal(undo.view(round).available, false);
    assert.equal(await undo.undo(round, false), 'nothing');

    // Answered again, it records again.
    await answer(round, 'q-single');
    assert.equal(serializer.serialize(store.current), afterFirst);
  });

  it('is not offered in an exam simulation, and says so', async () => {
    const s = setup();
    const store = s.open();
    const round = QuizRound.start('T', [q('q-single')], index, seededRng(2), s.depsOf(store));
    await answer(round, 'q-single');
    assert.equal(await new RoundUndo(store).undo(round, true), 'exam');
    assert.ok(store.current.cards['q-single'], 'the answer stays');
    explainNoUndo('exam');
    assert.match(shown.at(-1)!, /undo is for study rounds/);
    explainNoUndo('nothing');
    assert.match(shown.at(-1)!, /no answer of this round to undo/);
  });

  it('works after a window reload: the restored round goes back to its last answer', async () => {
    const s = setup();
    let store = s.open();
    const round = QuizRound.start('T', [q('q-single'), q('q-multi')], index, seededRng(2), s.depsOf(store));
    await answer(round, 'q-single');
    const afterFirst = serializer.serialize(store.current);
    await round.handle(msg({ type: 'next', attempt: attemptOf(round.view()) }));
    await answer(round, 'q-multi');
    await store.flush();
    const saved = JSON.parse(JSON.stringify(round.snapshot()));
    // Reload: a new store over the same folder, the round rebuilt from its saved snapshot.
    store = s.open();
    const restored = QuizRound.restore(saved, index, seededRng(5), s.depsOf(store))!;
    assert.equal(shownId(restored.view()), 'feedback:q-multi');
    const undo = new RoundUndo(store);
    assert.equal(undo.view(restored).available, true);
    assert.equal(await undo.undo(restored, false), 'undone');
    assert.equal(shownId(restored.view()), 'question:q-multi');
    assert.equal(serializer.serialize(store.current), afterFirst);
  });

  it('offers no undo for an answer this round does not hold (another round answered last)', async () => {
    const s = setup();
    const store = s.open();
    const mine = QuizRound.start('Mine', [q('q-single')], index, seededRng(2), s.depsOf(store));
    const other = QuizRound.start('Other', [q('q-order')], index, seededRng(2), s.depsOf(store));
    await answer(mine, 'q-single');
    other.view();
    await other.handle(msg({ type: 'answer', questionId: 'q-order', attempt: 0, answer: { type: 'ordering', order: [0, 1, 2] } }));
    const undo = new RoundUndo(store);
    assert.equal(undo.view(mine).available, false);
    assert.equal(await undo.undo(mine, false), 'nothing');
    assert.ok(store.current.cards['q-order']);
  });
});

describe('previews and answer times in a quiz round (issue 17)', () => {
  it('shows on a revealed flashcard\'s buttons exactly what each rating schedules, and nothing before it is revealed', async () => {
    const s = setup();
    const store = s.open();
    const round = QuizRound.start('Cards', [q('q-card')], index, seededRng(1), s.depsOf(store));
    const front = round.view();
    assert.equal(front.type, 'question');
    await round.handle(msg({ type: 'reveal', questionId: 'q-card', attempt: 0 }));
    const back = round.view();
    assert.ok(back.type === 'feedback' && back.schedule?.intervals);
    const expected = previewIntervals(undefined, 'q-card', new Date(s.clock.t), { retention: 0.9, fuzz: true });
    assert.deepEqual(back.schedule.intervals, { again: formatInterval(expected[1]), hard: formatInterval(expected[2]), good: formatInterval(expected[3]), easy: formatInterval(expected[4]) });
    assert.equal(back.schedule.intervals.good, '<10m');
    await round.handle(msg({ type: 'answer', questionId: 'q-card', attempt: 0, answer: { type: 'flashcard', rating: 'easy' } }));
    assert.equal(formatInterval(Date.parse(store.current.cards['q-card'].card.due) - s.clock.t), back.schedule.intervals.easy);
  });

  it('shows after a graded answer when the question is next due', async () => {
    const s = setup();
    const store = s.open();
    const round = QuizRound.start('T', [q('q-single')], index, seededRng(2), s.depsOf(store));
    const view = round.view();
    assert.ok(view.type === 'question' && !('schedule' in view), 'nothing about the schedule before the answer');
    await answer(round, 'q-single', 1);
    const fb = round.view();
    assert.ok(fb.type === 'feedback' && fb.schedule?.nextReview);
    assert.equal(fb.schedule.nextReview.at, store.current.cards['q-single'].card.due);
    assert.equal(fb.schedule.nextReview.label, formatInterval(Date.parse(fb.schedule.nextReview.at) - s.clock.t));
  });

  it('records how long the answer took, from the question on screen, capped when the learner was away', async () => {
    const s = setup();
    const store = s.open();
    const round = QuizRound.start('T', [q('q-single'), q('q-card'), q('q-multi')], index, seededRng(2), s.depsOf(store));
    round.view();
    round.shown();
    s.clock.t += 7_250;
    round.shown(); // drawn again (a flag, a visibility change): the time still runs from the first showing
    await round.handle(msg({ type: 'answer', questionId: 'q-single', attempt: 0, answer: { type: 'single', choice: 0 } }));
    await round.handle(msg({ type: 'next', attempt: 0 }));
    // A flashcard: from its front to the rating, the reveal in between.
    round.shown();
    s.clock.t += 3_000;
    await round.handle(msg({ type: 'reveal', questionId: 'q-card', attempt: 1 }));
    round.shown();
    s.clock.t += 2_000;
    await round.handle(msg({ type: 'answer', questionId: 'q-card', attempt: 1, answer: { type: 'flashcard', rating: 'good' } }));
    // Left on screen over lunch.
    round.shown();
    s.clock.t += 3_600_000;
    await round.handle(msg({ type: 'answer', questionId: 'q-multi', attempt: 2, answer: { type: 'multiple', choices: [0, 1] } }));
    assert.deepEqual(s.recorded.map((r) => r.ms), [7_250, 5_000, MAX_ANSWER_MS]);
    await store.flush();
    assert.deepEqual((await store.readReviews()).map((e) => e.answerMs), [7_250, 5_000, MAX_ANSWER_MS]);
  });

  it('records no time for a question whose showing it did not see (restored after a reload)', async () => {
    const s = setup();
    const store = s.open();
    const round = QuizRound.start('T', [q('q-single')], index, seededRng(2), s.depsOf(store));
    await round.handle(msg({ type: 'answer', questionId: 'q-single', attempt: 0, answer: { type: 'single', choice: 0 } }));
    assert.equal(s.recorded[0].ms, undefined);
  });
});
