import * as assert from 'node:assert/strict';
import { parseMarkdown } from '../../src/core/markdown';
import { mdToPlainText } from '../../src/core/mdTree';
import { isWebviewToHost, parseWebviewMessage } from '../../src/shared/protocol';

describe('webview protocol guard', () => {
  it('accepts well-formed messages', () => {
    for (const m of [
      { type: 'ready' }, { type: 'next', attempt: 0 }, { type: 'skip', attempt: 3 }, { type: 'flag' }, { type: 'undo' }, { type: 'retryMissed' },
      { type: 'nextWeakest' }, { type: 'backToTopics' }, { type: 'resumePaused' }, { type: 'examStart' }, { type: 'examHistory' }, { type: 'back' },
      { type: 'answer', questionId: 'q1', attempt: 0, answer: { type: 'single', choice: 2 } },
      { type: 'answer', questionId: 'q1', attempt: 0, answer: { type: 'multiple', choices: [0, 3] } },
      { type: 'answer', questionId: 'q1', attempt: 0, answer: { type: 'ordering', order: [2, 0, 1] } },
      { type: 'answer', questionId: 'q1', attempt: 0, answer: { type: 'matching', matches: [1, 0, 2] } },
      { type: 'answer', questionId: 'q1', attempt: 1, answer: { type: 'flashcard', rating: 'easy' } },
      { type: 'reveal', questionId: 'q1', attempt: 0 },
      { type: 'draft', questionId: 'q1', answer: null },
      { type: 'draft', questionId: 'q1', answer: { type: 'single', choice: 0 } },
      { type: 'quizTerm', termId: 'endpoint' },
      { type: 'openLink', url: 'https://docs.aws.amazon.com/sagemaker/' },
    ]) assert.ok(isWebviewToHost(m), JSON.stringify(m));
  });

  it('rejects unknown, malformed and unsafe messages', () => {
    for (const m of [
      null, 'ready', 42, {}, { type: 'eval' },
      { type: 'answer', questionId: '', attempt: 0, answer: { type: 'single', choice: 0 } },
      { type: 'answer', questionId: 'q', answer: { type: 'single', choice: 0 } },
      { type: 'answer', questionId: 'q', attempt: -1, answer: { type: 'single', choice: 0 } },
      { type: 'next' }, { type: 'next', attempt: '1' },
      { type: 'draft', questionId: 'q', answer: { type: 'single' } },
      { type: 'quizTerm', termId: 42 },
      { type: 'answer', questionId: 'q', answer: { type: 'single', choice: -1 } },
      { type: 'answer', questionId: 'q', answer: { type: 'single', choice: 1.5 } },
      { type: 'answer', questionId: 'q', answer: { type: 'multiple', choices: 'all' } },
      { type: 'answer', questionId: 'q', answer: { type: 'flashcard', rating: 'perfect' } },
      { type: 'openLink', url: 'command:workbench.action.terminal.new' },
      { type: 'openLink', url: 'http://example.com' },
      { type: 'openLink', url: 'javascript:alert(1)' },
    ]) assert.equal(isWebviewToHost(m), false, JSON.stringify(m));
  });

  it('strips every field outside the schema, in the message and in its answer (issue 13, finding 13)', () => {
    const junk = 'x'.repeat(5_000_000);
    assert.deepEqual(
      parseWebviewMessage({ type: 'answer', questionId: 'q1', attempt: 2, answer: { type: 'multiple', choices: [0, 3], junk }, junk, __proto__: { polluted: true } }),
      { type: 'answer', questionId: 'q1', attempt: 2, answer: { type: 'multiple', choices: [0, 3] } },
    );
    assert.deepEqual(parseWebviewMessage({ type: 'examAnswer', index: 4, answer: { type: 'flashcard', rating: 'good', junk }, junk }), { type: 'examAnswer', index: 4, answer: { type: 'flashcard', rating: 'good' } });
    assert.deepEqual(parseWebviewMessage({ type: 'flag', junk }), { type: 'flag' });
    assert.deepEqual(parseWebviewMessage({ type: 'openLink', url: 'https://docs.aws.amazon.com/', junk }), { type: 'openLink', url: 'https://docs.aws.amazon.com/' });
    const parsed = parseWebviewMessage({ type: 'examAnswer', index: 1, answer: { type: 'ordering', order: [1, 0] } });
    assert.equal(JSON.stringify(parsed).length < 100, true);
  });
});

describe('bank Markdown', () => {
  it('keeps HTML and script as plain text', () => {
    const doc = parseMarkdown('Hello <img src=x onerror=alert(1)> and <script>alert(2)</script>');
    const json = JSON.stringify(doc);
    assert.ok(json.includes('<img src=x onerror=alert(1)>'));
    assert.ok(!doc.some((n) => typeof n !== 'string' && !['p'].includes(n.t)));
  });

  it('builds code blocks, inline code, lists and tables', () => {
    const doc = parseMarkdown('Use `fit()`:\n\n```python\nest.fit()\n```\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    const tags = JSON.stringify(doc).match(/"t":"(\w+)"/g);
    for (const t of ['code', 'pre', 'ul', 'li', 'table', 'th', 'td']) assert.ok(tags?.includes(`"t":"${t}"`), t);
    assert.equal(mdToPlainText(doc).split('\n')[0], 'Use fit():');
  });

  it('keeps only https link targets', () => {
    assert.match(JSON.stringify(parseMarkdown('[docs](https://docs.aws.amazon.com/)')), /"href":"https:\/\/docs\.aws\.amazon\.com\/"/);
    assert.doesNotMatch(JSON.stringify(parseMarkdown('[x](javascript:alert(1)) [y](command:foo) [z](http://a)')), /href/);
  });
});
