// Commands over progress: review due, review mistakes, reset with undo, export, import, move scope, leeches.
import * as vscode from 'vscode';
import { command, type CommandEntry } from './lazyCommands';
import type { CatalogIndex } from '../../core/catalog/catalogIndex';
import { mdToPlainText } from '../../core/mdTree';
import { ImportError } from '../../core/progress/exchange';
import { dueIds, mistakeIds, studyQueue } from '../../core/progress/queue';
import { leeches } from '../../core/progress/stats';
import { isSuspended } from '../../core/progress/suspension';
import { CommandId } from '../commandIds';
import type { CatalogService } from '../catalogService';
import type { QuizPanelApi } from '../panels/quizPanelLoader';
import type { ProgressScope, ProgressStore } from '../storage/progressStore';
import type { TopicsNode } from '../views/topicsTree';
import type { GlossaryNode } from '../views/glossaryTree';
import { categoryTitle } from '../../core/catalog/glossaryCards';
import { termCardId } from '../../core/progress/model';
import { limitsBeforeExam, parseExamDate } from '../../core/progress/examDate';
import { topicsInExamOrder } from '../../core/catalog/topicOrder';

interface Deps {
  catalog: CatalogService;
  progress: ProgressStore;
  quiz: QuizPanelApi;
}

/** The question ids under a tree node, or all of them. */
function idsUnder(index: CatalogIndex, node?: TopicsNode): { ids: string[]; label: string } {
  if (!node || typeof node !== 'object' || !('kind' in node)) return { ids: index.catalog.questions.map((q) => q.id), label: vscode.l10n.t('all topics') };
  if (node.kind === 'exam') return { ids: index.questionsOfExam(node.exam).map((q) => q.id), label: node.exam };
  if (node.kind === 'domain') return { ids: index.questionsOfDomain(node.exam, node.domain).map((q) => q.id), label: vscode.l10n.t('{0} domain {1}', node.exam, node.domain) };
  return { ids: index.questionsOfTopic(node.topic).map((q) => q.id), label: index.topic(node.topic)?.title ?? node.topic };
}

async function startWith(d: Deps, index: CatalogIndex, title: string, ids: string[]): Promise<void> {
  const questions = ids.map((id) => index.question(id)).filter((q) => q !== undefined);
  await d.quiz.start(title, questions);
}

