// The "In Your Code" view: the glossary terms the workspace's code uses, by category, each with its
// places, the learner's mastery of it (its flashcard and the questions that cover it) and what is
// due; under a term, its places, which open the file at the term like "Find All References".
import * as vscode from 'vscode';
import { TERM_CATEGORIES, type GlossaryTerm, type TermCategory } from '../../core/bank/model';
import type { CatalogIndex } from '../../core/catalog/catalogIndex';
import { CATEGORY_TITLES } from '../../core/catalog/glossaryCards';
import { parseExamDate } from '../../core/progress/examDate';
import { isMastered, masteryDefinition, masteryHorizon, setMastery } from '../../core/progress/mastery';
import { termCardId } from '../../core/progress/model';
import { summarize } from '../../core/progress/stats';
import type { TermLocation } from '../../core/terms/usage/termUsage';
import type { CatalogService } from '../catalogService';
import { CommandId } from '../commandIds';
import type { ProgressStore } from '../storage/progressStore';
import { CATEGORY_ICONS } from '../views/glossaryTree';
import type { CodeScanner } from './codeScanner';

export type CodeNode =
  | { kind: 'category'; category: TermCategory }
  | { kind: 'term'; termId: string; category: TermCategory }
  | { kind: 'location'; termId: string; category: TermCategory; location: TermLocation };

/** The ids of the questions that cover a term: its flashcard and its bank questions. */
export function termQuestionIds(index: CatalogIndex, termId: string): string[] {
  return [termCardId(termId), ...index.questionsAboutTerm(termId).map((q) => q.id)];
}

