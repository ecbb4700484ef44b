import * as assert from 'node:assert/strict';
import { QuizSession } from '../../src/core/quiz/session';
import { pickForRound } from '../../src/core/quiz/selection';
import { emptyProgress } from '../../src/core/progress/model';
import { recordReview } from '../../src/core/progress/operations';
import { fixtureIndex, seededRng } from './fixtures';

const index = fixtureIndex();

describe('quiz session', () => {
  it('walks a round, counts right answers per topic and lists the missed ones', () => {
    const s = new QuizSession('Deployment', index.catalog.questions, index, seededRng(2));
    assert.equal(s.total, 5);
    const view = s.currentView()!;
    assert.equal(view.id, 'q-single');
    const wrongChoice = s.snapshot().presentations[0].order.findIndex((o) => o !== 0);
    assert.equal(s.submit({ type: 'single', choice: wrongChoice }).feedback.correct, false);
    s.advance();
    s.skip();
    while (!s.finished) s.advance();
    const summary = s.summary();
    assert.deepEqual({ answered: summary.answered, correct: summary.correct, skipped: summary.skipped, missed: summary.missed }, { answered: 1, correct: 0, skipped: 1, missed: 2 });
    assert.deepEqual(s.missed().map((q) => q.id), ['q-single', 'q-multi']);
  });

  it('restores from a snapshot with the same shuffles and position', () => {
    const s = new QuizSession('Deployment', index.catalog.questions, index, seededRng(4));
    s.advance();
    s.toggleFlag();
    const restored = QuizSession.restore(JSON.parse(JSON.stringify(s.snapshot())), index, seededRng(99))!;
    assert.deepEqual(restored.currentView(), s.currentView());
    assert.equal(restored.isFlagged('q-multi'), true);
  });

  it('drops questions that left the bank when restoring', () => {
    const s = new QuizSession('Deployment', index.catalog.questions, index, seededRng(4));
    const snap = s.snapshot();
    snap.questionIds = ['gone', ...snap.questionIds];
    assert.equal(QuizSession.restore(snap, index, seededRng(1))!.total, 5);
    assert.equal(QuizSession.restore({ ...snap, questionIds: ['gone'] }, index, seededRng(1)), undefined);
  });

  it('asks last-wrong questions first, then new ones, then the longest unseen', () => {
    let state = emptyProgress();
    const opts = { retention: 0.9 };
    state = recordReview(state, 'q-single', 3, new Date('2026-01-02T10:00:00Z'), opts);
    state = recordReview(state, 'q-multi', 1, new Date('2026-01-02T10:00:00Z'), opts);
    state = recordReview(state, 'q-order', 4, new Date('2026-01-02T10:00:00Z'), opts);
    // Five minutes later the lapsed card is due again (its relearning step is a minute); the others are not.
    const picked = pickForRound(index.catalog.questions, state, 5, seededRng(1), new Date('2026-01-02T10:05:00Z')).map((q) => q.id);
    assert.equal(picked[0], 'q-multi');
    assert.deepEqual(new Set(picked.slice(1, 3)), new Set(['q-match', 'q-card']));
    assert.deepEqual(new Set(picked.slice(3)), new Set(['q-single', 'q-order']));
  });
});

describe('glossary flashcards', () => {
  it('are questions with ids term:<id>, readable by the index, and a session grades them by rating', () => {
    const card = index.question('term:estimator');
    assert.ok(card && card.type === 'flashcard');
    assert.equal(index.topic(card.topic)?.title, 'Glossary · SageMaker features');
    assert.equal(index.question('term:nope'), undefined);
    assert.equal(index.glossaryFlashcards().length, index.catalog.terms.length);
    const s = new QuizSession('Glossary', [card], index, seededRng(1));
    assert.equal(s.currentView()?.type, 'flashcard');
    const back = s.reveal();
    assert.match(JSON.stringify(back.answer), /launches training jobs/);
    const restored = QuizSession.restore(s.snapshot(), index, seededRng(2));
    assert.equal(restored?.currentQuestion()?.id, 'term:estimator');
  });
});

describe('round summary (issue 11, Rough: summary)', () => {
  it('lists each missed question with its topic, stem and key point', () => {
    const s = new QuizSession('Deployment', index.catalog.questions, index, seededRng(2));
    const wrongChoice = s.snapshot().presentations[0].order.findIndex((o) => o !== 0);
    s.submit({ type: 'single', choice: wrongChoice });
    s.advance();
    s.skip();
    while (!s.finished) s.advance();
    const missed = s.summary().missedQuestions;
    assert.deepEqual(missed.map((m) => [m.questionId, m.skipped]), [['q-single', false], ['q-multi', true]]);
    assert.equal(missed[0].stem, 'Which hosts a model for real-time inference?');
    assert.equal(missed[0].keyPoint, 'Endpoints serve.');
    assert.equal(missed[0].topicTitle, index.topic('t-deploy')!.title);
  });

  it('takes the first sentence of a long explanation as the key point', async () => {
    const { keyPoint } = await import('../../src/core/quiz/session');
    const { parseMarkdown } = await import('../../src/core/markdown');
    assert.equal(keyPoint(parseMarkdown('Use **Ground Truth** for labeling. It also manages workforces. See e.g. the docs.')), 'Use Ground Truth for labeling.');
    assert.equal(keyPoint(parseMarkdown('No full stop here')), 'No full stop here');
  });
});
