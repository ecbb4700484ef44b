// Hover lookups of glossary terms in code and prose. Never throws: a failed lookup is no hover.
import * as vscode from 'vscode';
import type { GlossaryTerm } from '../../core/bank/model';
import { importedModules } from '../../core/terms/termIndex';
import { progressOf } from '../../core/progress/progressState';
import { CommandId, HOVER_COMMANDS } from '../commandIds';
import type { CatalogService } from '../catalogService';
import type { ProgressStore } from '../storage/progressStore';

/** Languages the hover serves, and the activation events in package.json that match them. */
export const HOVER_LANGUAGES = ['python', 'javascript', 'typescript', 'json', 'jsonc', 'yaml', 'terraform', 'hcl', 'markdown'];

/** How much text around the cursor a lookup reads. */
const WINDOW = 400;

const CATEGORY_LABEL: Record<GlossaryTerm['category'], string> = {
  'sagemaker-feature': 'SageMaker feature',
  'ai-service': 'AI service',
  'ml-concept': 'ML concept',
  'data-storage': 'Data and storage',
  'security-governance': 'Security and governance',
};

export class TermHoverProvider implements vscode.HoverProvider {
  private importsCache = new WeakMap<vscode.TextDocument, { version: number; modules: Set<string> }>();

  constructor(
    private readonly catalog: CatalogService,
    private readonly progress: ProgressStore,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    try {
      const found = await this.termAt(doc, pos);
      if (!found) return undefined;
      const index = await this.catalog.load();
      const term = index.term(found.termId);
      if (!term) return undefined;
      const questions = index.questionsAboutTerm(term.id).map((q) => q.id);
      return new vscode.Hover(renderTermHover(term, questions, this.progress, index.term.bind(index)), found.range);
    } catch (err) {
      this.log.error(`Hover failed: ${String(err)}`);
      return undefined;
    }
  }

  /** The glossary term at a position, with the range it covers. */
  async termAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<{ termId: string; range: vscode.Range } | undefined> {
    const terms = await this.catalog.termIndex();
    const offset = doc.offsetAt(pos);
    const from = Math.max(0, offset - WINDOW);
    const text = doc.getText(new vscode.Range(doc.positionAt(from), doc.positionAt(offset + WINDOW)));
    const match = terms.termAt(text, offset - from, this.importsOf(doc));
    if (!match) return undefined;
    return { termId: match.termId, range: new vscode.Range(doc.positionAt(from + match.start), doc.positionAt(from + match.end)) };
  }

  private importsOf(doc: vscode.TextDocument): Set<string> {
    const cached = this.importsCache.get(doc);
    if (cached?.version === doc.version) return cached.modules;
    const modules = importedModules(doc.getText());
    this.importsCache.set(doc, { version: doc.version, modules });
    return modules;
  }
}

export function renderTermHover(
  term: GlossaryTerm,
  questionIds: string[],
  progress: ProgressStore,
  termById: (id: string) => GlossaryTerm | undefined,
): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  // Only our own commands may run from this hover.
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.appendMarkdown(`**${esc(term.name)}** · _${CATEGORY_LABEL[term.category]}_\n\n`);
  md.appendMarkdown(`${esc(term.definition)}\n\n`);
  md.appendMarkdown(`$(lightbulb) **Exam tip:** ${esc(term.tip)}\n\n`);
  const related = term.related.map((id) => termById(id)?.name).filter((n): n is string => !!n);
  if (related.length > 0) md.appendMarkdown(`Related: ${related.map(esc).join(', ')}\n\n`);
  const p = progressOf(questionIds, progress.current);
  const accuracy = p.attempts === 0 ? 'not practised yet' : `${Math.round((100 * p.correct) / p.attempts)}% right so far`;
  md.appendMarkdown(`${questionIds.length} question${questionIds.length === 1 ? '' : 's'} cover this · ${accuracy}\n\n`);
  const args = encodeURIComponent(JSON.stringify([term.id]));
  md.appendMarkdown(`[$(mortar-board) Quiz me on this term](command:${CommandId.quizTerm}?${args}) · `);
  md.appendMarkdown(`[$(book) Open in glossary](command:${CommandId.lookUpTerm}?${args}) · `);
  md.appendMarkdown(`[$(link-external) AWS docs](${term.link})`);
  return md;
}

/** Glossary text may use inline code and emphasis; brackets and angle brackets stay literal, so it can add no links or HTML. */
function esc(text: string): string {
  return text.replace(/[\\[\]<>]/g, '\\$&');
}
