// A quiz round as the panel runs it: the core's QuizSession, the feedback on screen, and which
// showing of a question (its attempt) the learner's actions belong to. No vscode import, so the
// message handling is unit-tested with fakes.
import type { Grade, ProgressState } from '../../core/progress/model';
import { weakestTopic } from '../../core/quiz/nextTopic';
import type { CatalogIndex } from '../../core/catalog/catalogIndex';
import type { Question } from '../../core/bank/model';
import { gradeForAnswer, gradeForRating } from '../../core/quiz/grades';
import type { Rng } from '../../core/quiz/grading';
import { QuizSession, type SessionSnapshot } from '../../core/quiz/session';
import { formatInterval } from '../../core/progress/intervals';
import { answerTime } from '../../core/quiz/answerTime';
import type { HostToWebview, ScheduleView, WebviewToHost } from '../../shared/protocol';
import type { FeedbackView } from '../../shared/views';

export interface RoundDeps {
  /** records one review of a question in the learner's progress, with how long the answer took */
  record(questionId: string, grade: Grade, answerMs?: number): Promise<void>;
  warn(message: string): void;
  /** ms from now until the card would be due after each grade (the rating buttons' previews) */
  previewIntervals?(questionId: string): Record<Grade, number>;
  /** ms from now until the question is due, or undefined when it has no progress */
  dueIn?(questionId: string): number | undefined;
  /** the clock, ms since 1970 (answer times) */
  now?(): number;
}

type RoundMessage = Extract<WebviewToHost, { type: 'answer' | 'reveal' | 'next' | 'skip' | 'flag' | 'draft' }>;

/** What the panel does after a message: redraw, tell the webview the new flag, or nothing. */
export type RoundEffect = { kind: 'render' } | { kind: 'flagged'; flagged: boolean } | { kind: 'none' };

export class QuizRound {
  private feedback: FeedbackView | undefined;
  /** numbers each showing of a question; an action for an older showing is stale */
  private attempt = 0;
  /** the learner already acted on this attempt (answered, rated, moved on) */
  private acted = false;
  /** when the current attempt was first on screen, for the answer time */
  private shownAt: number | undefined;

  private constructor(readonly session: QuizSession, private readonly index: CatalogIndex, private readonly deps: RoundDeps) {}

  static start(title: string, questions: Question[], index: CatalogIndex, rng: Rng, deps: RoundDeps): QuizRound {
    return new QuizRound(new QuizSession(title, questions, index, rng), index, deps);
  }

  /** Rebuilds a saved round; an answered current question shows its feedback again. */
  static restore(snapshot: SessionSnapshot, index: CatalogIndex, rng: Rng, deps: RoundDeps): QuizRound | undefined {
    const session = QuizSession.restore(snapshot, index, rng);
    if (!session) return undefined;
    const round = new QuizRound(session, index, deps);
    const q = session.currentQuestion();
    const outcome = q && session.outcomeOf(q.id);
    if (q && outcome && outcome.answer.type !== 'flashcard') {
      round.feedback = session.submit(outcome.answer).feedback;
      round.acted = true;
    }
    return round;
  }

  get title(): string {
    return this.session.title;
  }

  snapshot(): SessionSnapshot {
    return this.session.snapshot();
  }

  /** Under way: not finished, and something answered or skipped (worth asking before it is replaced). */
  get inProgress(): boolean {
    return !this.session.finished && this.session.done > 0;
  }

  /**
   * True when progress of a question this round answered is gone (a reset): the round's counts and
   * feedback describe answers that no longer exist. `ids` are the ids that changed (undefined: any).
   */
  lostProgress(hasCard: (id: string) => boolean, ids: readonly string[] | undefined): boolean {
    return this.snapshot().outcomes.some((o) => (!ids || ids.includes(o.questionId)) && !hasCard(o.questionId));
  }

  /** The weakest topic outside this round (in the same exam where it can), as the next step. */
  nextTopic(state: ProgressState): { id: string; title: string } | undefined {
    const topics = this.snapshot().questionIds.map((id) => this.index.question(id)?.topic).filter((t): t is string => t !== undefined);
    const exam = topics.length > 0 ? this.index.topic(topics[0])?.exam : undefined;
    return weakestTopic(this.index, state, { exam, exclude: new Set(topics) });
  }

