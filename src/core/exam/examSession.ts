// A timed mock exam in progress: answers stay changeable and ungraded until submit, flags and position
// are kept, and the timer runs from the stored start time so a window reload does not pause it.
import type { Exam } from '../bank/model';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { AnswerPayload, QuestionView } from '../../shared/views';
import { present, questionView, type Rng } from '../quiz/grading';
import { examMinutes, type ExamDraw } from './examDraw';
import { checkShape, copyAnswer, gradedQuestionOf, type ExamItem } from './examItem';
import { readExamSnapshot } from './examRestore';
import { scoreExam, type ExamResult } from './examScoring';
import { EXAM_SNAPSHOT_VERSION, type ExamSnapshot } from './examSnapshot';

export interface AnswerSheetEntry {
  index: number;
  questionId: string;
  domain: number;
  answered: boolean;
  flagged: boolean;
}

export class ExamSubmittedError extends Error {
  constructor() {
    super('the exam has been submitted');
  }
}

export class ExamSession {
  private position = 0;
  private readonly answers = new Map<string, AnswerPayload>();
  private readonly flagged = new Set<string>();
  private submittedAt: Date | undefined;
  private outcome: ExamResult | undefined;

  private constructor(
    readonly exam: Exam,
    private readonly items: ExamItem[],
    private readonly index: CatalogIndex,
    readonly startedAt: Date,
    readonly minutes: number,
    /** ids of saved questions that left the banks (or changed exam or type) and were dropped on restore */
    readonly dropped: readonly string[],
  ) {}

  /**
   * Starts an exam from a draw. `minutes` defaults to examMinutes(exam, question count). Questions the
   * index no longer holds as graded questions of the exam are left out; throws when none remain.
   */
  static start(draw: ExamDraw, index: CatalogIndex, rng: Rng, startedAt: Date, minutes?: number): ExamSession {
    const exam = index.exam(draw.examCode);
    if (!exam) throw new Error(`unknown exam '${draw.examCode}'`);
    const items: ExamItem[] = [];
    for (const id of new Set(draw.questionIds)) {
      const found = gradedQuestionOf(index, exam, id);
      if (found) items.push({ ...found, presentation: present(found.question, rng) });
    }
    if (items.length === 0) throw new Error('the exam has no questions');
    const m = minutes ?? examMinutes(exam, items.length);
    if (!(m > 0) || !Number.isFinite(m)) throw new RangeError(`an exam needs a positive duration (got ${m})`);
    return new ExamSession(exam, items, index, new Date(startedAt.getTime()), m, []);
  }

  /**
   * Rebuilds an exam from a snapshot; never throws. Saved shuffles are kept where they still fit, answers
   * and flags are kept for every question still in the banks, the position stays on the same question
   * (or the next one kept). Undefined when the snapshot is unreadable or no question remains.
   */
  static restore(snapshot: unknown, index: CatalogIndex, rng: Rng): ExamSession | undefined {
    try {
      const r = readExamSnapshot(snapshot, index, rng);
      if (!r) return undefined;
      const session = new ExamSession(r.exam, r.items, index, r.startedAt, r.minutes, r.dropped);
      for (const [id, answer] of r.answers) session.answers.set(id, answer);
      for (const id of r.flagged) session.flagged.add(id);
      session.position = r.position;
      if (r.submittedAt) session.submit(r.submittedAt);
      return session;
    } catch {
      return undefined;
    }
  }

  snapshot(): ExamSnapshot {
    return {
      version: EXAM_SNAPSHOT_VERSION,
      examCode: this.exam.code,
      startedAt: this.startedAt.toISOString(),
      minutes: this.minutes,
      questionIds: this.items.map((it) => it.question.id),
      presentations: this.items.map((it) => ({ ...it.presentation })),
      answers: [...this.answers].map(([questionId, answer]) => ({ questionId, answer: copyAnswer(answer) })),
      flagged: [...this.flagged],
      position: this.position,
      ...(this.submittedAt ? { submittedAt: this.submittedAt.toISOString() } : {}),
    };
  }

  get examCode(): string {
    return this.exam.code;
  }
  get total(): number {
    return this.items.length;
  }
  /** the question on screen, from 0 */
  get current(): number {
    return this.position;
  }
  get submitted(): boolean {
    return this.outcome !== undefined;
  }
  get answeredCount(): number {
    return this.answers.size;
  }
  get deadline(): Date {
    return new Date(this.startedAt.getTime() + this.minutes * 60_000);
  }

