// Presenting questions without their key, and grading answers given in display positions.
import * as assert from 'node:assert/strict';
import { AnswerMismatchError, grade, present, questionView } from '../../src/core/quiz/grading';
import { fixtureIndex, seededRng } from './fixtures';

const index = fixtureIndex();
const q = (id: string) => {
  const found = index.question(id);
  assert.ok(found, id);
  return found;
};

describe('grading', () => {
  it('never puts the answer key in what the webview sees', () => {
    for (const question of index.catalog.questions) {
      const view = questionView(question, present(question, seededRng(7)), index);
      const json = JSON.stringify(view);
      assert.ok(!json.includes('"correct"'), `${question.id} view has no correct flags`);
      assert.ok(!json.includes('"why"'), `${question.id} view has no reasons`);
      assert.ok(!json.includes('"explanation"'), `${question.id} view has no explanation`);
    }
  });

  it('grades a single choice in display order, whatever the shuffle', () => {
    for (let seed = 1; seed < 20; seed++) {
      const question = q('q-single');
      const p = present(question, seededRng(seed));
      const right = p.order.findIndex((orig) => orig === 0);
      assert.equal(grade(question, p, { type: 'single', choice: right }, index).correct, true);
      assert.equal(grade(question, p, { type: 'single', choice: (right + 1) % 3 }, index).correct, false);
    }
  });

  it('grades multiple response as all-or-nothing', () => {
    const question = q('q-multi');
    const p = present(question, seededRng(3));
    const display = (orig: number) => p.order.indexOf(orig);
    assert.equal(grade(question, p, { type: 'multiple', choices: [display(0), display(2)] }, index).correct, true);
    assert.equal(grade(question, p, { type: 'multiple', choices: [display(0)] }, index).correct, false);
    assert.equal(grade(question, p, { type: 'multiple', choices: [display(0), display(1)] }, index).correct, false);
    const fb = grade(question, p, { type: 'multiple', choices: [display(0), display(1)] }, index);
    assert.deepEqual(fb.choices?.map((c) => c.picked), p.order.map((orig) => orig === 0 || orig === 1));
  });

  it('never shows an ordering already solved, and grades the learner order', () => {
    const question = q('q-order');
    for (let seed = 1; seed < 30; seed++) {
      const p = present(question, seededRng(seed));
      assert.notDeepEqual(p.order, [0, 1, 2]);
      const solved = [0, 1, 2].map((step) => p.order.indexOf(step));
      const fb = grade(question, p, { type: 'ordering', order: solved }, index);
      assert.equal(fb.correct, true);
      assert.deepEqual(fb.steps?.map((s) => s.placedAt), [0, 1, 2]);
      assert.equal(grade(question, p, { type: 'ordering', order: [...solved].reverse() }, index).correct, false);
    }
  });

  it('grades matching per prompt, with distractors among the answers', () => {
    const question = q('q-match');
    const p = present(question, seededRng(5));
    const view = questionView(question, p, index);
    assert.equal(view.answers?.length, 4);
    const right = [0, 1, 2].map((i) => p.answerOrder!.indexOf(i));
    assert.equal(grade(question, p, { type: 'matching', matches: right }, index).correct, true);
    const wrong = [right[1], right[0], right[2]];
    const fb = grade(question, p, { type: 'matching', matches: wrong }, index);
    assert.equal(fb.correct, false);
    assert.deepEqual(fb.pairs?.map((x) => x.correct), [false, false, true]);
  });

  it('rejects answers of the wrong shape instead of grading them', () => {
    const single = q('q-single');
    const p = present(single, seededRng(1));
    assert.throws(() => grade(single, p, { type: 'single', choice: 9 }, index), AnswerMismatchError);
    assert.throws(() => grade(single, p, { type: 'ordering', order: [0] }, index), AnswerMismatchError);
    const order = q('q-order');
    assert.throws(() => grade(order, present(order, seededRng(1)), { type: 'ordering', order: [0, 0, 1] }, index), AnswerMismatchError);
  });

  it('returns the back of a flashcard with its glossary terms resolved', () => {
    const card = q('q-card');
    const fb = grade(card, present(card, seededRng(1)), { type: 'flashcard', rating: 'good' }, index);
    assert.equal(fb.correct, undefined);
    assert.ok(fb.answer && fb.answer.length > 0);
    const single = q('q-single');
    assert.deepEqual(grade(single, present(single, seededRng(1)), { type: 'single', choice: 0 }, index).terms.map((t) => t.id), ['endpoint']);
  });
});
