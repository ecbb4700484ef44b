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

const LETTERS = 'ABCDEFGH';

interface ChoiceItem extends vscode.QuickPickItem {
  display: number;
}

export async function runQuickQuiz(catalog: CatalogService, progress: ProgressStore, count: number, rng: Rng = Math.random): Promise<void> {
  const index = await catalog.load();
  const askable = index.catalog.questions.filter((q) => q.type === 'single' || q.type === 'multiple');
  const round = pickForRound(askable, progress.current, count, rng, new Date());
  let right = 0;
  for (let i = 0; i < round.length; i++) {
    const result = await askOne(round[i], index, progress, rng, `Quick Quiz ${i + 1}/${round.length}`, i === round.length - 1);
    if (result === undefined) return;
    if (result.feedback.correct) right++;
    if (!result.goOn) return;
  }
  if (round.length > 1) void vscode.window.showInformationMessage(`Quick Quiz: ${right} of ${round.length} right.`);
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
