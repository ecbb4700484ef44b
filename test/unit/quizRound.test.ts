// The quiz panel's message handling (QuizRound) with a fake progress store: each answer is applied
// once per showing of a question, drafts survive a reload, and messages are stripped to the schema.
import * as assert from 'node:assert/strict';
import type { Grade } from '../../src/core/progress/model';
import { QuizRound } from '../../src/host/panels/quizRound';
import { parseWebviewMessage, type HostToWebview, type WebviewToHost } from '../../src/shared/protocol';
import { fixtureIndex, seededRng } from './fixtures';

const index = fixtureIndex();
const q = (id: string) => index.question(id)!;

function fakeDeps() {
  const recorded: { id: string; grade: Grade }[] = [];
  return { recorded, deps: { record: async (id: string, grade: Grade) => void recorded.push({ id, grade }), warn: () => undefined } };
}

/** What the webview would send: parsed exactly as the panel parses it. */
function msg(m: unknown): Extract<WebviewToHost, { type: 'answer' | 'reveal' | 'next' | 'skip' | 'flag' | 'draft' }> {
  const parsed = parseWebviewMessage(m);
  assert.ok(parsed, `fits the schema: ${JSON.stringify(m)}`);
  return parsed as never;
}

const attemptOf = (v: HostToWebview) => (v.type === 'question' || v.type === 'feedback' ? v.attempt : -1);
const questionOf = (v: HostToWebview) => (v.type === 'question' || v.type === 'feedback' ? v.question.id : v.type);

describe('quiz round message handling (issue 13 finding 5)', () => {
  it('a double click on a flashcard rating records one review and shows the next card', async () => {
    const { recorded, deps } = fakeDeps();
    const round = QuizRound.start('Cards', [q('q-card'), q('q-single')], index, seededRng(1), deps);
    const a = attemptOf(round.view());
    await round.handle(msg({ type: 'reveal', questionId: 'q-card', attempt: a }));
    assert.equal(round.view().type, 'feedback');
    // Both clicks were sent from the same screen, before the host redrew it.
    const click = { type: 'answer', questionId: 'q-card', attempt: a, answer: { type: 'flashcard', rating: 'good' } };
    await Promise.all([round.handle(msg(click)), round.handle(msg(click))]);
    assert.deepEqual(recorded, [{ id: 'q-card', grade: 3 }]);
    const next = round.view();
    assert.equal(next.type, 'question');
    assert.equal(questionOf(next), 'q-single', 'the next card is shown, not skipped');
    assert.equal(round.session.summary().skipped, 0);
  });

  it('a double click on Next moves on by one question', async () => {
    const { recorded, deps } = fakeDeps();
    const round = QuizRound.start('T', [q('q-single'), q('q-multi'), q('q-order')], index, seededRng(2), deps);
    const a = attemptOf(round.view());
    await round.handle(msg({ type: 'answer', questionId: 'q-single', attempt: a, answer: { type: 'single', choice: 0 } }));
    await round.handle(msg({ type: 'answer', questionId: 'q-single', attempt: a, answer: { type: 'single', choice: 1 } }));
    assert.equal(recorded.length, 1, 'the second answer on the same showing is ignored');
    await round.handle(msg({ type: 'next', attempt: a }));
    await round.handle(msg({ type: 'next', attempt: a }));
    assert.equal(questionOf(round.view()), 'q-multi');
    assert.equal(round.session.summary().skipped, 0);
  });

  it('ignores Next before an answer and Skip after one', async () => {
    const { recorded, deps } = fakeDeps();
    const round = QuizRound.start('T', [q('q-single'), q('q-multi')], index, seededRng(2), deps);
    const a = attemptOf(round.view());
    assert.equal((await round.handle(msg({ type: 'next', attempt: a }))).kind, 'none');
    await round.handle(msg({ type: 'answer', questionId: 'q-single', attempt: a, answer: { type: 'single', choice: 0 } }));
    assert.equal((await round.handle(msg({ type: 'skip', attempt: a }))).kind, 'none');
    assert.equal(questionOf(round.view()), 'q-single');
    assert.equal(recorded.length, 1);
  });

  it('a skip twice from the same screen skips one question', async () => {
    const { deps } = fakeDeps();
    const round = QuizRound.start('T', [q('q-single'), q('q-multi'), q('q-order')], index, seededRng(2), deps);
    const a = attemptOf(round.view());
    await round.handle(msg({ type: 'skip', attempt: a }));
    await round.handle(msg({ type: 'skip', attempt: a }));
    assert.equal(questionOf(round.view()), 'q-multi');
    assert.equal(round.session.summary().skipped, 1);
  });

  it('keeps the choice made before a reload and shows it with the question (issue 11 item 11)', async () => {
    const { deps } = fakeDeps();
    const round = QuizRound.start('T', [q('q-multi'), q('q-single')], index, seededRng(3), deps);
    await round.handle(msg({ type: 'draft', questionId: 'q-multi', answer: { type: 'multiple', choices: [2, 0] } }));
    const saved = JSON.parse(JSON.stringify(round.snapshot()));
    const restored = QuizRound.restore(saved, index, seededRng(9), deps)!;
    const view = restored.view();
    assert.equal(view.type, 'question');
    assert.deepEqual(view.type === 'question' && view.draft, { type: 'multiple', choices: [2, 0] });
    // A draft for another question, or one that does not fit, is not kept.
    await restored.handle(msg({ type: 'draft', questionId: 'q-single', answer: { type: 'single', choice: 0 } }));
    await restored.handle(msg({ type: 'draft', questionId: 'q-multi', answer: { type: 'ordering', order: [0, 1] } }));
    assert.deepEqual((restored.view() as { draft?: unknown }).draft, { type: 'multiple', choices: [2, 0] });
    await restored.handle(msg({ type: 'draft', questionId: 'q-multi', answer: null }));
    assert.equal((restored.view() as { draft?: unknown }).draft, undefined);
  });

  it('saves no field a message carried beyond the schema (issue 13, finding 13)', async () => {
    const { deps } = fakeDeps();
    const round = QuizRound.start('T', [q('q-single'), q('q-multi')], index, seededRng(2), deps);
    const big = 'x'.repeat(1_000_000);
    await round.handle(msg({ type: 'draft', questionId: 'q-single', answer: { type: 'single', choice: 1, junk: big }, junk: big }));
    await round.handle(msg({ type: 'answer', questionId: 'q-single', attempt: 0, answer: { type: 'single', choice: 1, junk: big }, junk: big }));
    const json = JSON.stringify(round.snapshot());
    assert.ok(json.length < 10_000, `snapshot is ${json.length} characters`);
    assert.doesNotMatch(json, /junk/);
  });
});

describe('quiz round after a reset (issue 11 item 10)', () => {
  it('knows its answers were reset, and not when other progress changed', async () => {
    const { deps } = fakeDeps();
    const round = QuizRound.start('T', [q('q-single'), q('q-multi')], index, seededRng(2), deps);
    await round.handle(msg({ type: 'answer', questionId: 'q-single', attempt: 0, answer: { type: 'single', choice: 0 } }));
    const cards = new Set(['q-single']);
    assert.equal(round.lostProgress((id) => cards.has(id), ['q-single']), false);
    assert.equal(round.lostProgress((id) => cards.has(id), ['q-order']), false, 'a change elsewhere leaves the round alone');
    cards.clear();
    assert.equal(round.lostProgress((id) => cards.has(id), ['q-single']), true);
    assert.equal(round.lostProgress((id) => cards.has(id), undefined), true, 'reset all');
  });
});
