// The Glossary view: terms by category. Choosing a term shows its definition; "Quiz me" starts a quiz on it.
import * as vscode from 'vscode';
import { TERM_CATEGORIES, type GlossaryTerm, type TermCategory } from '../../core/bank/model';
import { CATEGORY_TITLES } from '../../core/catalog/glossaryCards';
import { termTooltipMarkdown } from '../../core/terms/termTooltip';
import { CommandId } from '../commandIds';
import type { CatalogService } from '../catalogService';

export type GlossaryNode = { kind: 'category'; category: TermCategory } | { kind: 'term'; termId: string };

export const CATEGORY_ICONS: Record<TermCategory, string> = {
  'sagemaker-feature': 'beaker',
  'ai-service': 'sparkle',
  'ml-concept': 'lightbulb',
  'data-storage': 'database',
  'security-governance': 'shield',
};

export class GlossaryTreeProvider implements vscode.TreeDataProvider<GlossaryNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly catalog: CatalogService) {}

  /** Shows the terms again, after workspace glossaries changed. */
  refresh(): void {
    this.changed.fire();
  }

  /** A term's category, so the view can reveal a term ("Open in Glossary"). */
  async getParent(n: GlossaryNode): Promise<GlossaryNode | undefined> {
    if (n.kind !== 'term') return undefined;
    const term = (await this.catalog.load()).term(n.termId);
    return term && { kind: 'category', category: term.category };
  }

  async getChildren(parent?: GlossaryNode): Promise<GlossaryNode[]> {
    const index = await this.catalog.load();
    if (!parent) {
      return TERM_CATEGORIES.filter((c) => index.catalog.terms.some((t) => t.category === c)).map((category) => ({ kind: 'category', category }));
    }
    if (parent.kind !== 'category') return [];
    return index.catalog.terms
      .filter((t) => t.category === parent.category)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((t) => ({ kind: 'term', termId: t.id }));
  }

  async getTreeItem(n: GlossaryNode): Promise<vscode.TreeItem> {
    const index = await this.catalog.load();
    if (n.kind === 'category') {
      const count = index.catalog.terms.filter((t) => t.category === n.category).length;
      const item = new vscode.TreeItem(CATEGORY_TITLES[n.category], vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `category:${n.category}`;
      item.description = `${count}`;
      item.iconPath = new vscode.ThemeIcon(CATEGORY_ICONS[n.category]);
      item.contextValue = 'glossaryCategory';
      return item;
    }
    const term = index.term(n.termId) as GlossaryTerm;
    const questions = index.questionsAboutTerm(term.id).length;
    const item = new vscode.TreeItem(term.name, vscode.TreeItemCollapsibleState.None);
    item.id = `term:${term.id}`;
    item.description = questions > 0 ? `${questions} question${questions === 1 ? '' : 's'}` : undefined;
    item.tooltip = new vscode.MarkdownString(termTooltipMarkdown(term));
    item.contextValue = questions > 0 ? 'glossaryTermWithQuestions' : 'glossaryTerm';
    item.command = { command: CommandId.lookUpTerm, title: 'Show Definition', arguments: [term.id] };
    item.accessibilityInformation = { label: `${term.name}${item.description ? `, ${item.description}` : ''}` };
    return item;
  }
}

