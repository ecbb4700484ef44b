// Commands about one question: report a problem with it (a prefilled issue the learner reads in
// full before anything opens), suspend it (never asked until restored) and restore suspended ones.
import * as vscode from 'vscode';
import { command, type CommandEntry } from './lazyCommands';
import type { CatalogIndex } from '../../core/catalog/catalogIndex';
import { mdToPlainText } from '../../core/mdTree';
import { isSuspended, suspendedIds } from '../../core/progress/suspension';
import { reportLink, ReportLinkError, type ReportLink } from '../../core/report/questionReport';
import { questionSource, reportOf } from '../../core/report/questionSource';
import { CommandId } from '../commandIds';
import type { CatalogService } from '../catalogService';
import type { QuizPanelApi } from '../panels/quizPanelLoader';
import type { ProgressStore } from '../storage/progressStore';

/** What the report asks and shows; integration tests put their own in to check the link without opening it. */
export interface ReportUi {
  /** the learner's note, or undefined when they cancel */
  note(questionId: string): Thenable<string | undefined>;
  /** shows the full report; true when the learner chooses to open it */
  confirm(link: ReportLink): Thenable<boolean>;
  /** opens the link in the browser, exactly as built */
  open(url: string): Thenable<boolean>;
}

export const vscodeReportUi: ReportUi = {
  note: (id) => vscode.window.showInputBox({
    title: vscode.l10n.t('Report a problem with question {0}', id),
    prompt: vscode.l10n.t('What is wrong? (a wrong answer key, an unclear stem, an outdated service…) You see the whole report before anything is sent.'),
    placeHolder: vscode.l10n.t('e.g. Choice B is also right, because…'),
    ignoreFocusOut: true,
  }),
  confirm: async (link) => {
    const open = vscode.l10n.t('Open Issue Page');
    const copy = vscode.l10n.t('Copy Text');
    const detail = vscode.l10n.t('This opens a new issue in your browser with the text below. Nothing is sent until you submit it there.\n\nTitle: {0}\n\n{1}', link.title, link.body);
    const pick = await vscode.window.showInformationMessage(vscode.l10n.t('Report this problem?'), { modal: true, detail }, open, copy);
    if (pick === copy) await vscode.env.clipboard.writeText(`${link.title}\n\n${link.body}`);
    return pick === open;
  },
  // The link goes as a string: VS Code opens a string as it is, but a Uri it decodes and re-encodes
  // with encodeURI, which would leave an `&` or `#` of the learner's note unescaped and cut the body.
  // openExternal has taken strings since 1.44 (its typing still says Uri).
  open: (url) => vscode.env.openExternal(url as unknown as vscode.Uri),
};

export interface QuestionCommandDeps {
  catalog: CatalogService;
  progress: ProgressStore;
  quiz: QuizPanelApi;
  /** the extension's package.json (its version and repository), read when a report is made */
  packageJson: () => { version?: unknown; repository?: { url?: unknown } | string } | undefined;
  ui?: () => ReportUi;
}

export function questionCommands(d: QuestionCommandDeps): CommandEntry[] {
  const ui = d.ui ?? (() => vscodeReportUi);
  const reg = command;
  return [
    reg(CommandId.reportQuestion, async (questionId?: string) => {
      const index = await d.catalog.load();
      const id = typeof questionId === 'string' ? questionId : await pickQuestion(index, d, vscode.l10n.t('Report a problem with which question?'));
      if (id) return reportQuestion(index, id, d, ui());
    }),
    reg(CommandId.suspendQuestion, async (questionId?: string) => {
      const index = await d.catalog.load();
      const id = typeof questionId === 'string' ? questionId : await pickQuestion(index, d, vscode.l10n.t('Suspend which question? It is never asked again until you restore it.'));
      if (!id || !index.question(id)) return;
      if (isSuspended(d.progress.current, id)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: this question is suspended already.'));
        return;
      }
      await d.progress.setSuspended([id], true);
      // Not awaited: the panel that asked goes on at once; Undo works for as long as the message shows.
      const undo = vscode.l10n.t('Undo');
      void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: suspended "{0}". It is never asked again until you restore it (Restore Suspended Questions…).', stemOf(index, id, 60)), undo)
        .then((pick) => (pick === undo ? d.progress.setSuspended([id], false) : undefined));
    }),
    reg(CommandId.restoreSuspended, async () => {
      const index = await d.catalog.load();
      const ids = [...suspendedIds(d.progress.current)];
      if (ids.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: no question is suspended.'));
        return;
      }
      const picks = ids.map((id) => ({
        label: index.question(id) ? stemOf(index, id, 100) : id,
        description: index.question(id) ? id : vscode.l10n.t('no longer in the banks'),
        detail: vscode.l10n.t('suspended {0}', new Date(d.progress.current.suspended[id].at).toLocaleDateString()),
        id,
      }));
      const chosen = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Restore suspended questions'), placeHolder: vscode.l10n.t('Check the questions to ask again'), canPickMany: true, matchOnDescription: true });
      if (!chosen || chosen.length === 0) return;
      const restored = await d.progress.setSuspended(chosen.map((c) => c.id), false);
      void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: restored {0} question(s); rounds ask them again.', restored.length));
    }),
  ];
}

