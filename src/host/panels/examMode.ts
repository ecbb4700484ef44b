// An exam simulation in the quiz panel: an intro (questions, time, rules) until the learner starts,
// then the core's ExamSession, saved after every change so a window reload resumes it (timer
// included), submitted by the learner or at the deadline. No feedback reaches the webview before submit.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../../core/catalog/catalogIndex';
import { drawExam, examMinutes, type ExamDraw } from '../../core/exam/examDraw';
import { addAttempt, attemptFromResult, listAttempts, readHistory } from '../../core/exam/examHistory';
import { ExamSession } from '../../core/exam/examSession';
import { gradeForAnswer } from '../../core/quiz/grades';
import { suspendedIds } from '../../core/progress/suspension';
import type { ExamHistoryView } from '../../shared/examViews';
import type { HostToWebview, WebviewToHost } from '../../shared/protocol';
import type { ProgressStore } from '../storage/progressStore';
import { StorageKey } from '../storage/storageKeys';

/** examHistory is handled by the panel, which shows the history over whatever it shows. */
type ExamMessage = Extract<WebviewToHost, { type: `exam${string}` }>;

export class ExamMode implements vscode.Disposable {
  private session: ExamSession | undefined;
  /** drawn and shown on the intro screen; the timer starts only when the learner starts */
  private pending: { draw: ExamDraw; index: CatalogIndex } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly state: vscode.Memento,
    private readonly progress: ProgressStore,
    private readonly post: (m: HostToWebview) => void,
    private readonly log: vscode.LogOutputChannel,
    private readonly rng: () => number = Math.random,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** True while an exam (on its intro, running or just submitted) owns the panel. */
  get active(): boolean {
    return this.session !== undefined || this.pending !== undefined;
  }

  /** True while an exam is under way (not yet submitted). */
  get running(): boolean {
    return this.session !== undefined && !this.session.submitted;
  }

  /** The code of the exam whose results are on screen, if any. */
  get resultsOf(): string | undefined {
    return this.session?.submitted ? this.session.examCode : undefined;
  }

  /** The question on screen: the current one while running; none on the intro or the results. */
  currentQuestionId(): string | undefined {
    const s = this.session;
    return s && !s.submitted ? s.snapshot().questionIds[s.current] : undefined;
  }

  /** Whether the exam shows this question: the current one while running, any of them in the review. */
  shows(id: string): boolean {
    const s = this.session;
    if (!s) return false;
    return s.submitted ? s.snapshot().questionIds.includes(id) : this.currentQuestionId() === id;
  }

  /** Draws an exam and shows its intro; nothing is timed until the learner presses Start. */
  async start(index: CatalogIndex, examCode: string, questions: number | undefined): Promise<void> {
    const exam = index.exam(examCode);
    if (!exam) throw new Error(`unknown exam ${examCode}`);
    // A retake avoids the questions of the last attempt while the banks allow it.
    const last = this.session?.examCode === examCode ? this.session.snapshot().questionIds : [];
    const draw = drawExam(index, examCode, { questions: questions ?? exam.questions, rng: this.rng, exclude: last, never: suspendedIds(this.progress.current) });
    this.clearTimer();
    this.session = undefined;
    await this.state.update(StorageKey.examSession, undefined);
    this.pending = { draw, index };
  }

  /** The learner pressed Start on the intro: the timer runs from now. */
  private async begin(): Promise<void> {
    const p = this.pending;
    if (!p) return;
    const exam = p.index.exam(p.draw.examCode)!;
    this.pending = undefined;
    this.session = ExamSession.start(p.draw, p.index, this.rng, this.now(), examMinutes(exam, p.draw.questionIds.length));
    this.log.info(`Exam ${exam.code} started: ${p.draw.questionIds.length} questions, ${this.session.minutes} minutes`);
    await this.save();
    this.armTimer();
  }

  /** Resumes a saved exam after a reload; an exam whose time ran out meanwhile is submitted. */
  async restore(index: CatalogIndex): Promise<boolean> {
    const snapshot = this.state.get(StorageKey.examSession);
    if (!snapshot) return false;
    const session = ExamSession.restore(snapshot, index, this.rng);
    if (!session) {
      this.log.warn('A saved exam could not be resumed; it was discarded.');
      await this.state.update(StorageKey.examSession, undefined);
      return false;
    }
    this.session = session;
    if (session.dropped.length > 0) this.log.warn(`Resumed exam without ${session.dropped.length} question(s) that left the banks`);
    if (!session.submitted && session.expired(this.now())) await this.submit();
    else this.armTimer();
    return true;
  }

  /** Leaves exam mode (a normal quiz takes the panel); a running exam stays saved until then. */
  async leave(): Promise<void> {
    this.clearTimer();
    this.session = undefined;
    this.pending = undefined;
    await this.state.update(StorageKey.examSession, undefined);
  }

