// The Topics view: exam, then domain, then topic, each with its question count and progress.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../../core/catalog/catalogIndex';
import { parseExamDate } from '../../core/progress/examDate';
import { isMastered, masteryDefinition, masteryHorizon, setMastery } from '../../core/progress/mastery';
import { summarize, type ProgressSummary } from '../../core/progress/stats';
import { CommandId } from '../commandIds';
import type { CatalogService } from '../catalogService';
import type { ProgressStore } from '../storage/progressStore';

/** The exam the learner chose to see ("Choose your exam"), kept across reloads. */
const EXAM_FILTER_KEY = 'sagemakerStudy.topics.examFilter';

export type TopicsNode =
  | { kind: 'exam'; id: string; exam: string }
  | { kind: 'domain'; id: string; exam: string; domain: number }
  | { kind: 'topic'; id: string; topic: string };

export class TopicsTreeProvider implements vscode.TreeDataProvider<TopicsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TopicsNode | TopicsNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** One node object per id, so a refresh can name exactly the nodes that changed. */
  private readonly nodes = new Map<string, TopicsNode>();
  private readonly subscription: vscode.Disposable;
  /** Show one exam only, or all when undefined. */
  private examFilter: string | undefined;
  private readonly filterChanged = new vscode.EventEmitter<string | undefined>();
  /** Fires when the exam filter changes, so the view can say that a filter is on. */
  readonly onDidChangeFilter = this.filterChanged.event;

  constructor(
    private readonly catalog: CatalogService,
    private readonly progress: ProgressStore,
    private readonly log?: vscode.LogOutputChannel,
    /** where the chosen exam is kept, so it survives a reload */
    private readonly memento?: vscode.Memento,
  ) {
    this.subscription = progress.onDidChange((ids) => (ids ? void this.refreshFor(ids) : this.refreshAll()));
    const saved = memento?.get<unknown>(EXAM_FILTER_KEY);
    this.examFilter = typeof saved === 'string' ? saved : undefined;
  }

  private node<T extends TopicsNode>(n: T): T {
    const existing = this.nodes.get(n.id);
    if (existing) return existing as T;
    this.nodes.set(n.id, n);
    return n;
  }

  private async refreshFor(questionIds: string[]): Promise<void> {
    const index = await this.catalog.load();
    const changed = new Set<TopicsNode>();
    for (const id of questionIds) {
      const topic = index.topic(index.question(id)?.topic ?? '');
      if (!topic) continue;
      for (const key of [`topic:${topic.id}`, `domain:${topic.exam}:${topic.domain}`, `exam:${topic.exam}`]) {
        const n = this.nodes.get(key);
        if (n) changed.add(n);
      }
    }
    if (changed.size > 0) this.changed.fire([...changed]);
  }

  refreshAll(): void {
    this.changed.fire(undefined);
  }

  get filter(): string | undefined {
    return this.examFilter;
  }

  setFilter(exam: string | undefined): void {
    this.examFilter = exam;
    void this.memento?.update(EXAM_FILTER_KEY, exam);
    this.filterChanged.fire(exam);
    this.refreshAll();
  }

  async getChildren(parent?: TopicsNode): Promise<TopicsNode[]> {
    let index: CatalogIndex;
    try {
      index = await this.catalog.load();
    } catch (err) {
      // No children: the view shows its welcome content, and the log says why.
      this.log?.error(vscode.l10n.t('The question banks could not be loaded: {0}', String(err)));
      return [];
    }
    if (!parent) {
      return index.exams
        .filter((e) => !this.examFilter || e.code === this.examFilter)
        .map((e) => this.node({ kind: 'exam', id: `exam:${e.code}`, exam: e.code }));
    }
    if (parent.kind === 'exam') {
      const exam = index.exam(parent.exam);
      return (exam?.domains ?? [])
        .filter((d) => index.topicsOf(parent.exam, d.number).length > 0)
        .map((d) => this.node({ kind: 'domain', id: `domain:${parent.exam}:${d.number}`, exam: parent.exam, domain: d.number }));
    }
    if (parent.kind === 'domain') {
      return index.topicsOf(parent.exam, parent.domain).map((t) => this.node({ kind: 'topic', id: `topic:${t.id}`, topic: t.id }));
    }
    return [];
  }

  async getTreeItem(n: TopicsNode): Promise<vscode.TreeItem> {
    const index = await this.catalog.load();
    const ids = questionIdsOf(index, n);
    const now = new Date();
    const p = summarize(ids, this.progress.current, now, this.progress.options);
    const examDate = parseExamDate(vscode.workspace.getConfiguration('sagemakerStudy').get<string>('study.examDate'));
    const mastery = setMastery(ids, this.progress.current, { now, horizon: masteryHorizon(now, examDate), retention: this.progress.options.retention });
    const label = labelOf(index, n);
    // Exams open, domains closed: the tree starts at a dozen rows, not thirty.
    const item = new vscode.TreeItem(label, collapsibleStateOf(n));
    item.id = n.id;
    item.description = describe(p, mastery);
    item.contextValue = n.kind;
    item.iconPath = iconFor(n, p, mastery);
    item.tooltip = tooltipFor(index, n, label, p, mastery, masteryDefinition(now, examDate));
    item.accessibilityInformation = { label: `${label}, ${describeInWords(p, mastery)}` };
    if (n.kind === 'topic') {
      item.command = { command: CommandId.startTopicQuiz, title: vscode.l10n.t('Start Quiz'), arguments: [n.topic] };
    }
    if (n.kind !== 'topic' && p.total === 0) item.collapsibleState = vscode.TreeItemCollapsibleState.None;
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
    this.filterChanged.dispose();
  }
}

