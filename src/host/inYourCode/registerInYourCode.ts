// Wires the "In Your Code" view: the scanner, the tree, what the view says about the scan, and its
// commands (Quiz on My Code, Quiz Me on This Term, Open in Glossary, Rescan, opening a place).
import * as vscode from 'vscode';
import { parseExamDate } from '../../core/progress/examDate';
import { masteryHorizon } from '../../core/progress/mastery';
import { termCardId } from '../../core/progress/model';
import type { Question } from '../../core/bank/model';
import { CODE_QUIZ_SIZE, pickCodeQuiz } from '../../core/terms/usage/codeQuiz';
import type { CatalogService } from '../catalogService';
import { CommandId, VIEW_IN_YOUR_CODE } from '../commandIds';
import type { QuizPanelApi } from '../panels/quizPanelLoader';
import type { ProgressStore } from '../storage/progressStore';
import type { GlossaryNode } from '../views/glossaryTree';
import { CodeScanner } from './codeScanner';
import { type CodeNode, InYourCodeTree } from './inYourCodeTree';

export interface InYourCode {
  scanner: CodeScanner;
  tree: InYourCodeTree;
  view: vscode.TreeView<CodeNode>;
}

interface Deps {
  catalog: CatalogService;
  progress: ProgressStore;
  quiz: QuizPanelApi;
  glossaryView: vscode.TreeView<GlossaryNode>;
  log: vscode.LogOutputChannel;
}

export function registerInYourCode(d: Deps): { api: InYourCode; disposables: vscode.Disposable[] } {
  const scanner = new CodeScanner(d.catalog, d.log, VIEW_IN_YOUR_CODE);
  const tree = new InYourCodeTree(d.catalog, d.progress, scanner);
  const view = vscode.window.createTreeView(VIEW_IN_YOUR_CODE, { treeDataProvider: tree, showCollapseAll: true });
  const showState = () => (view.message = scanMessage(scanner));
  const termIdOf = (node: unknown) => (typeof node === 'string' ? node : (node as Partial<CodeNode> | undefined)?.kind === 'term' ? (node as { termId: string }).termId : undefined);
  return {
    api: { scanner, tree, view },
    disposables: [
      scanner,
      tree,
      view,
      scanner.onDidChange(showState),
      vscode.commands.registerCommand(CommandId.quizOnMyCode, () => quizOnMyCode(d, scanner)),
      vscode.commands.registerCommand(CommandId.quizThisTerm, (node?: unknown) => {
        const termId = termIdOf(node);
        if (termId) return vscode.commands.executeCommand(CommandId.quizTerm, termId);
      }),
      vscode.commands.registerCommand(CommandId.openInGlossary, async (node?: unknown) => {
        const termId = termIdOf(node);
        if (termId) await d.glossaryView.reveal({ kind: 'term', termId }, { select: true, focus: true, expand: true });
      }),
      vscode.commands.registerCommand(CommandId.rescanCode, () => scanner.rescanAll()),
      vscode.commands.registerCommand(CommandId.openCodeLocation, openLocation),
    ],
  };
}

/** What the view says above its rows: the scan's progress, or what it found. */
function scanMessage(scanner: CodeScanner): string | undefined {
  const s = scanner.state;
  if (s.kind === 'idle') return undefined;
  if (!vscode.workspace.workspaceFolders?.length) return vscode.l10n.t('Open a folder to see the SageMaker terms your code uses.');
  if (s.kind === 'scanning') return vscode.l10n.t('Looking for SageMaker terms in your code: {0} of {1} files…', s.done, s.total);
  const terms = scanner.usage.countsByTerm().size;
  const parts = [
    terms === 0 ? vscode.l10n.t('No glossary terms found in {0} files.', s.files) : vscode.l10n.t('{0} terms in {1} of {2} files.', terms, scanner.usage.fileCount, s.files),
  ];
  if (s.tooLarge > 0) parts.push(s.tooLarge === 1 ? vscode.l10n.t('1 file over 1 MB skipped.') : vscode.l10n.t('{0} files over 1 MB skipped.', s.tooLarge));
  if (s.cancelled) parts.push(vscode.l10n.t('The scan was stopped; Rescan to finish it.'));
  // With terms listed and nothing else to say, the rows speak for themselves.
  return terms > 0 && parts.length === 1 ? undefined : parts.join(' ');
}

async function quizOnMyCode(d: Deps, scanner: CodeScanner): Promise<void> {
  await vscode.window.withProgress({ location: { viewId: VIEW_IN_YOUR_CODE } }, () => scanner.ready());
  const index = await d.catalog.load();
  const usage = new Map([...scanner.usage.countsByTerm()].filter(([id]) => index.term(id) !== undefined));
  if (usage.size === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: no glossary terms were found in your code, so there is nothing to quiz on yet.'));
    return;
  }
  const now = new Date();
  const examDate = parseExamDate(vscode.workspace.getConfiguration('sagemakerStudy').get<string>('study.examDate'));
  const questions = pickCodeQuiz({
    usage,
    questionsOf: (termId) => [...index.questionsAboutTerm(termId), index.question(termCardId(termId))].filter((q): q is Question => q !== undefined),
    state: d.progress.current,
    mastery: { now, horizon: masteryHorizon(now, examDate), retention: d.progress.options.retention },
    count: CODE_QUIZ_SIZE,
    rng: Math.random,
  });
  await d.quiz.start(vscode.l10n.t('Quiz on My Code'), questions);
}

/** Opens a place at the term, in a preview editor as "Find All References" does; a notebook's at its cell. */
async function openLocation(file: unknown, cell: unknown, line: unknown, column: unknown, endColumn: unknown): Promise<void> {
  if (typeof file !== 'string' || typeof line !== 'number' || typeof column !== 'number' || typeof endColumn !== 'number') return;
  const uri = vscode.Uri.parse(file);
  const selection = new vscode.Range(line, column, line, endColumn);
  try {
    if (typeof cell !== 'number') {
      await vscode.window.showTextDocument(uri, { selection, preview: true });
      return;
    }
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    const target = notebook.cellAt(Math.min(cell, notebook.cellCount - 1));
    await vscode.window.showNotebookDocument(notebook, { selections: [new vscode.NotebookRange(target.index, target.index + 1)], preview: true });
    await vscode.window.showTextDocument(target.document, { selection });
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('SageMaker Study: could not open {0}: {1}', vscode.workspace.asRelativePath(uri), err instanceof Error ? err.message : String(err)));
  }
}