export function progressCommands(d: Deps): CommandEntry[] {
  const reg = command;
  return [
    reg(CommandId.reviewDue, async (node?: TopicsNode) => {
      const index = await d.catalog.load();
      const scope = idsUnder(index, node);
      // Due reviews first, then new questions, each within what today's limits have left.
      const now = new Date();
      // With an exam date set, the new-question limit rises so every question is seen once before it.
      const unseen = scope.ids.filter((id) => !d.progress.current.cards[id]).length;
      const examDate = parseExamDate(vscode.workspace.getConfiguration('sagemakerStudy').get<string>('study.examDate'));
      const due = studyQueue(scope.ids, d.progress.current, now, limitsBeforeExam(d.progress.options, unseen, now, examDate));
      if (due.length === 0) {
        const next = scope.ids.map((id) => d.progress.current.cards[id]?.card.due).filter((x): x is string => !!x).sort()[0];
        const waiting = dueIds(scope.ids, d.progress.current, now).length;
        const nothing = vscode.l10n.t('SageMaker Study: nothing is due in {0}.', scope.label);
        const why = waiting > 0 ? vscode.l10n.t("Today's review limit is reached (setting: sagemakerStudy.study.reviewsPerDay); {0} more are due.", waiting)
          : next ? vscode.l10n.t('The next review is due {0}.', new Date(next).toLocaleString()) : '';
        // Say what to do instead: a Quick Quiz works whatever is due.
        const quickQuiz = vscode.l10n.t('Quick Quiz');
        const action = await vscode.window.showInformationMessage(why ? `${nothing} ${why}` : nothing, quickQuiz);
        if (action === quickQuiz) await vscode.commands.executeCommand(CommandId.quickQuiz);
        return;
      }
      await startWith(d, index, vscode.l10n.t('Review due · {0}', scope.label), due);
    }),
    reg(CommandId.reviewMistakes, async (node?: TopicsNode) => {
      const index = await d.catalog.load();
      const scope = idsUnder(index, node);
      const missed = mistakeIds(scope.ids, d.progress.current);
      if (missed.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: no mistakes to review in {0}. Questions you answer wrong come back here until you answer them right.', scope.label));
        return;
      }
      await startWith(d, index, vscode.l10n.t('Mistakes · {0}', scope.label), missed);
    }),
    reg(CommandId.resetProgress, async (node?: TopicsNode) => {
      const index = await d.catalog.load();
      let scope = node ? idsUnder(index, node) : undefined;
      if (!scope) {
        const pick = await vscode.window.showQuickPick(resetPicks(index, d.progress), { title: vscode.l10n.t('Reset progress of…'), placeHolder: vscode.l10n.t('Choose what to reset; type to find a topic. You can undo right after.'), matchOnDescription: true });
        if (!pick?.scope) return;
        scope = pick.scope === 'all' ? idsUnder(index) : idsUnder(index, pick.scope);
      }
      const answered = scope.ids.filter((id) => d.progress.current.cards[id]).length;
      if (answered === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: no progress to reset in {0}.', scope.label));
        return;
      }
      const reset = vscode.l10n.t('Reset');
      const question = answered === 1
        ? vscode.l10n.t('Reset progress of 1 question in {0}?', scope.label)
        : vscode.l10n.t('Reset progress of {0} questions in {1}?', answered, scope.label);
      const ok = await vscode.window.showWarningMessage(question, { modal: true, detail: vscode.l10n.t('Their review history and scheduling are cleared. You can undo right after.') }, reset);
      if (ok !== reset) return;
      const removed = await d.progress.reset(scope.ids);
      const undoLabel = vscode.l10n.t('Undo');
      const undo = await vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: reset {0} question(s) in {1}.', Object.keys(removed).length, scope.label), undoLabel);
      if (undo === undoLabel) await d.progress.restore(removed);
    }),
    reg(CommandId.exportProgress, async () => {
      const target = await vscode.window.showSaveDialog({ title: vscode.l10n.t('Export SageMaker Study progress'), defaultUri: defaultExportUri(), filters: { JSON: ['json'] }, saveLabel: vscode.l10n.t('Export') });
      if (!target) return;
      const data = await d.progress.exportData();
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify(data, null, 1)));
      const openFile = vscode.l10n.t('Open File');
      const open = await vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: exported {0} cards to {1}.', Object.keys(data.cards).length, target.fsPath), openFile);
      if (open === openFile) await vscode.window.showTextDocument(target);
    }),
    reg(CommandId.importProgress, async (uri?: vscode.Uri) => {
      const source = uri instanceof vscode.Uri ? uri : (await vscode.window.showOpenDialog({ title: vscode.l10n.t('Import SageMaker Study progress'), filters: { JSON: ['json'] }, canSelectMany: false }))?.[0];
      if (!source) return;
      try {
        const data: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(source)));
        const s = await d.progress.importData(data);
        const rejected = s.rejected.length > 0
          ? ` ${vscode.l10n.t('{0} unreadable record(s) were not imported: {1}.', s.rejected.length, `${s.rejected.slice(0, 5).join(', ')}${s.rejected.length > 5 ? ', …' : ''}`)}` : '';
        void vscode.window.showInformationMessage(`${vscode.l10n.t('SageMaker Study: imported {0} new and {1} newer card(s); kept {2} newer here; {3} unchanged.', s.added, s.updated, s.keptLocal, s.unchanged)}${rejected}`);
      } catch (err) {
        const why = err instanceof ImportError || err instanceof SyntaxError ? err.message : String(err);
        void vscode.window.showErrorMessage(vscode.l10n.t('SageMaker Study: could not import {0}: {1}. Nothing was changed.', source.fsPath, why));
      }
    }),
    reg(CommandId.moveProgress, async () => {
      const from = d.progress.currentScope;
      const to: ProgressScope = from === 'workspace' ? 'global' : 'workspace';
      const label = to === 'global' ? vscode.l10n.t('global state (all workspaces, synced with Settings Sync)') : vscode.l10n.t('this workspace');
      const move = vscode.l10n.t('Move');
      const question = from === 'global' ? vscode.l10n.t('Move your progress from global state to {0}?', label) : vscode.l10n.t('Move your progress from workspace state to {0}?', label);
      const ok = await vscode.window.showInformationMessage(question, { modal: true, detail: vscode.l10n.t('Cards already there are merged: the newer review of each wins.') }, move);
      if (ok !== move) return;
      const moved = await d.progress.moveTo(to);
      await vscode.workspace.getConfiguration('sagemakerStudy').update('progress.scope', to, vscode.ConfigurationTarget.Global);
      void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: moved {0} card(s) to {1}.', moved, label));
    }),
    reg(CommandId.studyGlossary, async (node?: GlossaryNode) => {
      const index = await d.catalog.load();
      const category = node && typeof node === 'object' && node.kind === 'category' ? node.category : undefined;
      const ids = index.catalog.terms.filter((t) => !category || t.category === category).map((t) => termCardId(t.id));
      const queue = studyQueue(ids, d.progress.current, new Date(), d.progress.options);
      if (queue.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t("SageMaker Study: no glossary flashcards are due, and today's new cards are done."));
        return;
      }
      await startWith(d, index, category ? vscode.l10n.t('Flashcards · {0}', categoryTitle(category)) : vscode.l10n.t('Glossary flashcards'), queue);
    }),
    reg(CommandId.showLeeches, async () => {
      const index = await d.catalog.load();
      const ids = leeches(d.progress.current).filter((id) => index.question(id) && !isSuspended(d.progress.current, id));
      // Leeches include glossary flashcards; they are questions too (index.question knows them).
      if (ids.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: no leeches (questions missed 8 or more times after learning them).'));
        return;
      }
      const pick = await vscode.window.showQuickPick(
        ids.map((id) => ({ label: mdToPlainText(index.question(id)!.stem).slice(0, 120), description: vscode.l10n.t('{0} lapses', d.progress.current.cards[id].card.lapses), id })),
        { title: vscode.l10n.t('Leeches: questions you keep forgetting'), canPickMany: false },
      );
      if (pick) await startWith(d, index, vscode.l10n.t('Leeches'), [pick.id, ...ids.filter((x) => x !== pick.id)]);
    }),
  ];
}

