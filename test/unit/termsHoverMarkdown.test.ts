// The hover's Markdown: every part the issue lists, links only to the two hover commands and the
// docs, and glossary text that cannot add links, HTML or icons.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { GlossaryTerm } from '../../src/core/bank/model';
import { docsLink, termHoverMarkdown, type TermHoverInput } from '../../src/core/terms/hoverMarkdown';

const TERM: GlossaryTerm = {
  id: 'serverless-inference',
  name: 'Serverless Inference',
  category: 'sagemaker-feature',
  aliases: ['serverless endpoint'],
  code: [{ name: 'ServerlessInferenceConfig' }],
  definition: 'Runs a model on capacity that `SageMaker` scales, *to zero* when idle.',
  tip: 'Cold starts are the trade-off.',
  related: ['async-inference'],
  link: 'https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html',
};

const COMMANDS = { quizTerm: 'sagemakerStudy.quizTerm', lookUpTerm: 'sagemakerStudy.lookUpTerm' };

function render(over: Partial<TermHoverInput> = {}): string {
  return termHoverMarkdown({ term: TERM, matchedText: 'ServerlessInferenceConfig', questions: 4, attempts: 8, correct: 6, related: [{ id: 'async-inference', name: 'Asynchronous Inference' }], commands: COMMANDS, ...over });
}

const arg = (id: string) => encodeURIComponent(JSON.stringify([id]));

