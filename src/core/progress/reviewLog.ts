// The review history: every review ever made, one short text line each, appended and never
// rewritten except to merge an import. Statistics and fitting FSRS to the learner read it.
//
// A line is `<time>,<grade>,<elapsed days>,<answer ms>,<card id>\n`: time in milliseconds since
// 1970 in base 36, elapsed days with at most 4 decimals, answer time empty when unknown, the id
// last so it may hold commas. About 30 bytes a review, so a million reviews take about 30 MB.
//
// An answer taken back (undo) appends a withdrawal: the review's line with a `-` in front and no
// elapsed days or answer time. Reading the log drops the latest earlier review with the same time,
// grade and card, so the log stays append-only and reads as if the review never happened.
import { MAX_TIME, MIN_TIME, type CardRecord, type Grade } from './model';

export interface ReviewLogEntry {
  /** when the review happened, ms since 1970 */
  at: number;
  id: string;
  grade: Grade;
  /** days since the card's previous review (0 for its first); absent for reviews migrated from a format that did not keep it */
  elapsedDays?: number;
  /** how long the learner took to answer, when the panel reported it */
  answerMs?: number;
}

export const REVIEW_LOG_HEADER = '#sagemaker-study reviews 1\n';
const DAY_MS = 86_400_000;

/** The log entry for reviewing `prev` (undefined for a new card) at `now`. */
export function reviewEntry(prev: CardRecord | undefined, id: string, grade: Grade, now: Date, answerMs?: number): ReviewLogEntry {
  const last = prev?.card.last_review ? Date.parse(prev.card.last_review) : NaN;
  const elapsedDays = Number.isFinite(last) ? Math.max(0, (now.getTime() - last) / DAY_MS) : 0;
  const entry: ReviewLogEntry = { at: now.getTime(), id, grade, elapsedDays: Math.round(elapsedDays * 1e4) / 1e4 };
  if (answerMs !== undefined && Number.isFinite(answerMs) && answerMs >= 0) entry.answerMs = Math.round(answerMs);
  return entry;
}

/** Whether an entry can be written and read back as it is. */
export function isWritable(e: ReviewLogEntry): boolean {
  return Number.isInteger(e.at) && e.at >= MIN_TIME && e.at < MAX_TIME && e.id.length > 0 && e.id.length <= 512 && !/[\r\n]/.test(e.id)
    && (e.grade === 1 || e.grade === 2 || e.grade === 3 || e.grade === 4);
}

/** One entry as its line, newline included. */
export function encodeReview(e: ReviewLogEntry): string {
  const elapsed = e.elapsedDays === undefined ? '' : String(Math.round(e.elapsedDays * 1e4) / 1e4);
  return `${e.at.toString(36)},${e.grade},${elapsed},${e.answerMs ?? ''},${e.id}\n`;
}

/** The line that withdraws a review (an undone answer), newline included. */
export function encodeWithdrawal(e: Pick<ReviewLogEntry, 'at' | 'grade' | 'id'>): string {
  return `-${e.at.toString(36)},${e.grade},,,${e.id}\n`;
}

export function encodeReviews(entries: Iterable<ReviewLogEntry>): string {
  let out = '';
  for (const e of entries) if (isWritable(e)) out += encodeReview(e);
  return out;
}

const LINE = /^([0-9a-z]{1,12}),([1-4]),(\d+(?:\.\d+)?)?,(\d{1,9})?,(.+)$/;

/** One line without its newline, or undefined when it is not a review. */
export function decodeReview(line: string): ReviewLogEntry | undefined {
  const m = LINE.exec(line);
  if (!m) return undefined;
  const at = parseInt(m[1], 36);
  const e: ReviewLogEntry = { at, id: m[5], grade: Number(m[2]) as Grade };
  if (m[3] !== undefined) e.elapsedDays = Number(m[3]);
  if (m[4] !== undefined) e.answerMs = Number(m[4]);
  return isWritable(e) ? e : undefined;
}

export interface ParsedReviewLog {
  entries: ReviewLogEntry[];
  /** the text ended inside a record (a crash mid-write): that record was dropped */
  torn: boolean;
  /** complete lines that were not reviews (damage), skipped */
  skipped: number;
  /** reviews withdrawn by a later line (undone answers), left out of `entries` */
  withdrawn: number;
}

/** Reads a log's text. A last line without its newline is a torn write and is dropped; the rest is kept. */
export function parseReviewLog(text: string): ParsedReviewLog {
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  const out: ParsedReviewLog = { entries: [], torn: tail.length > 0, skipped: 0, withdrawn: 0 };
  for (const line of lines) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('-')) {
      const w = decodeReview(line.slice(1));
      if (w) withdraw(out, w);
      else out.skipped++;
      continue;
    }
    const e = decodeReview(line);
    if (e) out.entries.push(e);
    else out.skipped++;
  }
  return out;
}

/** Drops the latest review with the withdrawal's key; an undone answer is nearly always the last line. */
function withdraw(log: ParsedReviewLog, w: ReviewLogEntry): void {
  const k = key(w);
  for (let i = log.entries.length - 1; i >= 0; i--) {
    if (key(log.entries[i]) !== k) continue;
    log.entries.splice(i, 1);
    log.withdrawn++;
    return;
  }
}

const byTime = (a: ReviewLogEntry, b: ReviewLogEntry) => a.at - b.at;
const key = (e: ReviewLogEntry) => `${e.at},${e.grade},${e.id}`;

/** The entries in time order (stable for equal times); the input is left as it is. */
export function inTimeOrder(entries: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  for (let i = 1; i < entries.length; i++) if (entries[i - 1].at > entries[i].at) return [...entries].sort(byTime);
  return [...entries];
}

/** Every review of both logs once, in time order: the same review (time, card, grade) in both is kept once. */
export function mergeReviewLogs(a: readonly ReviewLogEntry[], b: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  const seen = new Map<string, ReviewLogEntry>();
  for (const e of a) if (!seen.has(key(e))) seen.set(key(e), e);
  for (const e of b) {
    const mine = seen.get(key(e));
    // The same review twice: keep whichever knows more about it.
    if (!mine) seen.set(key(e), e);
    else if (mine.answerMs === undefined && e.answerMs !== undefined) seen.set(key(e), e);
  }
  return inTimeOrder([...seen.values()]);
}

/** The entries of `b` that `a` does not hold yet, in time order. */
export function missingFrom(a: readonly ReviewLogEntry[], b: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  const have = new Set(a.map(key));
  return inTimeOrder(b.filter((e) => !have.has(key(e))));
}

/** The reviews of one card, oldest first. */
export function reviewsOf(entries: readonly ReviewLogEntry[], id: string): ReviewLogEntry[] {
  return inTimeOrder(entries.filter((e) => e.id === id));
}
