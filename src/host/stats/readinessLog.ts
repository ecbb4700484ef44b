// Readiness predictions recorded when an exam simulation starts, so the statistics panel can set
// them against the scores the exams got (calibration). Kept small: the newest 100.
import type * as vscode from 'vscode';
import type { CalibrationPoint } from '../../core/stats/readiness';

export const PREDICTIONS_KEY = 'sagemakerStudy.readinessPredictions';
const LIMIT = 100;

export interface Prediction {
  examCode: string;
  /** ISO time the exam started */
  at: string;
  predicted: number;
}

export function readPredictions(memento: vscode.Memento): Prediction[] {
  const raw = memento.get<unknown>(PREDICTIONS_KEY);
  if (!Array.isArray(raw)) return [];
  return raw.filter((p): p is Prediction =>
    typeof p === 'object' && p !== null && typeof (p as Prediction).examCode === 'string' && typeof (p as Prediction).at === 'string'
    && Number.isFinite(Date.parse((p as Prediction).at)) && Number.isFinite((p as Prediction).predicted));
}

export async function recordPrediction(memento: vscode.Memento, p: Prediction): Promise<void> {
  await memento.update(PREDICTIONS_KEY, [...readPredictions(memento), p].slice(-LIMIT));
}

/** Each finished attempt with the prediction made just before it started (within 10 minutes). */
export function calibrationPoints(predictions: Prediction[], attempts: readonly { examCode: string; startedAt: string; finishedAt: string; scaled: number }[]): CalibrationPoint[] {
  const out: CalibrationPoint[] = [];
  for (const a of attempts) {
    const started = Date.parse(a.startedAt);
    const match = predictions
      .filter((p) => p.examCode === a.examCode && Date.parse(p.at) <= started + 1000 && started - Date.parse(p.at) < 600_000)
      .sort((x, y) => Date.parse(y.at) - Date.parse(x.at))[0];
    if (match) out.push({ examCode: a.examCode, at: a.finishedAt, predicted: match.predicted, actual: a.scaled });
  }
  return out;
}
