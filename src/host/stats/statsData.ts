// Gathers what the statistics need from the services: catalog, cards, reviews, exam history and
// predictions, the mastery of each question, and the study settings.
import * as vscode from 'vscode';
import type { CardRecord } from '../../core/progress/model';
import { cardMastery, DEFAULT_HORIZON_DAYS, masteryHorizon } from '../../core/progress/mastery';
import { listAttempts, readHistory } from '../../core/exam/examHistory';
import type { ReviewPoint } from '../../core/stats/memory';
import type { StatsView } from '../../shared/statsView';
import type { CatalogService } from '../catalogService';
import type { ProgressStore } from '../storage/progressStore';
import { StorageKey } from '../storage/storageKeys';
import { calibrationPoints, readPredictions } from './readinessLog';

const HORIZON_DAYS = DEFAULT_HORIZON_DAYS;

export interface StatsSources {
  catalog: CatalogService;
  progress: ProgressStore;
  /** where exam history and predictions are kept */
  state: vscode.Memento;
  now?: () => Date;
}

/** Expected recall at the horizon; 0 when the latest answer was wrong; undefined when never answered. */
export function masteryOf(cards: ReadonlyMap<string, CardRecord>, now: Date, retention: number): (id: string) => number | undefined {
  // The one definition the Topics view also shows (core/progress/mastery).
  const options = { now, horizon: masteryHorizon(now), retention };
  return (id) => {
    const r = cards.get(id);
    return r ? cardMastery(r, options) : undefined;
  };
}

export async function statsView(s: StatsSources): Promise<StatsView> {
  const now = s.now?.() ?? new Date();
  const index = await s.catalog.load();
  const settings = s.progress.options;
  const cards = new Map(Object.entries(s.progress.current.cards));
  // The full review history, oldest first: retention, the heatmap and first attempts read it.
  const reviews: ReviewPoint[] = await s.progress.readReviews();
  const { history } = readHistory(s.state.get(StorageKey.examHistory));
  const attempts = index.exams.flatMap((e) => listAttempts(history, e.code)).sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt));
  // The statistics code loads when the panel first opens.
  const { buildStatsView } = await import('../../core/stats/statsView');
  return buildStatsView({
    catalog: index.catalog,
    cards,
    reviews,
    history: attempts,
    predictions: calibrationPoints(readPredictions(s.state), attempts),
    mastery: masteryOf(cards, now, settings.retention),
    now,
    horizonText: vscode.l10n.t("in {0} days", HORIZON_DAYS),
    desiredRetention: settings.retention,
    newPerDay: settings.newPerDay,
  });
}
