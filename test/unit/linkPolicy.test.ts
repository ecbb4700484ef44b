// Which links the webview may open (issue 13, finding 14): only those of what the panel shows.
import * as assert from 'node:assert/strict';
import { parseInlineMarkdown, parseMarkdown } from '../../src/core/markdown';
import { LinksOnScreen, linksInView } from '../../src/host/panels/linkPolicy';
import type { HostToWebview } from '../../src/shared/protocol';

const question = { id: 'q1', type: 'single' as const, topicTitle: 'T', difficulty: 1 as const, stem: parseMarkdown('See [the guide](https://docs.aws.amazon.com/sagemaker/guide).'), choices: [parseInlineMarkdown('A')] };
const feedback: HostToWebview = {
  type: 'feedback', title: 'T', attempt: 0, question, progress: { index: 0, total: 1, answered: 1, flagged: false },
  feedback: { questionId: 'q1', correct: true, explanation: parseMarkdown('Read [more](https://aws.amazon.com/blogs/x).'), links: ['https://docs.aws.amazon.com/a'], terms: [{ id: 't', name: 'T', aliases: [], definition: 'd', link: 'https://docs.aws.amazon.com/term' }], choices: [] },
};

describe('links on screen (issue 13 finding 14)', () => {
  it('collects Markdown links, documentation links and term links of a view', () => {
    assert.deepEqual([...linksInView(feedback)].sort(), ['https://aws.amazon.com/blogs/x', 'https://docs.aws.amazon.com/a', 'https://docs.aws.amazon.com/sagemaker/guide', 'https://docs.aws.amazon.com/term']);
  });

  it('allows only the links of the last view and of an open term card', () => {
    const links = new LinksOnScreen();
    links.update(feedback);
    assert.equal(links.allows('https://docs.aws.amazon.com/a'), true);
    assert.equal(links.allows('https://evil.example/'), false);
    links.update({ type: 'termCard', term: { id: 'x', name: 'X', category: 'c', aliases: [], definition: 'd', tip: 't', link: 'https://docs.aws.amazon.com/x', questions: 0 } });
    assert.equal(links.allows('https://docs.aws.amazon.com/x'), true);
    links.update({ type: 'flagged', flagged: true });
    assert.equal(links.allows('https://docs.aws.amazon.com/a'), true, 'a flag change keeps the view');
    links.update({ type: 'empty', message: 'nothing' });
    assert.equal(links.allows('https://docs.aws.amazon.com/a'), false, 'the next view replaces the links');
    assert.equal(links.allows('https://evil.example/'), false);
  });

  it('ignores links that are not https', () => {
    const fb = feedback as Extract<HostToWebview, { type: 'feedback' }>;
    const v: HostToWebview = { ...fb, feedback: { ...fb.feedback, links: ['http://docs.aws.amazon.com/a', 'command:foo'] } };
    assert.equal([...linksInView(v)].some((u) => !u.startsWith('https://')), false);
  });
});
