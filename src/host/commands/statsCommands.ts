// "Show Statistics": the statistics panel, created on the first call (its strings and figures load with it).
import type * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { CatalogService } from '../catalogService';
import { StatsPanel } from '../panels/statsPanel';
import { recordPrediction } from '../stats/readinessLog';
import { statsView } from '../stats/statsData';
import type { ProgressStore } from '../storage/progressStore';
import { command, type CommandEntry } from './lazyCommands';

export interface StatsDeps {
  dist: vscode.Uri;
  catalog: CatalogService;
  progress: ProgressStore;
  /** where exam history and predictions are kept */
  workspaceState: vscode.Memento;
  log: vscode.LogOutputChannel;
  /** keeps the panel until the extension is deactivated */
  track: (d: vscode.Disposable) => void;
}

export function statsCommands(d: StatsDeps): CommandEntry[] {
  const figures = () => statsView({ catalog: d.catalog, progress: d.progress, state: d.workspaceState });
  const panel = new StatsPanel(d.dist, figures, d.progress.onDidChange, d.log);
  d.track(panel);
  return [command(CommandId.showStatistics, () => panel.show())];
}

/** The readiness prediction as an exam simulation starts, to be set against its score (calibration). */
export async function predictOnExamStart(d: Pick<StatsDeps, 'catalog' | 'progress' | 'workspaceState'>, examCode: string): Promise<void> {
  const exam = (await statsView({ catalog: d.catalog, progress: d.progress, state: d.workspaceState })).exams.find((e) => e.code === examCode);
  if (exam) await recordPrediction(d.workspaceState, { examCode, at: new Date().toISOString(), predicted: exam.readiness.predicted });
}
