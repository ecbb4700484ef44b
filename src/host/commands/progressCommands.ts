// Commands over progress: review due, review mistakes, reset with undo, export, import, move scope, leeches.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../../core/catalog/catalogIndex';
import { mdToPlainText } from '../../core/mdTree';
import { ImportError } from '../../core/progress/exchange';
import { dueIds, mistakeIds, studyQueue } from '../../core/progress/queue';
import { leeches } from '../../core/progress/stats';
import { CommandId } from '../commandIds';
import type { CatalogService } from '../catalogService';
import type { QuizPanel } from '../panels/quizPanel';
import type { ProgressScope, ProgressStore } from '../storage/progressStore';
import type { TopicsNode } from '../views/topicsTree';
import type { GlossaryNode } from '../views/glossaryTree';
import { CATEGORY_TITLES } from '../../core/catalog/glossaryCards';
import { termCardId } from '../../core/progress/model';

interface Deps {
  catalog: CatalogService;
  progress: ProgressStore;
  quiz: QuizPanel;
}

/** The question ids under a tree node, or all of them. */
function idsUnder(index: CatalogIndex, node?: TopicsNode): { ids: string[]; label: string } {
  if (!node || typeof node !== 'object' || !('kind' in node)) return { ids: index.catalog.questions.map((q) => q.id), label: 'all topics' };
  if (node.kind === 'exam') return { ids: index.questionsOfExam(node.exam).map((q) => q.id), label: node.exam };
  if (node.kind === 'domain') return { ids: index.questionsOfDomain(node.exam, node.domain).map((q) => q.id), label: `${node.exam} domain ${node.domain}` };
  return { ids: index.questionsOfTopic(node.topic).map((q) => q.id), label: index.topic(node.topic)?.title ?? node.topic };
}

async function startWith(d: Deps, index: CatalogIndex, title: string, ids: string[]): Promise<void> {
  const questions = ids.map((id) => index.question(id)).filter((q) => q !== undefined);
  await d.quiz.start(title, questions);
}

