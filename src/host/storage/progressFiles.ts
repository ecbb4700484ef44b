// The files of one progress scope in the extension's storage folder: the journal of answers since
// the last snapshot, and the review log kept for good. Node's fs, no vscode, so the benchmark and
// unit tests drive exactly what the extension runs. Appends are O(1); a torn last line left by a
// crash is cut off before anything is appended after it.
// fs.promises and crypto are reached on use: loading them costs a fresh process milliseconds at start.
import { appendFileSync, closeSync, fstatSync, ftruncateSync, mkdirSync, openSync, promises as fsp, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeJournalEntry, encodeJournalHeader, parseJournal, type JournalEntry, type ParsedJournal } from '../../core/progress/journal';
import { encodeReviews, encodeWithdrawal, parseReviewLog, REVIEW_LOG_HEADER, type ParsedReviewLog, type ReviewLogEntry } from '../../core/progress/reviewLog';

export const JOURNAL_FILE = 'progress-journal.jsonl';
export const REVIEW_LOG_FILE = 'reviews.log';

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/** Cuts a file back to its last newline, so the next append starts a fresh line. Sync: a few bytes read. */
function cutTornTail(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (err) {
    if (isMissing(err)) return false;
    throw err;
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return false;
    const buf = Buffer.alloc(Math.min(size, 64 * 1024));
    let end = size;
    // Walk back in chunks to the last newline (a torn record is short, so this reads one chunk).
    while (end > 0) {
      const start = Math.max(0, end - buf.length);
      const n = readSync(fd, buf, 0, end - start, start);
      if (end === size && buf[n - 1] === 0x0a) return false;
      const i = buf.subarray(0, n).lastIndexOf(0x0a);
      if (i >= 0) {
        ftruncateSync(fd, start + i + 1);
        return true;
      }
      end = start;
    }
    ftruncateSync(fd, 0);
    return true;
  } finally {
    closeSync(fd);
  }
}

async function replaceFile(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await fsp.writeFile(tmp, text);
  await fsp.rename(tmp, path);
}

export class ProgressFiles {
  private journalWriter: string | undefined;
  /** whether the journal file on disk starts with this writer's header */
  private journalHeaded = false;
  private reviewLogReady = false;

  constructor(readonly dir: string) {}

  private get journalPath() {
    return join(this.dir, JOURNAL_FILE);
  }
  private get reviewLogPath() {
    return join(this.dir, REVIEW_LOG_FILE);
  }

  /** The journal as it is on disk, its torn tail (if any) cut off. Sync: it holds at most a few hundred lines. */
  readJournal(): ParsedJournal & { cut: boolean } {
    let text = '';
    try {
      text = readFileSync(this.journalPath, 'utf8');
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
    const parsed = parseJournal(text);
    const cut = parsed.torn ? cutTornTail(this.journalPath) : false;
    this.journalWriter = parsed.header?.writer;
    this.journalHeaded = parsed.header !== undefined;
    return { ...parsed, cut };
  }

  /** This folder's writer id, made up the first time. */
  get writer(): string {
    this.journalWriter ??= globalThis.crypto.randomUUID();
    return this.journalWriter;
  }

  /** One answer's record, appended synchronously: a few hundred bytes, and nothing lost if the window closes next. */
  appendJournal(entry: JournalEntry, base: number): void {
    const text = (this.journalHeaded ? '' : encodeJournalHeader({ writer: this.writer, base })) + encodeJournalEntry(entry);
    try {
      appendFileSync(this.journalPath, text);
    } catch (err) {
      if (!isMissing(err)) throw err;
      // The folder or file went away: a new journal, with its header.
      mkdirSync(this.dir, { recursive: true });
      appendFileSync(this.journalPath, (this.journalHeaded ? encodeJournalHeader({ writer: this.writer, base }) : '') + text);
    }
    this.journalHeaded = true;
  }

  /**
   * A new journal whose entries continue after `base` (a snapshot holds everything up to it),
   * holding the entries made since. Sync, so no answer can land in the file being replaced.
   */
  rewriteJournal(base: number, since: readonly JournalEntry[]): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = `${this.journalPath}.${process.pid}.tmp`;
    writeFileSync(tmp, encodeJournalHeader({ writer: this.writer, base }) + since.map(encodeJournalEntry).join(''));
    renameSync(tmp, this.journalPath);
    this.journalHeaded = true;
  }

  /**
   * Appends reviews. Sync, like the journal: one answer's line is a few dozen bytes, and the
   * first append of a session first cuts a torn tail and writes the header of a new file.
   */
  appendReviews(entries: readonly ReviewLogEntry[]): void {
    this.appendLogText(encodeReviews(entries));
  }

  /** Withdraws a review (an undone answer): one appended line, the log is never rewritten for it. */
  withdrawReview(entry: Pick<ReviewLogEntry, 'at' | 'grade' | 'id'>): void {
    this.appendLogText(encodeWithdrawal(entry));
  }

  private appendLogText(text: string): void {
    if (text === '') return;
    if (!this.reviewLogReady) {
      mkdirSync(this.dir, { recursive: true });
      cutTornTail(this.reviewLogPath);
      const fd = openSync(this.reviewLogPath, 'a+');
      try {
        if (fstatSync(fd).size === 0) appendFileSync(fd, REVIEW_LOG_HEADER);
      } finally {
        closeSync(fd);
      }
      this.reviewLogReady = true;
    }
    appendFileSync(this.reviewLogPath, text);
  }

  async readReviews(): Promise<ParsedReviewLog> {
    try {
      return parseReviewLog(await fsp.readFile(this.reviewLogPath, 'utf8'));
    } catch (err) {
      if (isMissing(err)) return { entries: [], torn: false, skipped: 0, withdrawn: 0 };
      throw err;
    }
  }

  /** Replaces the whole log (an import merged into it): written aside, then renamed over. */
  async writeReviews(entries: readonly ReviewLogEntry[]): Promise<void> {
    await fsp.mkdir(this.dir, { recursive: true });
    await replaceFile(this.reviewLogPath, REVIEW_LOG_HEADER + encodeReviews(entries));
    this.reviewLogReady = true;
  }
}
