// The Glossary view's tooltip for a term, as Markdown. Built here rather than with MarkdownString's
// appendText, which turns every space into &nbsp;: the whole definition then becomes one unbreakable
// "word" that the hover wraps anywhere, even inside words ("mo/dels", "switc/h").
import * as l10n from '@vscode/l10n';
import type { GlossaryTerm } from '../bank/model';
import { esc } from './hoverMarkdown';

export function termTooltipMarkdown(term: Pick<GlossaryTerm, 'name' | 'definition' | 'tip'>): string {
  return [`**${esc(term.name)}**`, esc(term.definition), `**${l10n.t('Exam tip:')}** ${esc(term.tip)}`].join('\n\n');
}
