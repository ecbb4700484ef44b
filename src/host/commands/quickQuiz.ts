// A question or a few asked in a QuickPick, without opening the quiz panel.
import * as vscode from 'vscode';
import type { Question } from '../../core/bank/model';
import type { CatalogIndex } from '../../core/catalog/catalogIndex';
import { grade, present, questionView, type Rng } from '../../core/quiz/grading';
import { pickForRound } from '../../core/quiz/selection';
import { gradeForAnswer } from '../../core/quiz/grades';
import { mdToPlainText } from '../../core/mdTree';
import type { FeedbackView } from '../../shared/views';
import type { CatalogService } from '../catalogService';
import type { ProgressStore } from '../storage/progressStore';
import type { QuizPanel } from '../panels/quizPanel';

const LETTERS = 'ABCDEFGH';

interface ChoiceItem extends vscode.QuickPickItem {
  display: number;
}

/**
 * A Quick Quiz round of `count` questions (due first, then the weakest topics, then new ones).
 * Single-choice and multiple-response questions are asked in the QuickPick; the other types are
 * offered in the quiz panel when the round ends.
 */
export async function runQuickQuiz(
  catalog: CatalogService, progress: ProgressStore, quiz: QuizPanel, count: number,
  options: { topicId?: string; rng?: Rng } = {},
): Promise<void> {
  const rng = options.rng ?? Math.random;
  const index = await catalog.load();
  const pool = options.topicId ? index.questionsOfTopic(options.topicId) : index.catalog.questions;
  const round = pickForRound(pool, progress.current, count, rng, new Date());
  const askable = round.filter((q) => q.type === 'single' || q.type === 'multiple');
  const others = round.filter((q) => q.type !== 'single' && q.type !== 'multiple');
  let right = 0;
  let asked = 0;
  const missed: Question[] = [];
  for (let i = 0; i < askable.length; i++) {
    const result = await askOne(askable[i], index, progress, rng, `Quick Quiz ${i + 1}/${askable.length}`, i === askable.length - 1);
    if (result === undefined) break;
    asked++;
    if (result.feedback.correct) right++;
    else missed.push(askable[i]);
    if (!result.goOn) break;
  }
  if (asked === 0 && others.length === 0) return;
  await showSummary(quiz, asked, right, missed, others);
}

interface SummaryItem extends vscode.QuickPickItem {
  run?: () => Promise<void>;
}

/** The round's result, with what to do next. */
async function showSummary(quiz: QuizPanel, asked: number, right: number, missed: Question[], others: Question[]): Promise<void> {
  const items: SummaryItem[] = [];
  if (others.length > 0) {
    items.push({ label: `$(book) Open ${others.length} more question${others.length === 1 ? '' : 's'} in the quiz panel`, detail: 'Ordering, matching and flashcards need the panel', run: () => quiz.start('Quick Quiz', others) });
  }
  if (missed.length > 0) items.push({ label: `$(refresh) Retry the ${missed.length} I missed in the quiz panel`, run: () => quiz.start('Quick Quiz · missed', missed) });
  items.push({ label: '$(check) Done' });
  const pick = await vscode.window.showQuickPick(items, {
    title: asked > 0 ? `Quick Quiz: ${right} of ${asked} right` : 'Quick Quiz',
    placeHolder: asked > 0 ? `${Math.round((100 * right) / asked)}% right. Your answers are in your progress.` : 'The rest of this round needs the quiz panel.',
  });
  await pick?.run?.();
}

async function askOne(
  q: Question, index: CatalogIndex, progress: ProgressStore, rng: Rng, heading: string, last: boolean,
): Promise<{ feedback: FeedbackView; goOn: boolean } | undefined> {
  if (q.type !== 'single' && q.type !== 'multiple') return undefined;
  const presentation = present(q, rng);
  const view = questionView(q, presentation, index);
  const picker = vscode.window.createQuickPick<ChoiceItem>();
  picker.title = `${heading} · ${view.topicTitle}${q.type === 'multiple' ? ` · Select ${q.select}` : ''}`;
  picker.placeholder = mdToPlainText(q.stem);
  picker.canSelectMany = q.type === 'multiple';
  picker.matchOnDetail = false;
  picker.ignoreFocusOut = true;
  picker.items = (view.choices ?? []).map((c, display) => ({ label: `${LETTERS[display]}. ${mdToPlainText(c)}`, display }));

  const picked = await new Promise<number[] | undefined>((resolve) => {
    picker.onDidAccept(() => {
      const chosen = picker.canSelectMany ? picker.selectedItems : picker.activeItems;
      if (chosen.length === 0) return;
      resolve(chosen.map((c) => c.display));
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

  // Feedback in the same picker: each choice marked right or wrong with its reason.
  picker.canSelectMany = false;
  picker.title = `${feedback.correct ? '$(pass) Correct' : '$(error) Not quite'} · ${heading}`;
  picker.placeholder = mdToPlainText(q.explanation);
  const items: ChoiceItem[] = (feedback.choices ?? []).map((c, display) => ({
    label: `${c.correct ? '$(pass)' : c.picked ? '$(error)' : '$(circle-large-outline)'} ${LETTERS[display]}. ${mdToPlainText(c.text)}`,
    detail: mdToPlainText(c.why),
    display,
  }));
  const next: ChoiceItem = { label: last ? '$(check) Done' : '$(arrow-right) Next question', display: -1, alwaysShow: true };
  picker.items = [next, { label: '', kind: vscode.QuickPickItemKind.Separator, display: -2 }, ...items];
  picker.activeItems = [next];
  const goOn = await new Promise<boolean>((resolve) => {
    picker.onDidAccept(() => resolve(picker.activeItems[0]?.display === -1 && !last));
    picker.onDidHide(() => resolve(false));
  });
  picker.dispose();
  return { feedback, goOn };
}
