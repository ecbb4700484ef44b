// A question or a few asked in a QuickPick, without opening the quiz panel.
import * as vscode from 'vscode';
import type { Question } from '../../core/bank/model';
import type { CatalogIndex } from '../../core/catalog/catalogIndex';
import { grade, present, questionView, type Rng } from '../../core/quiz/grading';
import { choiceRow, drawQuickQuiz, feedbackRows, feedbackTitle, textRows, type Row } from '../../core/quiz/quickQuizRound';
import { gradeForAnswer } from '../../core/quiz/grades';
import { mdToPlainText } from '../../core/mdTree';
import type { FeedbackView } from '../../shared/views';
import type { CatalogService } from '../catalogService';
import type { ProgressStore } from '../storage/progressStore';
import type { QuizPanelApi } from '../panels/quizPanelLoader';

const LETTERS = 'ABCDEFGH';
/** `display` of rows that only show text (the stem, the explanation); accepting them does nothing. */
const TEXT = -3;
const NEXT = -1;
const SEPARATOR = -2;
const SUBMIT = -4;

interface ChoiceItem extends vscode.QuickPickItem {
  display: number;
}

/**
 * A Quick Quiz round of `count` questions (due first, then the weakest topics, then new ones), drawn
 * from the questions a QuickPick can ask, so a round of five asks five.
 */
export async function runQuickQuiz(
  catalog: CatalogService, progress: ProgressStore, quiz: QuizPanelApi, count: number,
  options: { topicId?: string; rng?: Rng } = {},
): Promise<void> {
  const rng = options.rng ?? Math.random;
  const index = await catalog.load();
  const pool = options.topicId ? index.questionsOfTopic(options.topicId) : index.catalog.questions;
  const { ask, panelOnly: others } = drawQuickQuiz(pool, progress.current, count, rng, new Date());
  let right = 0;
  let asked = 0;
  const missed: Question[] = [];
  for (let i = 0; i < ask.length; i++) {
    const result = await askOne(ask[i], index, progress, rng, vscode.l10n.t('Quick Quiz {0}/{1}', i + 1, ask.length), i === ask.length - 1);
    if (result === undefined) break;
    asked++;
    if (result.feedback.correct) right++;
    else missed.push(ask[i]);
    if (!result.goOn) break;
  }
  if (asked === 0 && others.length === 0) return;
  await showSummary(quiz, asked, right, missed, others);
}

interface SummaryItem extends vscode.QuickPickItem {
  run?: () => Promise<void>;
}

/** The round's result, with what to do next. */
async function showSummary(quiz: QuizPanelApi, asked: number, right: number, missed: Question[], others: Question[]): Promise<void> {
  const items: SummaryItem[] = [];
  if (others.length > 0) {
    const open = others.length === 1 ? vscode.l10n.t('Open 1 more question in the quiz panel') : vscode.l10n.t('Open {0} more questions in the quiz panel', others.length);
    items.push({ label: `$(book) ${open}`, detail: vscode.l10n.t('Ordering, matching, case studies and flashcards need the panel'), run: () => quiz.start(vscode.l10n.t('Quick Quiz'), others) });
  }
  if (missed.length > 0) items.push({ label: `$(refresh) ${vscode.l10n.t('Retry the {0} I missed in the quiz panel', missed.length)}`, run: () => quiz.start(vscode.l10n.t('Quick Quiz · missed'), missed) });
  items.push({ label: `$(check) ${vscode.l10n.t('Done')}` });
  const pick = await vscode.window.showQuickPick(items, {
    title: asked > 0 ? vscode.l10n.t('Quick Quiz: {0} of {1} right', right, asked) : vscode.l10n.t('Quick Quiz'),
    placeHolder: asked > 0 ? vscode.l10n.t('{0}% right. Your answers are in your progress.', Math.round((100 * right) / asked)) : vscode.l10n.t('The rest of this round needs the quiz panel.'),
  });
  await pick?.run?.();
}

const separator = (label: string): ChoiceItem => ({ label, kind: vscode.QuickPickItemKind.Separator, display: SEPARATOR });
const textItems = (rows: Row[]): ChoiceItem[] => rows.map((r) => ({ ...r, display: TEXT, alwaysShow: true }));

