// What the statistics panel shows, computed by the host from the core's figures. The webview only
// draws it, and sends back which study action the learner chose.

export interface ReadinessView {
  predicted: number;
  low: number;
  high: number;
  /** 0 to 1 */
  passChance: number;
  /** expected raw share right, 0 to 1 */
  expected: number;
  seen: number;
  total: number;
}

export interface TopicMasteryView {
  id: string;
  title: string;
  /** 0 to 1 */
  mastery: number;
}

export interface DomainStatsView {
  domain: number;
  title: string;
  weight: number;
  /** mastery at the horizon, 0 to 1 */
  mastery: number;
  /** expected share right in the readiness model, 0 to 1 */
  expected: number;
  /** weakest first */
  topics: TopicMasteryView[];
}

export interface ExamStatsView {
  code: string;
  name: string;
  passScore: number;
  /** the raw share assumed to land on the pass line, 0 to 1 */
  cut: number;
  readiness: ReadinessView;
  domains: DomainStatsView[];
  calibration: { points: { at: string; predicted: number; actual: number }[]; meanAbsoluteError?: number };
  history: { at: string; scaled: number; passed: boolean }[];
}

export interface StatsView {
  /** ISO time the figures were computed */
  at: string;
  /** no review yet: the panel shows what to do first */
  empty: boolean;
  model: string;
  horizon: string;
  exams: ExamStatsView[];
  forecast: { day: string; learning: number; review: number; new: number }[];
  activity: { cells: { day: string; reviews: number }[]; currentStreak: number; longestStreak: number; total: number };
  retention: { windowDays: number; reviews: number; passed: number; rate?: number }[];
  desiredRetention: number;
  states: { new: number; learning: number; review: number; relearning: number; leeches: number };
  averageAnswerMs?: number;
}

/** The id of the page's JSON data block with the figures it first draws (written by the host). */
export const STATS_DATA_ID = 'stats-data';

export type StatsToWebview = { type: 'stats'; view: StatsView };
export type StatsFromWebview =
  | { type: 'ready' }
  | { type: 'studyTopic'; topicId: string }
  | { type: 'startExam'; exam: string }
  | { type: 'reviewDue' };

const isShortText = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200;

/** Every message from the statistics webview is checked before it is used; extra fields are dropped. */
export function parseStatsMessage(m: unknown): StatsFromWebview | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const r = m as Record<string, unknown>;
  switch (r.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reviewDue':
      return { type: 'reviewDue' };
    case 'studyTopic':
      return isShortText(r.topicId) ? { type: 'studyTopic', topicId: r.topicId } : undefined;
    case 'startExam':
      return isShortText(r.exam) ? { type: 'startExam', exam: r.exam } : undefined;
    default:
      return undefined;
  }
}
