// "Custom Study…": what to study (a place in the banks, or what happened to the questions), then
// whether the answers reschedule cards. Cram (the default) leaves the schedule as it is. The
// selection itself is core/quiz/customStudy.ts.
import * as vscode from 'vscode';
import { command, type CommandEntry } from './lazyCommands';
import type { CatalogIndex } from '../../core/catalog/catalogIndex';
import { topicsInExamOrder } from '../../core/catalog/topicOrder';
import { flaggedInExams, readHistory } from '../../core/exam/examHistory';
import {
  customStudyCounts, DEFAULT_MISSED_DAYS, MAX_MISSED_DAYS, parseMissedDays, selectCustomStudy, type CustomStudyInputs, type CustomStudySource,
} from '../../core/quiz/customStudy';
import { CommandId } from '../commandIds';
import type { CatalogService } from '../catalogService';
import type { QuizPanelApi } from '../panels/quizPanelLoader';
import type { ProgressStore } from '../storage/progressStore';
import { StorageKey } from '../storage/storageKeys';

interface Deps {
  catalog: CatalogService;
  progress: ProgressStore;
  quiz: QuizPanelApi;
  /** where the exam history (and its flags) is kept */
  workspaceState: vscode.Memento;
  now?: () => Date;
}

type Kind = CustomStudySource['kind'];

export function customStudyCommands(d: Deps): CommandEntry[] {
  return [command(CommandId.customStudy, () => runCustomStudy(d))];
}

async function runCustomStudy(d: Deps): Promise<void> {
  const index = await d.catalog.load();
  const now = d.now?.() ?? new Date();
  const inputs: CustomStudyInputs = {
    index,
    state: d.progress.current,
    reviews: await d.progress.readReviews(),
    flagged: flaggedInExams(readHistory(d.workspaceState.get(StorageKey.examHistory)).history),
    now,
    rng: Math.random,
  };
  const source = await pickSource(index, inputs);
  if (!source) return;
  const questions = selectCustomStudy(source.source, inputs);
  if (questions.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: no questions for "{0}" right now.', source.label));
    return;
  }
  const cram = await pickMode(questions.length, source.label);
  if (cram === undefined) return;
  const title = cram ? vscode.l10n.t('Cram · {0}', source.label) : vscode.l10n.t('Custom study · {0}', source.label);
  await d.quiz.start(title, questions, { cram });
}

const count = (n: number) => vscode.l10n.t('{0} question(s)', n);

async function pickSource(index: CatalogIndex, inputs: CustomStudyInputs): Promise<{ source: CustomStudySource; label: string } | undefined> {
  const n = customStudyCounts(inputs);
  const picks: (vscode.QuickPickItem & { kind2: Kind })[] = [
    { label: `$(list-tree) ${vscode.l10n.t('A topic…')}`, kind2: 'topic' },
    { label: `$(folder-library) ${vscode.l10n.t('A domain…')}`, kind2: 'domain' },
    { label: `$(mortar-board) ${vscode.l10n.t('An exam…')}`, kind2: 'exam' },
    { label: `$(history) ${vscode.l10n.t('Missed in the last N days…')}`, description: vscode.l10n.t('{0} in the last {1} days', n.missed, DEFAULT_MISSED_DAYS), kind2: 'missed' },
    { label: `$(bookmark) ${vscode.l10n.t('Flagged in exams')}`, description: count(n.flagged), kind2: 'flagged' },
    { label: `$(flame) ${vscode.l10n.t('Leeches')}`, description: count(n.leeches), detail: vscode.l10n.t('Questions you keep forgetting'), kind2: 'leeches' },
    { label: `$(sparkle) ${vscode.l10n.t('New only')}`, description: count(n.new), detail: vscode.l10n.t('Questions you have never answered'), kind2: 'new' },
  ];
  const pick = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Custom study: what to study?'), placeHolder: vscode.l10n.t('Then choose whether your answers change the schedule') });
  if (!pick) return undefined;
  switch (pick.kind2) {
    case 'topic': {
      const t = await vscode.window.showQuickPick(
        topicsInExamOrder(index).map((x) => ({ label: x.title, description: `${x.exam} · ${vscode.l10n.t('domain {0}', x.domain)}`, id: x.id })),
        { title: vscode.l10n.t('Custom study: which topic?'), matchOnDescription: true },
      );
      return t && { source: { kind: 'topic', topicId: t.id }, label: t.label };
    }
    case 'domain': {
      const items = index.exams.flatMap((e) => [...e.domains].sort((a, b) => a.number - b.number).map((dm) => ({ label: `${dm.number}. ${dm.title}`, description: e.code, exam: e.code, domain: dm.number })));
      const p = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Custom study: which domain?'), matchOnDescription: true });
      return p && { source: { kind: 'domain', exam: p.exam, domain: p.domain }, label: `${p.exam} · ${p.label}` };
    }
    case 'exam': {
      const p = await vscode.window.showQuickPick(index.exams.map((e) => ({ label: e.code, description: e.name })), { title: vscode.l10n.t('Custom study: which exam?') });
      return p && { source: { kind: 'exam', exam: p.label }, label: p.label };
    }
    case 'missed': {
      const text = await vscode.window.showInputBox({
        title: vscode.l10n.t('Custom study: questions missed in the last N days'),
        prompt: vscode.l10n.t('How many days back? Today counts as the first.'),
        value: String(DEFAULT_MISSED_DAYS),
        validateInput: (v) => {
          const r = parseMissedDays(v);
          if (!('error' in r)) return undefined;
          return r.error === 'outOfRange' ? vscode.l10n.t('Type a number from 1 to {0}.', MAX_MISSED_DAYS) : vscode.l10n.t('Type a whole number of days, e.g. 7.');
        },
      });
      if (text === undefined) return undefined;
      const r = parseMissedDays(text);
      if ('error' in r) return undefined;
      return { source: { kind: 'missed', days: r.days }, label: vscode.l10n.t('missed in the last {0} day(s)', r.days) };
    }
    case 'flagged':
      return { source: { kind: 'flagged' }, label: vscode.l10n.t('flagged in exams') };
    case 'leeches':
      return { source: { kind: 'leeches' }, label: vscode.l10n.t('leeches') };
    case 'new':
      return { source: { kind: 'new' }, label: vscode.l10n.t('new questions') };
  }
}

/** True for cram (answers change nothing), false for a round that reschedules; undefined when cancelled. */
async function pickMode(n: number, label: string): Promise<boolean | undefined> {
  const picks = [
    { label: `$(eye) ${vscode.l10n.t('Cram: do not change my schedule')}`, detail: vscode.l10n.t('Answers are graded and counted in the round only; due dates, review counts and statistics stay as they are.'), cram: true },
    { label: `$(calendar) ${vscode.l10n.t('Study: reschedule as usual')}`, detail: vscode.l10n.t('Each answer is a review: it moves the card\'s next due date, as in any other round.'), cram: false },
  ];
  const p = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('{0}: {1}. Should answers change the schedule?', label, count(n)) });
  return p?.cram;
}
