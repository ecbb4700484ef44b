import * as assert from 'node:assert/strict';
import { emptyProgress } from '../../src/core/progress/model';
import { recordReview } from '../../src/core/progress/operations';
import { weakestTopic } from '../../src/core/quiz/nextTopic';
import { fixtureIndex } from './fixtures';
import { CatalogIndex } from '../../src/core/catalog/catalogIndex';

describe('next weakest topic', () => {
  it('prefers the topic answered wrong over an untouched one, and leaves out the round just taken', () => {
    const base = fixtureIndex();
    // A second topic with a copy of one question, to compare two topics.
    const t2 = { ...base.catalog.topics[0], id: 't-two', title: 'Second topic' };
    const q2 = { ...base.question('q-single')!, id: 'q-two', topic: 't-two' };
    const index = new CatalogIndex({ ...base.catalog, topics: [...base.catalog.topics, t2], questions: [...base.catalog.questions, q2] });
    const now = new Date('2026-12-02T10:00:00Z');
    let state = emptyProgress();
    state = recordReview(state, 'q-two', 1, now, { retention: 0.9 });
    state = recordReview(state, 'q-single', 3, now, { retention: 0.9 });
    assert.equal(weakestTopic(index, state)?.id, 't-two');
    assert.equal(weakestTopic(index, state, { exclude: new Set(['t-two']) })?.id, 't-deploy');
    // Everything excluded: the weakest of all rather than nothing.
    assert.equal(weakestTopic(index, state, { exclude: new Set(['t-two', 't-deploy']) })?.id, 't-two');
  });
});