type ResetScope = TopicsNode | 'all';

/**
 * The reset picker, grouped: each exam's domains in number order with their topics under them, then
 * everything. It opens on a harmless "Keep everything" row, so Enter alone resets nothing.
 */
function resetPicks(index: CatalogIndex, progress: ProgressStore): (vscode.QuickPickItem & { scope?: ResetScope })[] {
  const answered = (ids: string[]) => ids.filter((id) => progress.current.cards[id]).length;
  const count = (ids: string[]) => {
    const n = answered(ids);
    return n === 0 ? vscode.l10n.t('no progress') : vscode.l10n.t('{0} answered', n);
  };
  const topics = topicsInExamOrder(index);
  const picks: (vscode.QuickPickItem & { scope?: ResetScope })[] = [{ label: `$(close) ${vscode.l10n.t('Keep everything')}`, description: vscode.l10n.t('reset nothing') }];
  for (const e of index.exams) {
    // Short separator labels: VS Code draws them at the end of the next row, over its text.
    picks.push({ label: e.code, kind: vscode.QuickPickItemKind.Separator });
    for (const dm of [...e.domains].sort((a, b) => a.number - b.number)) {
      const domain: TopicsNode = { kind: 'domain', id: '', exam: e.code, domain: dm.number };
      picks.push({ label: `$(folder-library) ${dm.number}. ${dm.title}`, description: count(idsUnder(index, domain).ids), scope: domain });
      for (const t of topics.filter((x) => x.exam === e.code && x.domain === dm.number)) {
        const topic: TopicsNode = { kind: 'topic', id: '', topic: t.id };
        picks.push({ label: `$(blank) ${t.title}`, description: count(idsUnder(index, topic).ids), scope: topic });
      }
    }
  }
  picks.push({ label: vscode.l10n.t('Everything'), kind: vscode.QuickPickItemKind.Separator });
  picks.push({ label: `$(trash) ${vscode.l10n.t('All progress')}`, description: count(idsUnder(index).ids), scope: 'all' });
  return picks;
}

/** sagemaker-study-progress-2026-12-02.json in the first workspace folder, when one is open. */
function defaultExportUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const day = new Date().toISOString().slice(0, 10);
  return folder ? vscode.Uri.joinPath(folder, `sagemaker-study-progress-${day}.json`) : undefined;
}
