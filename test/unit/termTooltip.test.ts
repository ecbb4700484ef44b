// Issue 11 item 6: glossary tooltips broke words in the middle ("mo/dels") because every space was
// turned into &nbsp;, leaving the hover no place to wrap but inside words.
import * as assert from 'node:assert/strict';
import { termTooltipMarkdown } from '../../src/core/terms/termTooltip';

describe('glossary tooltip (issue 11 item 6)', () => {
  const term = { name: 'Amazon SageMaker Model Registry', definition: 'A catalog of model versions with approval status, so pipelines deploy only approved models.', tip: 'Approval status gates deployment; think [registry] before <switch>.' };

  it('keeps ordinary spaces between words, so the hover wraps between them', () => {
    const md = termTooltipMarkdown(term);
    assert.doesNotMatch(md, /&nbsp;|\u00a0/);
    // Escapes (\. against autolinks) aside, the words and the spaces between them are as written.
    assert.match(md.replace(/\\(.)/g, '$1'), /so pipelines deploy only approved models\./);
  });

  it('shows the name, definition and tip as text: no link, HTML or icon from glossary text', () => {
    const md = termTooltipMarkdown({ ...term, tip: 'See [x](https://evil.example) <b>now</b> $(alert)' });
    assert.doesNotMatch(md, /[^\\]\]\(https:/, 'the bracket is escaped, so no link');
    assert.doesNotMatch(md, /[^\\]<b>/);
    assert.match(md, /\\\$\(alert\)/);
    assert.match(md, /^\*\*Amazon SageMaker Model Registry\*\*\n\n/);
  });
});