/** Builds the report, shows it whole, and opens the new-issue page only when the learner says so. */
async function reportQuestion(index: CatalogIndex, id: string, d: QuestionCommandDeps, ui: ReportUi): Promise<void> {
  const source = questionSource(index, id);
  if (!source) {
    void vscode.window.showErrorMessage(vscode.l10n.t('SageMaker Study: there is no question {0} in the banks.', id));
    return;
  }
  if (source.workspace) return openOwnBank(source.file, source.line);
  const note = await ui.note(id);
  if (note === undefined) return;
  const pkg = d.packageJson() ?? {};
  const version = typeof pkg.version === 'string' ? pkg.version : 'unknown';
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  let link: ReportLink;
  try {
    link = reportLink(repo, reportOf(index, id, version, note)!);
  } catch (err) {
    if (!(err instanceof ReportLinkError)) throw err;
    void vscode.window.showErrorMessage(vscode.l10n.t('SageMaker Study: cannot build the report: {0}.', err.message));
    return;
  }
  if (!(await ui.confirm(link))) return;
  await ui.open(link.url);
}

/** A question of the learner's own bank is theirs to fix: open it where it stands. */
async function openOwnBank(file: string | undefined, line: number | undefined): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.find((f) => file?.startsWith(`${f.name}/`));
  const uri = file && (folder ? vscode.Uri.joinPath(folder.uri, file.slice(folder.name.length + 1)) : folders[0] && vscode.Uri.joinPath(folders[0].uri, file));
  const openIt = vscode.l10n.t('Open Bank File');
  const pick = await vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: this question is from your own bank ({0}); fix it there.', file ?? '?'), ...(uri ? [openIt] : []));
  if (pick !== openIt || !uri) return;
  const pos = new vscode.Position(Math.max(0, (line ?? 1) - 1), 0);
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(pos, pos) });
}

function stemOf(index: CatalogIndex, id: string, max: number): string {
  const q = index.question(id);
  const text = q ? mdToPlainText(q.stem).replace(/\s+/g, ' ').trim() : id;
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The question on screen first, then the ones answered last, then every question (type to find one by text or id). */
async function pickQuestion(index: CatalogIndex, d: QuestionCommandDeps, title: string): Promise<string | undefined> {
  type Pick = vscode.QuickPickItem & { id?: string };
  const picks: Pick[] = [];
  const seen = new Set<string>();
  const add = (id: string, icon: string) => {
    if (seen.has(id) || !index.question(id)) return;
    seen.add(id);
    picks.push({ label: `$(${icon}) ${stemOf(index, id, 90)}`, description: id, id });
  };
  const onScreen = d.quiz.questionOnScreen();
  if (onScreen) {
    picks.push({ label: vscode.l10n.t('On screen'), kind: vscode.QuickPickItemKind.Separator });
    add(onScreen, 'eye');
  }
  const cards = d.progress.current.cards;
  const recent = Object.keys(cards).sort((a, b) => Date.parse(cards[b].last) - Date.parse(cards[a].last)).slice(0, 5);
  if (recent.some((id) => !seen.has(id) && index.question(id))) picks.push({ label: vscode.l10n.t('Answered last'), kind: vscode.QuickPickItemKind.Separator });
  for (const id of recent) add(id, 'history');
  picks.push({ label: vscode.l10n.t('All questions'), kind: vscode.QuickPickItemKind.Separator });
  for (const q of index.catalog.questions) add(q.id, 'question');
  const pick = await vscode.window.showQuickPick(picks, { title, placeHolder: vscode.l10n.t('Type to find a question by its text or id'), matchOnDescription: true });
  return pick?.id;
}
