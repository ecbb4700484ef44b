// The one quiz panel: owns the session, grades answers through the core and records progress.
// The webview only ever receives views without the answer key.
import * as vscode from 'vscode';
import type { Question } from '../../core/bank/model';
import { AnswerMismatchError } from '../../core/quiz/grading';
import { QuizSession, type SessionSnapshot } from '../../core/quiz/session';
import { isWebviewToHost, type HostToWebview, type WebviewToHost } from '../../shared/protocol';
import type { FeedbackView } from '../../shared/views';
import { QUIZ_PANEL_TYPE } from '../commandIds';
import type { CatalogService } from '../catalogService';
import type { ProgressStore } from '../storage/progressStore';
import { quizHtml } from './quizHtml';
import { ExamMode } from './examMode';
import { StorageKey } from '../storage/storageKeys';
import { gradeForAnswer, gradeForRating } from '../../core/quiz/grades';


export class QuizPanel implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private session: QuizSession | undefined;
  private feedback: FeedbackView | undefined;
  private ready = false;
  /** An exam simulation, when one owns the panel. */
  private readonly exam: ExamMode;

  constructor(
    private readonly distUri: vscode.Uri,
    private readonly catalog: CatalogService,
    private readonly progress: ProgressStore,
    private readonly sessionState: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
    private readonly rng: () => number = Math.random,
  ) {
    this.exam = new ExamMode(sessionState, progress, (m) => this.post(m), log, rng);
    this.exam.onTimeUp = () => this.render();
  }

  /** Starts an exam simulation in the panel: the full exam, or a shorter one in the same proportions. */
  async startExam(examCode: string, questions?: number): Promise<void> {
    if (!(await this.mayLeaveExam())) return;
    const index = await this.catalog.load();
    await this.exam.start(index, examCode, questions);
    this.ensurePanel();
    this.render();
  }

  /** Asks before a running exam is given up for something else; false when the learner keeps it. */
  private async mayLeaveExam(): Promise<boolean> {
    if (!this.exam.active) return true;
    if (this.exam.running) {
      const choice = await vscode.window.showWarningMessage('An exam simulation is in progress. Abandon it?', { modal: true, detail: 'Its answers are not scored and it will not appear in your exam history.' }, 'Abandon Exam');
      if (choice !== 'Abandon Exam') {
        this.ensurePanel();
        this.render();
        return false;
      }
    }
    await this.exam.leave();
    return true;
  }

  /** Starts a new round in the panel, creating or revealing it. */
  async start(title: string, questions: Question[]): Promise<void> {
    if (!(await this.mayLeaveExam())) return;
    const index = await this.catalog.load();
    this.session = new QuizSession(title, questions, index, this.rng);
    this.feedback = undefined;
    await this.saveSession();
    this.ensurePanel();
    this.render();
  }

  /** Reopens the panel on the current round, if any. */
  async reveal(): Promise<void> {
    if (!this.session && !this.exam.active) await this.restoreSession();
    this.ensurePanel();
    this.render();
  }

  /** Restores the panel after a window reload (WebviewPanelSerializer). */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    await this.restoreSession();
    this.attach(panel);
  }

  private async restoreSession(): Promise<void> {
    // An interrupted exam comes back first, its timer still running from when it started.
    if (await this.exam.restore(await this.catalog.load()).catch(() => false)) return;
    const snapshot = this.sessionState.get<SessionSnapshot>(StorageKey.quizSession);
    if (!snapshot) return;
    try {
      const index = await this.catalog.load();
      this.session = QuizSession.restore(snapshot, index, this.rng);
      const q = this.session?.currentQuestion();
      const outcome = q && this.session?.outcomeOf(q.id);
      this.feedback = undefined;
      if (this.session && q && outcome && outcome.answer.type !== 'flashcard') this.feedback = this.session.submit(outcome.answer).feedback;
    } catch (err) {
      this.log.warn(`Could not restore the quiz session: ${String(err)}`);
      this.session = undefined;
    }
  }

  private ensurePanel(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      return;
    }
    const panel = vscode.window.createWebviewPanel(QUIZ_PANEL_TYPE, 'SageMaker Study Quiz', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [this.distUri],
    });
    this.attach(panel);
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.iconPath = vscode.Uri.joinPath(this.distUri, 'media', 'quiz-tab.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: [this.distUri] };
    panel.webview.html = quizHtml(panel.webview, this.distUri);
    this.panelSubscriptions.push(
      panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.ready = false;
        this.panelSubscriptions.forEach((d) => d.dispose());
        this.panelSubscriptions = [];
      }),
    );
  }

  private post(message: HostToWebview): void {
    if (this.panel && this.ready) void this.panel.webview.postMessage(message);
  }

  private render(): void {
    if (this.exam.active) {
      this.exam.render();
      return;
    }
    const s = this.session;
    if (!s) {
      this.post({ type: 'empty', message: 'Pick a topic in the Topics view, or run "SageMaker Study: Quick Quiz", to start.' });
      return;
    }
    if (s.finished) {
      this.post({ type: 'summary', summary: s.summary() });
      return;
    }
    const question = s.currentView();
    if (!question) return;
    const progress = { index: s.index0, total: s.total, answered: s.summary().answered, flagged: s.isFlagged(question.id) };
    if (this.feedback && this.feedback.questionId === question.id) {
      this.post({ type: 'feedback', title: s.title, question, progress, feedback: this.feedback });
    } else {
      this.post({ type: 'question', title: s.title, question, progress });
    }
  }

  private async onMessage(raw: unknown): Promise<void> {
    if (!isWebviewToHost(raw)) {
      this.log.warn(`Ignored a malformed message from the quiz webview: ${safeJson(raw)}`);
      return;
    }
    try {
      await this.handle(raw);
    } catch (err) {
      if (err instanceof AnswerMismatchError) this.log.warn(`Ignored an answer that does not fit the question: ${err.message}`);
      else this.log.error(`Quiz message ${raw.type} failed: ${String(err)}`);
    }
  }

  private async handle(m: WebviewToHost): Promise<void> {
    const s = this.session;
    switch (m.type) {
      case 'examAnswer':
      case 'examGo':
      case 'examFlag':
      case 'examSubmit':
      case 'examRetake':
        if (this.exam.active && (await this.exam.handle(m, await this.catalog.load()))) this.render();
        return;
      case 'ready':
        this.ready = true;
        this.render();
        return;
      case 'answer': {
        const q = s?.currentQuestion();
        if (!s || !q || q.id !== m.questionId) return this.log.warn(`Ignored an answer for ${m.questionId}, which is not the current question`);
        if (this.feedback?.questionId === q.id && q.type !== 'flashcard') return;
        const { feedback, outcome } = s.submit(m.answer);
        if (q.type === 'flashcard') {
          if (m.answer.type === 'flashcard') await this.progress.record(q.id, gradeForRating(m.answer.rating));
          this.feedback = undefined;
          s.advance();
        } else {
          this.feedback = feedback;
          await this.progress.record(q.id, gradeForAnswer(outcome.correct === true));
        }
        break;
      }
      case 'reveal': {
        const q = s?.currentQuestion();
        if (!s || q?.id !== m.questionId || q.type !== 'flashcard') return;
        this.feedback = s.reveal();
        break;
      }
      case 'next':
        if (!s) return;
        this.feedback = undefined;
        s.advance();
        break;
      case 'skip':
        if (!s) return;
        this.feedback = undefined;
        s.skip();
        break;
      case 'flag':
        if (!s) return;
        this.post({ type: 'flagged', flagged: s.toggleFlag() });
        await this.saveSession();
        return;
      case 'retryMissed': {
        if (!s) return;
        const missed = s.missed();
        if (missed.length > 0) return this.start(`${s.title} — retry`, missed);
        return;
      }
      case 'openLink':
        await vscode.env.openExternal(vscode.Uri.parse(m.url, true));
        return;
    }
    await this.saveSession();
    this.render();
  }

  private saveSession(): Thenable<void> {
    return this.sessionState.update(StorageKey.quizSession, this.session?.snapshot());
  }

  dispose(): void {
    this.exam.dispose();
    this.panel?.dispose();
    this.panelSubscriptions.forEach((d) => d.dispose());
  }
}

function safeJson(x: unknown): string {
  try {
    return JSON.stringify(x)?.slice(0, 200) ?? String(x);
  } catch {
    return String(x);
  }
}