export class InYourCodeTree implements vscode.TreeDataProvider<CodeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly catalog: CatalogService,
    private readonly progress: ProgressStore,
    private readonly scanner: CodeScanner,
  ) {
    this.subscriptions = [
      // During a scan the tree fills in as files are read, a few times a second at most.
      scanner.onDidChange(() => this.refreshSoon()),
      progress.onDidChange(() => this.refreshSoon()),
    ];
  }

  private refreshSoon(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.changed.fire();
    }, this.scanner.state.kind === 'scanning' ? 300 : 50);
  }

  async getChildren(parent?: CodeNode): Promise<CodeNode[]> {
    // The first scan starts when the view first asks for its rows: when it is shown, never at activation.
    this.scanner.ensureStarted();
    const counts = this.scanner.usage.countsByTerm();
    if (counts.size === 0) return [];
    const index = await this.catalog.load();
    const found = [...counts.keys()].map((id) => index.term(id)).filter((t): t is GlossaryTerm => t !== undefined);
    if (!parent) {
      return TERM_CATEGORIES.filter((c) => found.some((t) => t.category === c)).map((category) => ({ kind: 'category', category }));
    }
    if (parent.kind === 'category') {
      return found
        .filter((t) => t.category === parent.category)
        .sort((a, b) => counts.get(b.id)! - counts.get(a.id)! || a.name.localeCompare(b.name))
        .map((t) => ({ kind: 'term', termId: t.id, category: t.category }));
    }
    if (parent.kind === 'term') return this.scanner.usage.locations(parent.termId).map((location) => ({ kind: 'location', termId: parent.termId, category: parent.category, location }));
    return [];
  }

  getParent(n: CodeNode): CodeNode | undefined {
    if (n.kind === 'term') return { kind: 'category', category: n.category };
    if (n.kind === 'location') return { kind: 'term', termId: n.termId, category: n.category };
    return undefined;
  }

  async getTreeItem(n: CodeNode): Promise<vscode.TreeItem> {
    if (n.kind === 'location') return locationItem(n.termId, n.location);
    const index = await this.catalog.load();
    const counts = this.scanner.usage.countsByTerm();
    if (n.kind === 'category') {
      const terms = [...counts.keys()].filter((id) => index.term(id)?.category === n.category).length;
      const item = new vscode.TreeItem(CATEGORY_TITLES[n.category], vscode.TreeItemCollapsibleState.Expanded);
      item.id = `category:${n.category}`;
      item.description = terms === 1 ? vscode.l10n.t('1 term') : vscode.l10n.t('{0} terms', terms);
      item.iconPath = new vscode.ThemeIcon(CATEGORY_ICONS[n.category]);
      item.contextValue = 'inYourCodeCategory';
      return item;
    }
    return this.termItem(index, n.termId, counts.get(n.termId) ?? 0);
  }

  private termItem(index: CatalogIndex, termId: string, places: number): vscode.TreeItem {
    const term = index.term(termId)!;
    const files = this.scanner.usage.fileCountOf(termId);
    const ids = termQuestionIds(index, termId);
    const now = new Date();
    const examDate = parseExamDate(vscode.workspace.getConfiguration('sagemakerStudy').get<string>('study.examDate'));
    const state = this.progress.current;
    const p = summarize(ids, state, now, this.progress.options);
    const mastery = setMastery(ids, state, { now, horizon: masteryHorizon(now, examDate), retention: this.progress.options.retention });
    const percent = Math.round(100 * mastery);
    const item = new vscode.TreeItem(term.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `term:${termId}`;
    const placesText = places === 1 ? vscode.l10n.t('1 place') : vscode.l10n.t('{0} places', places);
    item.description = p.due > 0 ? vscode.l10n.t('{0} · {1}% · {2} due', placesText, percent, p.due) : vscode.l10n.t('{0} · {1}%', placesText, percent);
    item.iconPath = p.answered === 0
      ? new vscode.ThemeIcon('circle-large-outline')
      : p.due > 0
        ? new vscode.ThemeIcon('history', new vscode.ThemeColor('charts.orange'))
        : isMastered(mastery)
          ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
          : new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(mastery >= 0.5 ? 'charts.blue' : 'charts.yellow'));
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escapeMd(term.name)}**\n\n${escapeMd(term.definition)}\n\n`);
    md.appendMarkdown(`${escapeMd(vscode.l10n.t('Used in {0} in {1} of your files.', placesText, files))}\n\n`);
    md.appendMarkdown(`**${escapeMd(vscode.l10n.t('Mastery {0}%', percent))}** · ${escapeMd(vscode.l10n.t('{0} of {1} questions answered, {2} due', p.answered, p.total, p.due))}\n\n`);
    md.appendMarkdown(escapeMd(masteryDefinition(now, examDate)));
    item.tooltip = md;
    item.contextValue = 'inYourCodeTerm';
    item.accessibilityInformation = { label: vscode.l10n.t('{0}, {1}, {2}% mastery, {3} due', term.name, placesText, percent, p.due) };
    return item;
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

/** A place: `file.py:12` (or `notebook.ipynb, cell 3:4`) beside the line it is on; a click opens it at the term. */
function locationItem(termId: string, { file, hit }: TermLocation): vscode.TreeItem {
  const uri = vscode.Uri.parse(file);
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const where = hit.cell !== undefined ? vscode.l10n.t('{0}, cell {1}:{2}', name, hit.cell + 1, hit.line + 1) : `${name}:${hit.line + 1}`;
  const item = new vscode.TreeItem(where, vscode.TreeItemCollapsibleState.None);
  item.id = `loc:${termId}:${file}:${hit.cell ?? ''}:${hit.line}:${hit.column}`;
  item.description = hit.preview;
  item.resourceUri = uri;
  item.iconPath = vscode.ThemeIcon.File;
  item.tooltip = `${vscode.workspace.asRelativePath(uri)}:${hit.line + 1}:${hit.column + 1}${hit.cell !== undefined ? ` (${vscode.l10n.t('cell {0}', hit.cell + 1)})` : ''}\n${hit.preview}`;
  item.contextValue = 'inYourCodeLocation';
  item.accessibilityInformation = { label: `${where}, ${hit.preview}` };
  item.command = { command: CommandId.openCodeLocation, title: vscode.l10n.t('Open'), arguments: [file, hit.cell, hit.line, hit.column, hit.endColumn] };
  return item;
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