export function questionIdsOf(index: CatalogIndex, n: TopicsNode): string[] {
  const qs =
    n.kind === 'exam' ? index.questionsOfExam(n.exam)
    : n.kind === 'domain' ? index.questionsOfDomain(n.exam, n.domain)
    : index.questionsOfTopic(n.topic);
  return qs.map((q) => q.id);
}

function labelOf(index: CatalogIndex, n: TopicsNode): string {
  if (n.kind === 'exam') return `${n.exam} · ${index.exam(n.exam)?.name ?? ''}`;
  if (n.kind === 'domain') return `${n.domain}. ${index.exam(n.exam)?.domains.find((d) => d.number === n.domain)?.title ?? ''}`;
  return index.topic(n.topic)?.title ?? n.topic;
}

export function collapsibleStateOf(n: TopicsNode): vscode.TreeItemCollapsibleState {
  if (n.kind === 'exam') return vscode.TreeItemCollapsibleState.Expanded;
  return n.kind === 'domain' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
}

/** Short enough to read beside a topic title in a narrow sidebar: "0/10", "4/10 · 35%" or "4/10 · 35% · 2 due". */
export function describe(p: ProgressSummary, mastery: number): string {
  const parts = p.answered === 0 ? [`0/${p.total}`] : [`${p.answered}/${p.total}`, `${Math.round(100 * mastery)}%`];
  if (p.due > 0) parts.push(vscode.l10n.t('{0} due', p.due));
  return parts.join(' · ');
}

/** The same figures as a phrase for screen readers (and the tree item's accessible name). */
export function describeInWords(p: ProgressSummary, mastery: number): string {
  const words = vscode.l10n.t('{0}/{1} answered, {2}% mastery', p.answered, p.total, Math.round(100 * mastery));
  return p.due > 0 ? `${words}, ${vscode.l10n.t('{0} due', p.due)}` : words;
}

function iconFor(n: TopicsNode, p: ProgressSummary, mastery: number): vscode.ThemeIcon {
  if (n.kind === 'exam') return new vscode.ThemeIcon('mortar-board');
  if (n.kind === 'domain') return new vscode.ThemeIcon('folder-library');
  if (p.answered === 0) return new vscode.ThemeIcon('circle-large-outline');
  if (p.due > 0) return new vscode.ThemeIcon('history', new vscode.ThemeColor('charts.orange'));
  if (isMastered(mastery)) return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
  return new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(mastery >= 0.5 ? 'charts.blue' : 'charts.yellow'));
}

function tooltipFor(index: CatalogIndex, n: TopicsNode, label: string, p: ProgressSummary, mastery: number, definition: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escapeMd(label)}**\n\n`);
  if (n.kind === 'topic') md.appendMarkdown(`${escapeMd(index.topic(n.topic)?.summary ?? '')}\n\n`);
  if (n.kind === 'domain') {
    const weight = index.exam(n.exam)?.domains.find((d) => d.number === n.domain)?.weight;
    if (weight !== undefined) md.appendMarkdown(`${vscode.l10n.t('Exam weight: {0}%', weight)}\n\n`);
  }
  const accuracy = p.attempts === 0 ? vscode.l10n.t('no answers yet') : vscode.l10n.t('{0}% of {1} answers right', Math.round((100 * p.correct) / p.attempts), p.attempts);
  md.appendMarkdown(`${vscode.l10n.t('{0} questions · {1} answered · {2}', p.total, p.answered, accuracy)}\n\n`);
  const masteryText = isMastered(mastery) ? vscode.l10n.t('**Mastery {0}%** (mastered)', Math.round(100 * mastery)) : vscode.l10n.t('**Mastery {0}%**', Math.round(100 * mastery));
  md.appendMarkdown(`${masteryText} · ${vscode.l10n.t('{0} due', p.due)}`);
  if (p.leeches > 0) md.appendMarkdown(` · ${p.leeches === 1 ? vscode.l10n.t('1 leech') : vscode.l10n.t('{0} leeches', p.leeches)}`);
  // Escaped Markdown, not appendText, whose &nbsp; for every space makes the hover break words.
  md.appendMarkdown(`\n\n${escapeMd(definition)}`);
  if (p.lastStudied) md.appendMarkdown(`\n\n${vscode.l10n.t('Last studied {0}', new Date(p.lastStudied).toLocaleString())}`);
  return md;
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** While an exam filter is on, the view says so and how to clear it; a context key shows the clear button. */
export function showFilterState(view: vscode.TreeView<TopicsNode>, topics: TopicsTreeProvider): vscode.Disposable {
  const show = (exam: string | undefined) => {
    view.description = exam ? vscode.l10n.t('{0} only', exam) : undefined;
    view.message = exam ? vscode.l10n.t("Showing {0} only. To see every exam, use Clear Exam Filter in this view's title bar.", exam) : undefined;
    void vscode.commands.executeCommand('setContext', 'sagemakerStudy.topicsFiltered', exam !== undefined);
  };
  // A filter restored from the last session shows at once.
  if (topics.filter) show(topics.filter);
  return topics.onDidChangeFilter(show);
}
