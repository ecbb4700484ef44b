// "Start Exam Simulation": a full mock exam or a shorter practice exam with the same domain proportions;
// "Show Exam History": every attempt, on its own.
import * as vscode from 'vscode';
import { command, type CommandEntry } from './lazyCommands';
import { examMinutes } from '../../core/exam/examDraw';
import { CommandId } from '../commandIds';
import type { CatalogService } from '../catalogService';
import type { QuizPanelApi } from '../panels/quizPanelLoader';

export function examCommands(catalog: CatalogService, quiz: QuizPanelApi, predict?: (examCode: string) => Promise<void>): CommandEntry[] {
  return [
    command(CommandId.startExam, async (examCode?: string) => {
      const index = await catalog.load();
      const practice = vscode.workspace.getConfiguration('sagemakerStudy').get<number>('exam.practiceQuestions', 20);
      const picks = index.exams
        .filter((e) => !examCode || e.code === examCode)
        .filter((e) => index.questionsOfExam(e.code).some((q) => q.type !== 'flashcard'))
        .flatMap((e) => [
          { label: `$(mortar-board) ${vscode.l10n.t('{0} full exam', e.code)}`, description: vscode.l10n.t('{0} questions · {1} minutes', e.questions, e.minutes), detail: vscode.l10n.t('{0} · pass at {1}', e.name, e.passScore), code: e.code, n: undefined as number | undefined },
          ...(practice < e.questions ? [{ label: `$(watch) ${vscode.l10n.t('{0} practice exam', e.code)}`, description: vscode.l10n.t('{0} questions · {1} minutes', practice, examMinutes(e, practice)), detail: vscode.l10n.t('The same domain proportions, a shorter sitting (setting: sagemakerStudy.exam.practiceQuestions)'), code: e.code, n: practice as number | undefined }] : []),
        ]);
      const pick = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Start an exam simulation'), matchOnDescription: true });
      if (!pick) return;
      // The readiness prediction as the exam starts, to be set against its score (calibration).
      await predict?.(pick.code).catch(() => undefined);
      await quiz.startExam(pick.code, pick.n);
    }),
    command(CommandId.showExamHistory, () => quiz.showExamHistory()),
  ];
}
