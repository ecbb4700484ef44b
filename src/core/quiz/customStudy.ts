// Custom study (Anki's filtered deck): a round over questions the learner chooses by where they
// are (a topic, a domain, an exam) or by what happened to them (missed lately, flagged in an exam,
// leeches, never seen). Suspended questions are never chosen. Whether the round's answers
// reschedule cards is the round's mode (a cram round leaves progress alone; see QuizSession.cram).
import type { Question } from '../bank/model';
import type { CatalogIndex } from '../catalog/catalogIndex';
import { own, type ProgressState } from '../progress/model';
import { leeches } from '../progress/stats';
import type { ReviewLogEntry } from '../progress/reviewLog';
import { isSuspended } from '../progress/suspension';
import type { Rng } from './grading';
import { pickForRound } from './selection';

export type CustomStudySource =
  | { kind: 'topic'; topicId: string }
  | { kind: 'domain'; exam: string; domain: number }
  | { kind: 'exam'; exam: string }
  /** answered wrong on any of the last `days` local calendar days, today included */
  | { kind: 'missed'; days: number }
  /** flagged for review in an exam simulation */
  | { kind: 'flagged' }
  | { kind: 'leeches' }
  /** never answered */
  | { kind: 'new' };

/** As many as Anki's filtered deck takes by default: a long evening's cramming. */
export const CUSTOM_STUDY_LIMIT = 100;
export const DEFAULT_MISSED_DAYS = 7;
export const MAX_MISSED_DAYS = 3650;

export interface CustomStudyInputs {
  index: CatalogIndex;
  state: ProgressState;
  /** the review log, for "missed in the last N days" */
  reviews: readonly ReviewLogEntry[];
  /** ids flagged in exam attempts, most recent attempt first (see examHistory.flaggedInExams) */
  flagged: readonly string[];
  now: Date;
  rng: Rng;
  limit?: number;
}

/** The first instant of the local day `days - 1` days before `now`: "the last 7 days" starts six days ago at midnight. */
export function missedSince(now: Date, days: number): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1)).getTime();
}

/** The number of days the learner typed, or why it is not one (the host words the message). */
export function parseMissedDays(text: string): { days: number } | { error: 'notWholeNumber' | 'outOfRange' } {
  const t = text.trim();
  if (!/^\d{1,9}$/.test(t)) return { error: 'notWholeNumber' };
  const days = Number(t);
  return days < 1 || days > MAX_MISSED_DAYS ? { error: 'outOfRange' } : { days };
}

/** Ids answered wrong since `from` (ms), the latest miss first: from the log, and from cards the log may lack. */
function missedIds(inputs: CustomStudyInputs, from: number): string[] {
  const lastMiss = new Map<string, number>();
  const to = inputs.now.getTime();
  for (const e of inputs.reviews) if (e.grade === 1 && e.at >= from && e.at <= to) lastMiss.set(e.id, Math.max(e.at, lastMiss.get(e.id) ?? 0));
  for (const id of Object.keys(inputs.state.cards)) {
    const r = inputs.state.cards[id];
    const at = Date.parse(r.last);
    if (!r.lastCorrect && at >= from && at <= to) lastMiss.set(id, Math.max(at, lastMiss.get(id) ?? 0));
  }
  return [...lastMiss].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
}

/** The questions of a custom study round, in the order to ask them, at most `limit`. */
export function selectCustomStudy(source: CustomStudySource, inputs: CustomStudyInputs): Question[] {
  const { index, state } = inputs;
  const limit = inputs.limit ?? CUSTOM_STUDY_LIMIT;
  const usable = (ids: Iterable<string>): Question[] => {
    const out: Question[] = [];
    for (const id of ids) {
      const q = index.question(id);
      if (q && !isSuspended(state, id)) out.push(q);
      if (out.length >= limit) break;
    }
    return out;
  };
  // A place in the banks: due first, then missed, then new from the weakest topics (pickForRound).
  const place = (pool: Question[]) => pickForRound(pool, state, limit, inputs.rng, inputs.now);
  switch (source.kind) {
    case 'topic':
      return place(index.questionsOfTopic(source.topicId));
    case 'domain':
      return place(index.questionsOfDomain(source.exam, source.domain));
    case 'exam':
      return place(index.questionsOfExam(source.exam));
    case 'missed':
      return usable(missedIds(inputs, missedSince(inputs.now, source.days)));
    case 'flagged':
      return usable(new Set(inputs.flagged));
    case 'leeches': {
      return usable(leeches(state).sort((a, b) => state.cards[b].card.lapses - state.cards[a].card.lapses || (a < b ? -1 : 1)));
    }
    case 'new': {
      const fresh = index.catalog.questions.filter((q) => !own(state.cards, q.id) && !own(state.aside, q.id));
      return place(fresh);
    }
  }
}

/** How many questions each kind of source would give now, for the picker's descriptions. */
export function customStudyCounts(inputs: CustomStudyInputs, missedDays = DEFAULT_MISSED_DAYS): Record<'missed' | 'flagged' | 'leeches' | 'new', number> {
  const all = { ...inputs, limit: Number.MAX_SAFE_INTEGER };
  return {
    missed: selectCustomStudy({ kind: 'missed', days: missedDays }, all).length,
    flagged: selectCustomStudy({ kind: 'flagged' }, all).length,
    leeches: selectCustomStudy({ kind: 'leeches' }, all).length,
    new: selectCustomStudy({ kind: 'new' }, all).length,
  };
}
