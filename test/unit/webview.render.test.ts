// The quiz webview's rendering, in a DOM: bank text stays text, terms are marked once, code is
// coloured with spans, and the panel renders what the host sends and answers in display positions.
import * as assert from 'node:assert/strict';
import { parseInlineMarkdown, parseMarkdown } from '../../src/core/markdown';
import { dom, loadWebview, posted, send } from './webviewHarness';

describe('webview rendering', () => {
  let renderMd: typeof import('../../src/webview/markdownDom').renderMd;
  let markTerms: typeof import('../../src/webview/termMarks').markTerms;

  before(async () => {
    ({ renderMd } = await import('../../src/webview/markdownDom'));
    ({ markTerms } = await import('../../src/webview/termMarks'));
    await loadWebview();
  });

  it('says ready first', () => {
    assert.deepEqual(posted[0], { type: 'ready' });
  });

  it('renders Markdown as elements and text nodes, never as HTML', () => {
    const div = document.createElement('div');
    div.append(renderMd(parseMarkdown('**Hi** <img src=x onerror=alert(1)>\n\n```python\nest = Estimator()  # train\n```'), () => undefined));
    assert.equal(div.querySelectorAll('img').length, 0);
    assert.ok(div.textContent?.includes('<img src=x onerror=alert(1)>'));
    assert.equal(div.querySelector('strong')?.textContent, 'Hi');
    assert.equal(div.querySelector('pre code .tok-comment')?.textContent, '# train');
  });

  it('marks the first mention of each glossary term with its definition', () => {
    const div = document.createElement('div');
    div.append(renderMd(parseMarkdown('Use Feature Store. The feature store is fast; `Feature Store` in code is not marked.'), () => undefined));
    markTerms([div], [{ id: 'fs', name: 'Amazon SageMaker Feature Store', aliases: ['Feature Store'], definition: 'A feature store.' }]);
    const marks = div.querySelectorAll('abbr.term');
    assert.equal(marks.length, 1);
    assert.equal(marks[0].textContent, 'Feature Store');
    assert.match(marks[0].getAttribute('data-tip') ?? '', /A feature store/);
    assert.equal(div.querySelector('code abbr'), null);
  });

  it('renders a single-choice question and answers with the display position', () => {
    send({
      type: 'question', title: 'Topic', attempt: 0, progress: { index: 0, total: 3, answered: 0, flagged: false },
      question: { id: 'q1', type: 'single', topicTitle: 'Topic', difficulty: 1, stem: parseMarkdown('Pick <b>one</b>'), choices: [parseInlineMarkdown('A'), parseInlineMarkdown('B <i>x</i>')] },
    });
    const app = document.getElementById('app')!;
    assert.equal(app.querySelectorAll('input[type=radio]').length, 2);
    assert.equal(app.querySelectorAll('b, i').length, 0);
    assert.equal(app.querySelector('.count')?.textContent, 'Question 1 of 3');
    (app.querySelectorAll('input[type=radio]')[1] as HTMLInputElement).dispatchEvent(new dom.window.Event('change'));
    (app.querySelector('#submit') as HTMLButtonElement).click();
    assert.deepEqual(posted.at(-1), { type: 'answer', questionId: 'q1', attempt: 0, answer: { type: 'single', choice: 1 } });
  });

  it('renders feedback with the reason for every choice and announces it', () => {
    send({
      type: 'feedback', title: 'Topic', attempt: 0, progress: { index: 0, total: 3, answered: 1, flagged: false },
      question: { id: 'q1', type: 'single', topicTitle: 'Topic', difficulty: 1, stem: parseMarkdown('Pick one'), choices: [parseInlineMarkdown('A'), parseInlineMarkdown('B')] },
      feedback: {
        questionId: 'q1', correct: false, explanation: parseMarkdown('Because.'), links: ['https://docs.aws.amazon.com/x'], terms: [],
        choices: [{ text: parseInlineMarkdown('A'), correct: true, picked: false, why: parseInlineMarkdown('right') }, { text: parseInlineMarkdown('B'), correct: false, picked: true, why: parseInlineMarkdown('wrong') }],
      },
    });
    const app = document.getElementById('app')!;
    assert.deepEqual([...app.querySelectorAll('.why')].map((w) => w.textContent), ['right', 'wrong']);
    assert.ok(app.querySelector('label.choice.wrong'));
    (app.querySelector('.links a') as HTMLAnchorElement).click();
    assert.deepEqual(posted.at(-1), { type: 'openLink', url: 'https://docs.aws.amazon.com/x' });
  });

  it('moves ordering steps from the keyboard and submits the new order', () => {
    send({
      type: 'question', title: 'T', attempt: 1, progress: { index: 1, total: 3, answered: 1, flagged: false },
      question: { id: 'q2', type: 'ordering', topicTitle: 'T', difficulty: 1, stem: parseMarkdown('Order'), steps: [parseInlineMarkdown('c'), parseInlineMarkdown('a'), parseInlineMarkdown('b')] },
    });
    const app = document.getElementById('app')!;
    const second = app.querySelector('.step[data-pos="1"]')!;
    second.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }));
    assert.deepEqual([...app.querySelectorAll('.step .text')].map((s) => s.textContent), ['a', 'c', 'b']);
    (app.querySelector('#submit') as HTMLButtonElement).click();
    assert.deepEqual(posted.at(-1), { type: 'answer', questionId: 'q2', attempt: 1, answer: { type: 'ordering', order: [1, 0, 2] } });
  });

  it('does not submit a matching question until every prompt has an answer', () => {
    send({
      type: 'question', title: 'T', attempt: 2, progress: { index: 2, total: 3, answered: 2, flagged: false },
      question: { id: 'q3', type: 'matching', topicTitle: 'T', difficulty: 1, stem: parseMarkdown('Match'), prompts: [parseInlineMarkdown('p1'), parseInlineMarkdown('p2')], answers: [parseInlineMarkdown('x'), parseInlineMarkdown('y'), parseInlineMarkdown('z')] },
    });
    const before = posted.length;
    const app = document.getElementById('app')!;
    (app.querySelector('#submit') as HTMLButtonElement).click();
    assert.equal(posted.length, before);
    const selects = app.querySelectorAll('select');
    (selects[0] as HTMLSelectElement).value = '2';
    selects[0].dispatchEvent(new dom.window.Event('change'));
    (selects[1] as HTMLSelectElement).value = '0';
    selects[1].dispatchEvent(new dom.window.Event('change'));
    (app.querySelector('#submit') as HTMLButtonElement).click();
    assert.deepEqual(posted.at(-1), { type: 'answer', questionId: 'q3', attempt: 2, answer: { type: 'matching', matches: [2, 0] } });
  });
});