export function registerProgressCommands(d: Deps): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg(CommandId.reviewDue, async (node?: TopicsNode) => {
      const index = await d.catalog.load();
      const scope = idsUnder(index, node);
      // Due reviews first, then new questions, each within what today's limits have left.
      const now = new Date();
      const due = studyQueue(scope.ids, d.progress.current, now, d.progress.options);
      if (due.length === 0) {
        const next = scope.ids.map((id) => d.progress.current.cards[id]?.card.due).filter((x): x is string => !!x).sort()[0];
        const waiting = dueIds(scope.ids, d.progress.current, now).length;
        const why = waiting > 0 ? ` Today's review limit is reached (setting: sagemakerStudy.study.reviewsPerDay); ${waiting} more are due.` : next ? ` The next review is due ${new Date(next).toLocaleString()}.` : '';
        void vscode.window.showInformationMessage(`SageMaker Study: nothing is due in ${scope.label}.${why}`);
        return;
      }
      await startWith(d, index, `Review due · ${scope.label}`, due);
    }),
    reg(CommandId.reviewMistakes, async (node?: TopicsNode) => {
      const index = await d.catalog.load();
      const scope = idsUnder(index, node);
      const missed = mistakeIds(scope.ids, d.progress.current);
      if (missed.length === 0) {
        void vscode.window.showInformationMessage(`SageMaker Study: no mistakes to review in ${scope.label}.`);
        return;
      }
      await startWith(d, index, `Mistakes · ${scope.label}`, missed);
    }),
    reg(CommandId.resetProgress, async (node?: TopicsNode) => {
      const index = await d.catalog.load();
      let scope = node ? idsUnder(index, node) : undefined;
      if (!scope) {
        const picks: (vscode.QuickPickItem & { node?: TopicsNode })[] = [
          { label: '$(trash) All progress' },
          ...index.exams.flatMap((e) => e.domains.map((dm) => ({ label: `${e.code} · ${dm.number}. ${dm.title}`, node: { kind: 'domain' as const, id: '', exam: e.code, domain: dm.number } }))),
          ...index.catalog.topics.map((t) => ({ label: t.title, description: `${t.exam} · domain ${t.domain}`, node: { kind: 'topic' as const, id: '', topic: t.id } })),
        ];
        const pick = await vscode.window.showQuickPick(picks, { title: 'Reset progress of…', matchOnDescription: true });
        if (!pick) return;
        scope = idsUnder(index, pick.node);
      }
      const answered = scope.ids.filter((id) => d.progress.current.cards[id]).length;
      if (answered === 0) {
        void vscode.window.showInformationMessage(`SageMaker Study: no progress to reset in ${scope.label}.`);
        return;
      }
      const ok = await vscode.window.showWarningMessage(`Reset progress of ${answered} question${answered === 1 ? '' : 's'} in ${scope.label}?`, { modal: true, detail: 'Their review history and scheduling are cleared. You can undo right after.' }, 'Reset');
      if (ok !== 'Reset') return;
      const removed = await d.progress.reset(scope.ids);
      const undo = await vscode.window.showInformationMessage(`SageMaker Study: reset ${Object.keys(removed).length} question(s) in ${scope.label}.`, 'Undo');
      if (undo === 'Undo') await d.progress.restore(removed);
    }),
    reg(CommandId.exportProgress, async () => {
      const target = await vscode.window.showSaveDialog({ title: 'Export SageMaker Study progress', filters: { JSON: ['json'] }, saveLabel: 'Export' });
      if (!target) return;
      const data = await d.progress.exportData();
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify(data, null, 1)));
      void vscode.window.showInformationMessage(`SageMaker Study: exported ${Object.keys(data.cards).length} cards to ${target.fsPath}.`);
    }),
    reg(CommandId.importProgress, async (uri?: vscode.Uri) => {
      const source = uri instanceof vscode.Uri ? uri : (await vscode.window.showOpenDialog({ title: 'Import SageMaker Study progress', filters: { JSON: ['json'] }, canSelectMany: false }))?.[0];
      if (!source) return;
      try {
        const data: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(source)));
        const s = await d.progress.importData(data);
        const rejected = s.rejected.length > 0 ? ` ${s.rejected.length} unreadable record(s) were not imported: ${s.rejected.slice(0, 5).join(', ')}${s.rejected.length > 5 ? ', …' : ''}.` : '';
        void vscode.window.showInformationMessage(`SageMaker Study: imported ${s.added} new and ${s.updated} newer card(s); kept ${s.keptLocal} newer here; ${s.unchanged} unchanged.${rejected}`);
      } catch (err) {
        const why = err instanceof ImportError || err instanceof SyntaxError ? err.message : String(err);
        void vscode.window.showErrorMessage(`SageMaker Study: could not import ${source.fsPath}: ${why}. Nothing was changed.`);
      }
    }),
    reg(CommandId.moveProgress, async () => {
      const from = d.progress.currentScope;
      const to: ProgressScope = from === 'workspace' ? 'global' : 'workspace';
      const label = to === 'global' ? 'global state (all workspaces, synced with Settings Sync)' : 'this workspace';
      const ok = await vscode.window.showInformationMessage(`Move your progress from ${from} state to ${label}?`, { modal: true, detail: 'Cards already there are merged: the newer review of each wins.' }, 'Move');
      if (ok !== 'Move') return;
      const moved = await d.progress.moveTo(to);
      await vscode.workspace.getConfiguration('sagemakerStudy').update('progress.scope', to, vscode.ConfigurationTarget.Global);
      void vscode.window.showInformationMessage(`SageMaker Study: moved ${moved} card(s) to ${label}.`);
    }),
    reg(CommandId.studyGlossary, async (node?: GlossaryNode) => {
      const index = await d.catalog.load();
      const category = node && typeof node === 'object' && node.kind === 'category' ? node.category : undefined;
      const ids = index.catalog.terms.filter((t) => !category || t.category === category).map((t) => termCardId(t.id));
      const queue = studyQueue(ids, d.progress.current, new Date(), d.progress.options);
      if (queue.length === 0) {
        void vscode.window.showInformationMessage('SageMaker Study: no glossary flashcards are due, and today\'s new cards are done.');
        return;
      }
      await startWith(d, index, category ? `Flashcards · ${CATEGORY_TITLES[category]}` : 'Glossary flashcards', queue);
    }),
    reg(CommandId.showLeeches, async () => {
      const index = await d.catalog.load();
      const ids = leeches(d.progress.current).filter((id) => index.question(id));
      // Leeches include glossary flashcards; they are questions too (index.question knows them).
      if (ids.length === 0) {
        void vscode.window.showInformationMessage('SageMaker Study: no leeches (questions missed 8 or more times after learning them).');
        return;
      }
      const pick = await vscode.window.showQuickPick(
        ids.map((id) => ({ label: mdToPlainText(index.question(id)!.stem).slice(0, 120), description: `${d.progress.current.cards[id].card.lapses} lapses`, id })),
        { title: 'Leeches: questions you keep forgetting', canPickMany: false },
      );
      if (pick) await startWith(d, index, 'Leeches', [pick.id, ...ids.filter((x) => x !== pick.id)]);
    }),
  ];
}