async function askOne(
  q: Question, index: CatalogIndex, progress: ProgressStore, rng: Rng, heading: string, last: boolean,
): Promise<{ feedback: FeedbackView; goOn: boolean } | undefined> {
  if (q.type !== 'single' && q.type !== 'multiple') return undefined;
  const presentation = present(q, rng);
  const view = questionView(q, presentation, index);
  const picker = vscode.window.createQuickPick<ChoiceItem>();
  const multiple = q.type === 'multiple';
  picker.title = `${heading} · ${view.topicTitle}${multiple ? ` · ${vscode.l10n.t('Select {0}', q.select)}` : ''}`;
  picker.matchOnDetail = false;
  picker.ignoreFocusOut = true;
  // The whole stem in rows above the choices; the input line only says how to answer.
  const stem = textItems(textRows(mdToPlainText(q.stem), 'question'));
  const choices = (view.choices ?? []).map((c, display) => ({ ...choiceRow(LETTERS[display], mdToPlainText(c)), display }));
  // Multiple response without canSelectMany (which would tick the stem rows too): Enter or a click
  // marks a choice, and the Submit row grades once the asked number is marked.
  const marked = new Set<number>();
  const render = (activeDisplay: number) => {
    const rows: ChoiceItem[] = multiple
      ? [...stem, separator(''), ...choices.map((c) => ({ ...c, label: `${marked.has(c.display) ? '$(pass-filled)' : '$(circle-large-outline)'} ${c.label}` })),
        separator(''), { label: `$(check) ${vscode.l10n.t('Submit')}`, description: vscode.l10n.t('{0} of {1} marked', marked.size, q.type === 'multiple' ? q.select : 1), display: SUBMIT, alwaysShow: true }]
      : [...stem, separator(''), ...choices];
    picker.items = rows;
    picker.activeItems = rows.filter((r) => r.display === activeDisplay);
  };
  picker.placeholder = multiple ? vscode.l10n.t('Mark {0} answers with Enter or a click, then choose Submit', q.select) : vscode.l10n.t('Pick an answer: type its letter or use the arrow keys, then Enter');
  render(0);

  const picked = await new Promise<number[] | undefined>((resolve) => {
    picker.onDidAccept(() => {
      const active = picker.activeItems[0];
      if (!active) return;
      if (!multiple) {
        if (active.display >= 0) resolve([active.display]);
        return;
      }
      if (active.display >= 0) {
        if (marked.has(active.display)) marked.delete(active.display);
        else marked.add(active.display);
        picker.value = '';
        // Once enough are marked, Submit is active: Enter grades.
        render(marked.size === q.select ? SUBMIT : active.display);
      } else if (active.display === SUBMIT && q.type === 'multiple' && marked.size === q.select) {
        resolve([...marked].sort((a, b) => a - b));
      }
    });
    picker.onDidHide(() => resolve(undefined));
    picker.show();
  });
  if (!picked) {
    picker.dispose();
    return undefined;
  }
  const feedback = grade(q, presentation, q.type === 'single' ? { type: 'single', choice: picked[0] } : { type: 'multiple', choices: picked }, index);
  await progress.record(q.id, gradeForAnswer(feedback.correct === true));

  // Feedback in the same picker: each choice marked right or wrong with its reason, then the explanation.
  picker.value = '';
  picker.title = feedbackTitle(feedback.correct === true, heading);
  picker.placeholder = last ? vscode.l10n.t('Enter: finish the round') : vscode.l10n.t('Enter: next question');
  const reasons = (feedback.choices ?? []).flatMap((c, display) =>
    feedbackRows(LETTERS[display], { text: mdToPlainText(c.text), correct: c.correct, picked: c.picked, why: mdToPlainText(c.why) }));
  const next: ChoiceItem = { label: last ? `$(check) ${vscode.l10n.t('Done')}` : `$(arrow-right) ${vscode.l10n.t('Next question')}`, display: NEXT, alwaysShow: true };
  // Separators without labels: a labelled separator puts its label on the next row and cuts that row's text.
  picker.items = [next, separator(''), ...textItems(reasons), separator(''), ...textItems(textRows(vscode.l10n.t('Explanation: {0}', mdToPlainText(q.explanation)), 'info'))];
  picker.activeItems = [next];
  const goOn = await new Promise<boolean>((resolve) => {
    // Enter on any row moves on: the rows below "Next" are there to read.
    picker.onDidAccept(() => resolve(!last));
    picker.onDidHide(() => resolve(false));
  });
  picker.dispose();
  return { feedback, goOn };
}