  render(): void {
    if (this.pending) {
      this.post(this.introView(this.pending.draw, this.pending.index));
      return;
    }
    const s = this.session;
    if (!s) return;
    const exam = s.exam;
    const domainTitles = Object.fromEntries(exam.domains.map((d) => [d.number, d.title]));
    const result = s.result();
    if (result) {
      this.post({ type: 'examResult', examName: exam.name, result, history: listAttempts(this.history(), exam.code).slice(0, 10), domainTitles });
      return;
    }
    const i = s.current;
    this.post({
      type: 'examQuestion',
      exam: {
        examCode: exam.code,
        examName: exam.name,
        index: i,
        total: s.total,
        question: s.questionView(i),
        answer: s.answerOf(i),
        flagged: s.isFlagged(i),
        deadline: s.deadline.toISOString(),
        now: this.now().toISOString(),
        sheet: s.answerSheet().map(({ index: n, domain, answered, flagged }) => ({ index: n, domain, answered, flagged })),
        domainTitles,
      },
    });
  }

  private introView(draw: ExamDraw, index: CatalogIndex): HostToWebview {
    const exam = index.exam(draw.examCode)!;
    const n = draw.questionIds.length;
    return {
      type: 'examIntro',
      intro: {
        examCode: exam.code,
        examName: exam.name,
        questions: n,
        minutes: examMinutes(exam, n),
        passScore: exam.passScore,
        domains: exam.domains.map((d) => ({ number: d.number, title: d.title, questions: draw.perDomain[d.number] ?? 0 })).filter((d) => d.questions > 0),
        practice: n < exam.questions,
      },
    };
  }

  /** Every attempt of every exam, newest first, for the exam history screen. */
  historyView(index: CatalogIndex): ExamHistoryView {
    const history = this.history();
    return {
      exams: index.exams
        .map((e) => ({ examCode: e.code, examName: e.name, passScore: e.passScore, attempts: listAttempts(history, e.code) }))
        .filter((e) => e.attempts.length > 0),
    };
  }

  /** Handles an exam message; returns whether the panel should render again. */
  async handle(m: ExamMessage, index: CatalogIndex): Promise<boolean> {
    if (m.type === 'examStart') {
      if (!this.pending) return false;
      await this.begin();
      return true;
    }
    const s = this.session;
    if (!s) return false;
    if (m.type === 'examRetake') {
      await this.start(index, s.examCode, s.total === s.exam.questions ? undefined : s.total);
      return true;
    }
    if (m.type === 'examHistory') return false;
    if (s.submitted) return false;
    if (s.expired(this.now())) {
      await this.submit();
      return true;
    }
    switch (m.type) {
      case 'examAnswer':
        if (m.index >= s.total) return false;
        if (m.answer) s.answer(m.index, m.answer);
        else s.clearAnswer(m.index);
        await this.save();
        // The answer sheet in the webview already shows it; nothing to redraw.
        return false;
      case 'examGo':
        if (m.index >= s.total) return false;
        s.goTo(m.index);
        break;
      case 'examFlag':
        if (m.index >= s.total) return false;
        s.toggleFlag(m.index);
        break;
      case 'examSubmit':
        await this.submit();
        break;
    }
    await this.save();
    return true;
  }

  private async submit(): Promise<void> {
    const s = this.session;
    if (!s || s.submitted) return;
    this.clearTimer();
    const result = s.submit(this.now());
    this.log.info(`Exam ${result.examCode} submitted: ${result.correct}/${result.total}, estimated ${result.scaled}`);
    // Every answered question counts as a review, exactly as in a quiz.
    for (const q of result.questions) if (q.answered) await this.progress.record(q.questionId, gradeForAnswer(q.correct), undefined, { undoable: false });
    await this.state.update(StorageKey.examHistory, addAttempt(this.history(), attemptFromResult(result)));
    await this.save();
  }

  private history() {
    const { history, skipped } = readHistory(this.state.get(StorageKey.examHistory));
    if (skipped > 0) this.log.warn(`${skipped} unreadable exam history entr${skipped === 1 ? 'y was' : 'ies were'} skipped`);
    return history;
  }

  private save(): Thenable<void> {
    return this.state.update(StorageKey.examSession, this.session?.snapshot());
  }

  /** Submits at the deadline even if the webview is closed or its clock is off. */
  private armTimer(): void {
    this.clearTimer();
    const s = this.session;
    if (!s || s.submitted) return;
    const ms = Math.max(0, s.deadline.getTime() - this.now().getTime());
    this.timer = setTimeout(() => {
      void this.submit().then(() => this.onTimeUp?.());
    }, Math.min(ms, 2 ** 31 - 1));
  }

  /** Set by the panel: redraw after the deadline submitted the exam. */
  onTimeUp: (() => void) | undefined;

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  dispose(): void {
    this.clearTimer();
  }
}
