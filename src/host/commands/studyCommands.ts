// The study commands: quizzes on a topic or term, the term lookup, the Topics view's filter. Each
// handler stays a few lines over the services.
import * as vscode from 'vscode';
import { command, type CommandEntry } from './lazyCommands';
import { CommandId, VIEW_TOPICS } from '../commandIds';
import type { CatalogService } from '../catalogService';
import { pickTerm } from '../hover/termPicker';
import type { TermHoverProvider } from '../hover/termHoverProvider';
import type { ProgressStore } from '../storage/progressStore';
import type { TopicsTreeProvider } from '../views/topicsTree';
import type { QuizPanelApi } from '../panels/quizPanelLoader';
import { runQuickQuiz } from './quickQuiz';
import { termCardId } from '../../core/progress/model';
import { pickForRound } from '../../core/quiz/selection';
import { questionsForTerm } from '../../core/terms/termQuestions';
import { questionIdsOf, type TopicsNode } from '../views/topicsTree';
import { topicsInExamOrder } from '../../core/catalog/topicOrder';

export interface Services {
  catalog: CatalogService;
  progress: ProgressStore;
  quiz: QuizPanelApi;
  topics: TopicsTreeProvider;
  hover: TermHoverProvider;
}

const quickQuizSize = () => vscode.workspace.getConfiguration('sagemakerStudy').get<number>('quickQuiz.questions', 5);

/**
 * The term a command was given: its id from a hover link or the In Your Code view, or the Glossary
 * view's node when run from that view's menu. Anything else means "the term at the cursor".
 */
function termIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const node = arg as { kind?: unknown; termId?: unknown } | undefined;
  return node?.kind === 'term' && typeof node.termId === 'string' ? node.termId : undefined;
}

export function studyCommands(s: Services): CommandEntry[] {
  const reg = (id: string, fn: (...args: never[]) => unknown) => command(id, fn);
  return [
    reg(CommandId.quickQuiz, () => runQuickQuiz(s.catalog, s.progress, s.quiz, quickQuizSize())),
    reg(CommandId.quickQuizTopic, async (topicId?: string) => {
      const index = await s.catalog.load();
      const id = typeof topicId === 'string' ? topicId : (await vscode.window.showQuickPick(
        topicsInExamOrder(index).map((t) => ({ label: t.title, description: vscode.l10n.t('{0} · domain {1}', t.exam, t.domain), detail: t.summary, id: t.id })),
        { title: vscode.l10n.t('Quick Quiz on a topic'), matchOnDescription: true, matchOnDetail: true },
      ))?.id;
      if (id) await runQuickQuiz(s.catalog, s.progress, s.quiz, quickQuizSize(), { topicId: id });
    }),
    reg(CommandId.startTopicQuiz, async (target?: string | TopicsNode) => {
      const index = await s.catalog.load();
      // From the tree's context menu on an exam or domain: a quiz over everything under it.
      if (typeof target === 'object' && target !== null && target.kind !== 'topic') {
        const ids = questionIdsOf(index, target);
        const title = target.kind === 'exam' ? target.exam : `${target.exam} · ${index.exam(target.exam)?.domains.find((d) => d.number === target.domain)?.title ?? vscode.l10n.t('domain {0}', target.domain)}`;
        await s.quiz.start(title, pickForRound(ids.map((id) => index.question(id)!), s.progress.current, 20, Math.random, new Date()));
        return;
      }
      let id = typeof target === 'string' ? target : target?.kind === 'topic' ? target.topic : undefined;
      if (!id) {
        const pick = await vscode.window.showQuickPick(
          topicsInExamOrder(index).map((t) => ({ label: t.title, description: vscode.l10n.t('{0} · domain {1}', t.exam, t.domain), detail: t.summary, id: t.id })),
          { title: vscode.l10n.t('Start a quiz on a topic'), matchOnDescription: true, matchOnDetail: true },
        );
        id = pick?.id;
      }
      const topic = id ? index.topic(id) : undefined;
      if (!topic) return;
      const questions = index.questionsOfTopic(topic.id);
      if (questions.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: {0} has no questions yet.', topic.title));
        return;
      }
      await s.quiz.start(topic.title, questions);
    }),
    reg(CommandId.openQuiz, () => s.quiz.reveal()),
    reg(CommandId.undoLastAnswer, () => s.quiz.undoLastAnswer()),
    reg(CommandId.quizTerm, async (arg?: unknown) => {
      const index = await s.catalog.load();
      const id = termIdOf(arg) ?? (await termAtCursor(s));
      const term = id ? index.term(id) : undefined;
      if (!term) {
        void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: no glossary term at the cursor.'));
        return;
      }
      // The bank questions about the term, those really about it first, then the term's own flashcard.
      const questions = [...questionsForTerm(term.id, index.questionsAboutTerm(term.id), await s.catalog.termIndex()), index.question(termCardId(term.id))!];
      await s.quiz.start(term.name, questions);
    }),
    reg(CommandId.lookUpTerm, async (termId?: string) => {
      const index = await s.catalog.load();
      let term = typeof termId === 'string' ? index.term(termId) : undefined;
      // Ranked by name and alias before definition text (core/terms/termSearch).
      term ??= await pickTerm(index.catalog.terms);
      if (!term) return;
      // The term's card opens beside the editor without taking focus or blocking the window.
      await s.quiz.showTerm(term.id);
    }),
    reg(CommandId.refreshTopics, () => s.topics.refreshAll()),
    reg(CommandId.filterExam, async () => {
      const index = await s.catalog.load();
      const picks = [
        { label: vscode.l10n.t('All exams'), code: undefined as string | undefined, picked: s.topics.filter === undefined },
        ...index.exams.map((e) => ({ label: e.code, description: e.name, code: e.code as string | undefined, picked: s.topics.filter === e.code })),
      ];
      // ignoreFocusOut: run from the walkthrough, the page moves focus to its next step at once.
      const pick = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Show the topics of…'), ignoreFocusOut: true });
      if (!pick) return;
      s.topics.setFilter(pick.code);
      // From the walkthrough the view may be closed: show the topics just chosen.
      await vscode.commands.executeCommand(`${VIEW_TOPICS}.focus`);
    }),
    reg(CommandId.clearExamFilter, () => s.topics.setFilter(undefined)),
  ];
}

async function termAtCursor(s: Services): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  return editor ? (await s.hover.termAt(editor.document, editor.selection.active))?.termId : undefined;
}