describe('term hover Markdown', () => {
  it('shows the name and category, definition, tip, related terms, coverage, accuracy and the links', () => {
    const md = render();
    assert.match(md, /^\*\*Serverless Inference\*\* · _SageMaker feature_/);
    assert.ok(md.includes('Runs a model on capacity that `SageMaker` scales, *to zero* when idle\\.'), 'inline code and emphasis are kept');
    assert.ok(md.includes('**Exam tip:** Cold starts are the trade-off\\.'));
    assert.ok(md.includes(`Related: [Asynchronous Inference](command:sagemakerStudy.lookUpTerm?${arg('async-inference')})`));
    assert.ok(md.includes('4 bank questions cover this term · 75% right so far (6 of 8 answers)'));
    assert.ok(md.includes(`[$(mortar-board) Quiz me on this term](command:sagemakerStudy.quizTerm?${arg('serverless-inference')})`));
    assert.ok(md.includes(`[$(book) Open in glossary](command:sagemakerStudy.lookUpTerm?${arg('serverless-inference')})`));
    assert.ok(md.includes(`[$(link-external) AWS docs](${TERM.link})`));
  });

  it('says when the term is not practised yet, and offers its flashcard when no question covers it', () => {
    assert.ok(render({ attempts: 0, correct: 0 }).includes('4 bank questions cover this term · not practised yet'));
    assert.ok(render({ questions: 1, attempts: 0, correct: 0 }).includes('1 bank question covers this term · not practised yet'));
    const none = render({ questions: 0, attempts: 0, correct: 0 });
    assert.ok(none.includes('No bank questions cover this term yet; its flashcard is in the glossary'));
    assert.ok(none.includes('Quiz me on this term'));
    assert.ok(none.includes('Open in glossary'));
  });

  it('adds the family, accelerators and use for an instance type', () => {
    const md = render({ matchedText: 'ml.g5.12xlarge' });
    assert.ok(md.includes('`ml.g5.12xlarge` · G5 family, accelerated computing: 4 × NVIDIA A10G Tensor Core GPU, 24 GB each. For cost-effective GPU inference and small to medium training jobs.'));
    assert.ok(!/family/.test(render({ matchedText: 'ml.constructor.xlarge' })), 'no family for a prototype name');
    assert.ok(!render().includes('family,'), 'nothing of the kind for other names');
  });

  it('lets glossary text add no link, HTML or icon, and links nowhere but the two commands and the docs', () => {
    const hostile: GlossaryTerm = {
      ...TERM,
      name: 'Evil [x](command:workbench.action.terminal.new)',
      definition: 'See <img src=x onerror=alert(1)> and [run](command:workbench.action.files.delete) $(alert) \\[',
      tip: '<https://evil.example> [a]: command:evil',
      link: 'https://docs.aws.amazon.com/a_(b) c.html',
    };
    const md = render({ term: hostile, related: [{ id: 'x', name: 'Related ](command:evil)' }] });
    // Rendered as a Markdown engine would: the only links are the ones the hover builds.
    const html = new MarkdownIt().render(md);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/\?.*$/, ''));
    assert.deepEqual([...new Set(hrefs)].sort(), ['command:sagemakerStudy.lookUpTerm', 'command:sagemakerStudy.quizTerm', 'https://docs.aws.amazon.com/a_%28b%29%20c.html']);
    assert.ok(!/<img|<https/.test(html), 'no HTML and no autolink from glossary text');
    assert.ok(md.includes('\\$(alert)'), 'an icon in glossary text shows as text');
    assert.ok(md.includes('[$(link-external) AWS docs](https://docs.aws.amazon.com/a_%28b%29%20c.html)'));
  });

  // Issue 13, finding 10: GFM autolinks in glossary text became live links in the real VS Code.
  it('escapes autolinks: no URL, www name or e-mail address in glossary text becomes a link', () => {
    const hostile: GlossaryTerm = {
      ...TERM,
      name: 'Phish https://evil.example/name',
      definition: 'Go to https://evil.example/phish or www.evil.example/x, or mail mailto:a@evil.example or b@evil.example. ftp://evil.example too.',
      tip: 'See http://evil.example\n\n- www.evil.example\n# https://evil.example/h `code\n\n[x](https://evil.example/c)`',
    };
    const md = render({ term: hostile, related: [{ id: 'x', name: 'https://evil.example/r' }] });
    // markdown-it with linkify (and its fuzzy links) finds more than GitHub's autolinks do.
    const html = new MarkdownIt({ linkify: true }).render(md);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/\?.*$/, ''));
    assert.deepEqual([...new Set(hrefs)].sort(), ['command:sagemakerStudy.lookUpTerm', 'command:sagemakerStudy.quizTerm', TERM.link]);
    assert.ok(html.includes('Go to https://evil.example/phish or www.evil.example/x'), 'the text still reads as written');
  });

  it('links documentation only over https on an allowed host', () => {
    const link = (l: string) => docsLink(l)?.url;
    assert.equal(link('https://docs.aws.amazon.com/sagemaker/latest/dg/x.html'), 'https://docs.aws.amazon.com/sagemaker/latest/dg/x.html');
    assert.equal(docsLink('https://sagemaker.readthedocs.io/en/stable/x.html')?.label, 'SDK docs');
    for (const bad of ['http://docs.aws.amazon.com/x', 'https://evil.example/x', 'https://docs.aws.amazon.com.evil.example/x', 'https://user@docs.aws.amazon.com/x', 'https://docs.aws.amazon.com:8443/x', 'javascript:alert(1)', 'command:workbench.action.terminal.new', 'not a url']) {
      assert.equal(link(bad), undefined, bad);
    }
    const md = render({ term: { ...TERM, link: 'https://evil.example/docs' } });
    assert.ok(!md.includes('evil'), 'a link elsewhere is left out of the hover');
    assert.ok(md.includes('Quiz me on this term'));
  });

  // Issue 11, item 5: `/opt/ml/input/data/\<channel\>` showed its backslashes.
  it('keeps code spans as written: no backslash shows inside one', () => {
    const md = render({ term: { ...TERM, definition: 'Mounted under `/opt/ml/input/data/<channel>`; a ``code with ` tick`` and a lone ` tick <b>.' } });
    assert.ok(md.includes('`/opt/ml/input/data/<channel>`'), md);
    const html = new MarkdownIt().render(md);
    assert.ok(html.includes('<code>/opt/ml/input/data/&lt;channel&gt;</code>'), html);
    assert.ok(html.includes('<code>code with ` tick</code>'), html);
    assert.ok(html.includes('a lone ` tick &lt;b&gt;.'), html);
    assert.ok(!html.includes('\\'), 'no backslash is shown');
  });

  // Issue 13, finding 12: the hover Markdown threw for `ml.constructor.*`.
  it('never throws for prototype names in the matched text or the category', () => {
    for (const matchedText of ['ml.constructor.xlarge', 'ml.__proto__.xlarge', 'ml.g5.constructor', 'ml.g5.__proto__', 'ml.toString.hasOwnProperty']) {
      const md = render({ matchedText });
      assert.ok(!md.includes('function'), matchedText);
    }
    assert.match(render({ term: { ...TERM, category: 'constructor' as GlossaryTerm['category'] } }), /_Term_/);
  });
});