  /** The message that shows the round's current state. */
  view(): HostToWebview {
    const s = this.session;
    if (s.finished) return { type: 'summary', summary: s.summary() };
    const question = s.currentView();
    if (!question) return { type: 'summary', summary: s.summary() };
    const progress = { index: s.index0, total: s.total, answered: s.summary().answered, flagged: s.isFlagged(question.id) };
    if (this.feedback && this.feedback.questionId === question.id) {
      const schedule = this.schedule(question.id, question.type === 'flashcard');
      return { type: 'feedback', title: s.title, question, progress, feedback: this.feedback, attempt: this.attempt, ...(schedule ? { schedule } : {}) };
    }
    const draft = s.currentDraft();
    return { type: 'question', title: s.title, question, progress, attempt: this.attempt, ...(draft ? { draft } : {}) };
  }

  /** When the question comes back: each rating's interval on a revealed flashcard, the next review after a graded answer. */
  private schedule(id: string, flashcard: boolean): ScheduleView | undefined {
    if (flashcard) {
      const ms = this.deps.previewIntervals?.(id);
      return ms && { intervals: { again: formatInterval(ms[1]), hard: formatInterval(ms[2]), good: formatInterval(ms[3]), easy: formatInterval(ms[4]) } };
    }
    const due = this.deps.dueIn?.(id);
    const now = this.now();
    return due === undefined ? undefined : { nextReview: { label: formatInterval(due), at: new Date(now + due).toISOString() } };
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  /** The panel put the current attempt on screen: its answer time starts now (once per attempt). */
  shown(): void {
    this.shownAt ??= this.now();
  }

  /** Whether this round holds an answer to question `id` (so undoing that answer can show it again). */
  answered(id: string): boolean {
    return this.session.outcomeOf(id) !== undefined;
  }

  /** After the answer to question `id` was taken back: the round goes back to the question, unanswered. */
  rewind(id: string): boolean {
    if (!this.session.rewind(id)) return false;
    this.feedback = undefined;
    this.acted = false;
    this.attempt++;
    this.shownAt = undefined;
    return true;
  }

  /**
   * Applies one message from the webview. Each answer, rating, skip or move on is applied once per
   * attempt: a second click on the same screen (a double click) is ignored.
   */
  async handle(m: RoundMessage): Promise<RoundEffect> {
    const s = this.session;
    const q = s.currentQuestion();
    if (m.type === 'flag') return { kind: 'flagged', flagged: s.toggleFlag() };
    if (m.type === 'draft') {
      s.setDraft(m.questionId, m.answer);
      return { kind: 'none' };
    }
    if (!q) return { kind: 'none' };
    if (m.attempt !== this.attempt) {
      this.deps.warn(`Ignored ${m.type} for attempt ${m.attempt}; the panel shows attempt ${this.attempt}`);
      return { kind: 'none' };
    }
    switch (m.type) {
      case 'answer': {
        if (q.id !== m.questionId) {
          this.deps.warn(`Ignored an answer for ${m.questionId}, which is not the current question`);
          return { kind: 'none' };
        }
        if (this.acted) return { kind: 'none' };
        if (q.type === 'flashcard' && (m.answer.type !== 'flashcard' || this.feedback?.questionId !== q.id)) return { kind: 'none' };
        const { feedback, outcome } = s.submit(m.answer);
        this.acted = true;
        const answerMs = answerTime(this.shownAt, this.now());
        if (m.answer.type === 'flashcard') {
          await this.deps.record(q.id, gradeForRating(m.answer.rating), answerMs);
          this.moveOn(() => s.advance());
        } else {
          this.feedback = feedback;
          await this.deps.record(q.id, gradeForAnswer(outcome.correct === true), answerMs);
        }
        return { kind: 'render' };
      }
      case 'reveal':
        if (q.id !== m.questionId || q.type !== 'flashcard' || this.feedback?.questionId === q.id) return { kind: 'none' };
        this.feedback = s.reveal();
        return { kind: 'render' };
      case 'next':
        // Moving on needs an answer on screen; without one it would skip the question unseen.
        if (!this.feedback || this.feedback.questionId !== q.id || (q.type === 'flashcard' && !this.acted)) return { kind: 'none' };
        this.moveOn(() => s.advance());
        return { kind: 'render' };
      case 'skip':
        if (this.acted) return { kind: 'none' };
        this.moveOn(() => s.skip());
        return { kind: 'render' };
    }
  }

  private moveOn(step: () => void): void {
    step();
    this.feedback = undefined;
    this.acted = false;
    this.attempt++;
    this.shownAt = undefined;
  }
}
