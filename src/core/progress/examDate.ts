// The learner's exam date (setting `sagemakerStudy.study.examDate`, YYYY-MM-DD): it sets mastery's
// horizon and raises the daily new-question limit so every question is seen once before the exam.
import type { StudyLimits } from './queue';

const DAY_MS = 86_400_000;

/** The start of the exam day in local time, or undefined for an empty or invalid date. */
export function parseExamDate(text: unknown): Date | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  // Reject 2027-02-30 and the like, which Date would roll over into March.
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return undefined;
  return date;
}

/** Whole days left before the exam (at least 1 while it is ahead), or undefined when none is set or it passed. */
export function daysUntilExam(now: Date, examDate?: Date): number | undefined {
  if (!examDate || examDate.getTime() <= now.getTime()) return undefined;
  return Math.max(1, Math.ceil((examDate.getTime() - now.getTime()) / DAY_MS));
}

/**
 * The daily limits with an exam ahead: new questions per day rise to what seeing all `unseen`
 * questions once before the exam needs; the learner's own limits are never lowered.
 */
export function limitsBeforeExam(limits: StudyLimits, unseen: number, now: Date, examDate?: Date): StudyLimits {
  const days = daysUntilExam(now, examDate);
  if (days === undefined || unseen <= 0) return limits;
  return { ...limits, newPerDay: Math.max(limits.newPerDay, Math.ceil(unseen / days)) };
}