  /** Milliseconds left at `now`, never negative, never more than the whole duration (clock set back). */
  timeLeft(now: Date): number {
    return Math.max(0, Math.min(this.minutes * 60_000, this.deadline.getTime() - now.getTime()));
  }
  /** Time is up: the caller should submit (auto-submit is the caller's decision). */
  expired(now: Date): boolean {
    return now.getTime() >= this.deadline.getTime();
  }

  goTo(i: number): void {
    this.position = this.check(i);
  }
  /** Moves on; false at the last question. */
  next(): boolean {
    if (this.position >= this.items.length - 1) return false;
    this.position++;
    return true;
  }
  /** Moves back; false at the first question. */
  previous(): boolean {
    if (this.position === 0) return false;
    this.position--;
    return true;
  }

  /** The question as shown, without its key. */
  questionView(i = this.position): QuestionView {
    const item = this.items[this.check(i)];
    return questionView(item.question, item.presentation, this.index);
  }
  questionId(i = this.position): string {
    return this.items[this.check(i)].question.id;
  }
  domainOf(i = this.position): number {
    return this.items[this.check(i)].domain;
  }

  /**
   * Records (or replaces) the answer to question i, in display positions. Throws AnswerMismatchError for
   * an answer of the wrong shape and ExamSubmittedError after submit. An empty multiple-response pick clears it.
   */
  answer(i: number, answer: AnswerPayload): void {
    this.open();
    const item = this.items[this.check(i)];
    if (answer.type === 'multiple' && answer.choices.length === 0 && item.question.type === 'multiple') {
      this.answers.delete(item.question.id);
      return;
    }
    checkShape(item, answer, this.index);
    this.answers.set(item.question.id, copyAnswer(answer));
  }
  clearAnswer(i: number): void {
    this.open();
    this.answers.delete(this.items[this.check(i)].question.id);
  }
  /** The learner's own answer to question i (never whether it is right). */
  answerOf(i = this.position): AnswerPayload | undefined {
    const a = this.answers.get(this.items[this.check(i)].question.id);
    return a && copyAnswer(a);
  }

  isFlagged(i = this.position): boolean {
    return this.flagged.has(this.items[this.check(i)].question.id);
  }
  setFlag(i: number, flagged: boolean): void {
    this.open();
    const id = this.items[this.check(i)].question.id;
    if (flagged) this.flagged.add(id);
    else this.flagged.delete(id);
  }
  /** Flips the flag on question i (the current one by default) and returns the new state. */
  toggleFlag(i = this.position): boolean {
    this.setFlag(i, !this.isFlagged(i));
    return this.isFlagged(i);
  }

  answerSheet(): AnswerSheetEntry[] {
    return this.items.map((it, index) => ({
      index,
      questionId: it.question.id,
      domain: it.domain,
      answered: this.answers.has(it.question.id),
      flagged: this.flagged.has(it.question.id),
    }));
  }
  /** Positions of the unanswered questions, for the warning before submit. */
  unanswered(): number[] {
    return this.items.flatMap((it, i) => (this.answers.has(it.question.id) ? [] : [i]));
  }

  /**
   * Grades everything and closes the exam; unanswered questions count as wrong. Calling it again returns
   * the same result. Submitted after the deadline, the attempt finishes at the deadline.
   */
  submit(now: Date): ExamResult {
    if (this.outcome) return this.outcome;
    const score = scoreExam(this.exam, this.items.map((it) => ({
      ...it,
      ...(this.answers.has(it.question.id) ? { answer: this.answers.get(it.question.id) } : {}),
      flagged: this.flagged.has(it.question.id),
    })), this.index);
    const finished = Math.max(this.startedAt.getTime(), Math.min(now.getTime(), this.deadline.getTime()));
    this.submittedAt = new Date(now.getTime());
    this.outcome = {
      ...score,
      startedAt: this.startedAt.toISOString(),
      finishedAt: new Date(finished).toISOString(),
      minutes: this.minutes,
      timedOut: this.expired(now),
    };
    return this.outcome;
  }
  /** The result once submitted; undefined before, so nothing graded leaks early. */
  result(): ExamResult | undefined {
    return this.outcome;
  }

  private check(i: number): number {
    if (!Number.isInteger(i) || i < 0 || i >= this.items.length) throw new RangeError(`no question ${i} in an exam of ${this.items.length}`);
    return i;
  }
  private open(): void {
    if (this.outcome) throw new ExamSubmittedError();
  }
}
