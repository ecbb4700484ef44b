import * as assert from 'node:assert/strict';
import { emptyProgress, loadProgress, progressOf, recordAnswer } from '../../src/core/progress/progressState';

describe('progress state', () => {
  it('counts attempts and right answers per question id', () => {
    let s = emptyProgress();
    s = recordAnswer(s, 'a', false, new Date('2026-03-01T10:00:00Z'));
    s = recordAnswer(s, 'a', true, new Date('2026-03-02T10:00:00Z'));
    assert.deepEqual(s.questions.a, { attempts: 2, correct: 1, last: '2026-03-02T10:00:00.000Z', lastCorrect: true });
    const p = progressOf(['a', 'b'], s);
    assert.deepEqual(p, { total: 2, answered: 1, mastered: 1, attempts: 2, correct: 1, lastStudied: '2026-03-02T10:00:00.000Z' });
  });

  it('loads what it saved', () => {
    const s = recordAnswer(emptyProgress(), 'x', true, new Date());
    assert.deepEqual(loadProgress(JSON.parse(JSON.stringify(s))), { ok: true, state: s });
    assert.deepEqual(loadProgress(undefined), { ok: true, state: emptyProgress() });
  });

  it('keeps the readable records of damaged state and hands the damaged value back to be saved aside', () => {
    const raw = { version: 1, questions: { good: { attempts: 1, correct: 1, last: '2026-01-01T00:00:00.000Z', lastCorrect: true }, bad: { attempts: -3 } } };
    const loaded = loadProgress(raw);
    assert.equal(loaded.ok, false);
    assert.deepEqual(Object.keys(loaded.state.questions), ['good']);
    if (!loaded.ok) {
      assert.equal(loaded.damaged, raw);
      assert.match(loaded.reason, /1 question record was unreadable/);
    }
  });

  it('recovers from unknown versions and non-objects without throwing', () => {
    for (const raw of ['garbage', 42, [], { version: 99, questions: {} }, { version: 1, questions: 'x' }]) {
      const loaded = loadProgress(raw);
      assert.equal(loaded.ok, false);
      assert.deepEqual(loaded.state, emptyProgress());
    }
  });
});
