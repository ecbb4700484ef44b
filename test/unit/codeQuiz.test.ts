// "Quiz on My Code": due first, then the least known, weighted by how much the code uses each term.
import * as assert from 'node:assert/strict';
import type { Question } from '../../src/core/bank/model';
import { emptyProgress, type ProgressState } from '../../src/core/progress/model';
import { recordReview } from '../../src/core/progress/operations';
import { pickCodeQuiz, usageWeight } from '../../src/core/terms/usage/codeQuiz';
import { seededRng } from './fixtures';

const NOW = new Date('2026-06-01T12:00:00Z');
const DAY = 86_400_000;
const OPTIONS = { retention: 0.9 };
const mastery = { now: NOW, horizon: new Date(NOW.getTime() + 7 * DAY), retention: 0.9 };

const q = (id: string, terms: string[]): Question => ({
  id, topic: 't', type: 'flashcard', difficulty: 1, stem: [], answer: [], explanation: [], terms, links: [], tags: [],
} as unknown as Question);

/** A bank: each term has questions `<term>-1`…`<term>-n`. */
function bank(perTerm: Record<string, number>): Map<string, Question[]> {
  return new Map(Object.entries(perTerm).map(([t, n]) => [t, Array.from({ length: n }, (_, i) => q(`${t}-${i + 1}`, [t]))]));
}

function pick(usage: Record<string, number>, questions: Map<string, Question[]>, state: ProgressState, count: number, seed = 1): string[] {
  return pickCodeQuiz({ usage: new Map(Object.entries(usage)), questionsOf: (t) => questions.get(t) ?? [], state, mastery, count, rng: seededRng(seed) }).map((x) => x.id);
}

/** Answered at `at`: right and easy (due days later), or wrong (due again at once). */
function answered(state: ProgressState, id: string, right: boolean, at: Date): ProgressState {
  return recordReview(state, id, right ? 4 : 1, at, OPTIONS);
}

describe('Quiz on My Code: which questions', () => {
  it('asks due questions first, most used term first among them', () => {
    const questions = bank({ endpoint: 3, estimator: 3 });
    let state = emptyProgress();
    // Answered right long ago: due now.
    const longAgo = new Date(NOW.getTime() - 60 * DAY);
    state = answered(state, 'endpoint-2', true, longAgo);
    state = answered(state, 'estimator-3', true, longAgo);
    const round = pick({ endpoint: 2, estimator: 40 }, questions, state, 3);
    assert.deepEqual(round.slice(0, 2), ['estimator-3', 'endpoint-2']);
  });

  it('puts unknown and missed questions before well-known ones', () => {
    const questions = bank({ endpoint: 3 });
    let state = emptyProgress();
    const yesterday = new Date(NOW.getTime() - DAY);
    state = answered(state, 'endpoint-1', true, yesterday);
    state = answered(state, 'endpoint-2', false, yesterday);
    const round = pick({ endpoint: 5 }, questions, state, 3);
    assert.equal(round.at(-1), 'endpoint-1', 'the one answered right yesterday comes last');
    assert.deepEqual(new Set(round), new Set(['endpoint-1', 'endpoint-2', 'endpoint-3']));
  });

  it('gives a term used often more of the round than one used once, without leaving the others out', () => {
    const questions = bank({ heavy: 20, light: 20, mid: 20 });
    const counts = { heavy: 0, light: 0, mid: 0 };
    for (let seed = 1; seed <= 20; seed++) {
      for (const id of pick({ heavy: 200, mid: 15, light: 1 }, questions, emptyProgress(), 10, seed)) counts[id.split('-')[0] as keyof typeof counts]++;
    }
    assert.ok(counts.heavy > counts.mid && counts.mid > counts.light, JSON.stringify(counts));
    assert.ok(counts.light > 0, 'the term used once still gets a question now and then');
    assert.ok(usageWeight(200) < 200 * usageWeight(1), 'usage weighs with diminishing returns');
  });

  it('asks each question once even when it covers several found terms, and never more than asked for or than there are', () => {
    const shared = q('shared', ['endpoint', 'estimator']);
    const questions = new Map([['endpoint', [shared, q('e1', ['endpoint'])]], ['estimator', [shared]]]);
    const round = pick({ endpoint: 3, estimator: 3 }, questions, emptyProgress(), 10);
    assert.deepEqual([...round].sort(), ['e1', 'shared']);
    assert.equal(round[0], 'shared', 'a question on two used terms pulls more than one on one');
    assert.equal(pick({ endpoint: 3 }, questions, emptyProgress(), 1).length, 1);
    assert.deepEqual(pick({}, questions, emptyProgress(), 5), []);
    assert.deepEqual(pick({ unknown: 9 }, questions, emptyProgress(), 5), [], 'a term without questions adds none');
  });

  it('is repeatable with the same random source, and varies ties with another', () => {
    const questions = bank({ endpoint: 30 });
    assert.deepEqual(pick({ endpoint: 2 }, questions, emptyProgress(), 5, 3), pick({ endpoint: 2 }, questions, emptyProgress(), 5, 3));
    assert.notDeepEqual(pick({ endpoint: 2 }, questions, emptyProgress(), 5, 3), pick({ endpoint: 2 }, questions, emptyProgress(), 5, 4));
  });

  it('moves a question answered right out of the front on the next day, and a missed one stays in front', () => {
    const questions = bank({ endpoint: 2 });
    const first = pick({ endpoint: 1 }, questions, emptyProgress(), 1)[0];
    let state = answered(emptyProgress(), first, true, new Date(NOW.getTime() - DAY));
    const other = first === 'endpoint-1' ? 'endpoint-2' : 'endpoint-1';
    assert.equal(pick({ endpoint: 1 }, questions, state, 1)[0], other);
    state = answered(state, first, false, new Date(NOW.getTime() - DAY / 2));
    state = answered(state, other, true, new Date(NOW.getTime() - DAY / 2));
    assert.equal(pick({ endpoint: 1 }, questions, state, 1)[0], first);
  });
});
