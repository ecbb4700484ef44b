// The one quiz panel: shows a quiz round (QuizRound), an exam simulation (ExamMode), a term's card
// or the exam history, and routes the webview's messages. The webview only ever receives views
// without the answer key, and may open only the links on screen.
import * as vscode from 'vscode';
import type { Question } from '../../core/bank/model';
import { categoryLabel } from '../../core/terms/hoverMarkdown';
import { AnswerMismatchError } from '../../core/quiz/grading';
import { weakestTopic } from '../../core/quiz/nextTopic';
import type { SessionSnapshot } from '../../core/quiz/session';
import { parseWebviewMessage, type HostToWebview, type PausedRoundView, type WebviewToHost } from '../../shared/protocol';
import { CommandId } from '../commandIds';
import type { CatalogService } from '../catalogService';
import type { ProgressStore } from '../storage/progressStore';
import { StorageKey } from '../storage/storageKeys';
import { withoutSuspended } from '../../core/progress/suspension';
import { ExamMode } from './examMode';
import { mayLeaveExam, mayLeaveRound, pausedRound } from './leavePrompts';
import { questionOnScreen, showsQuestion } from './onScreen';
import { QuizRound, type RoundDeps } from './quizRound';
import { dropSuspended, roundScreen } from './roundScreen';
import { QuizWebview } from './quizWebview';
import { describeMessage, handlePanelRequest, isPanelRequest } from './panelRequests';
import { explainNoUndo, RoundUndo } from './roundUndo';

const emptyMessage = () => vscode.l10n.t('Pick a topic in the Topics view, or run "SageMaker Study: Quick Quiz", to start.');

export class QuizPanel implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private readonly webview: QuizWebview;
  private round: QuizRound | undefined;
  /** shown over the round or exam until the learner goes back */
  private overlay: 'history' | undefined;
  private emptyMessage = emptyMessage();
  /** a term card asked for before the webview was ready */
  private pendingCard: HostToWebview | undefined;
  /** An exam simulation, when one owns the panel. */
  private readonly exam: ExamMode;
  private readonly roundDeps: RoundDeps;
  private readonly progressWatch: vscode.Disposable;
  private readonly undo: RoundUndo;

  constructor(
    private readonly distUri: vscode.Uri,
    private readonly catalog: CatalogService,
    private readonly progress: ProgressStore,
    private readonly sessionState: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
    private readonly rng: () => number = Math.random,
  ) {
    this.webview = new QuizWebview(distUri, (m) => void this.onMessage(m));
    this.exam = new ExamMode(sessionState, progress, (m) => this.webview.post(m), log, rng);
    this.exam.onTimeUp = () => this.render();
    this.undo = new RoundUndo(progress);
    this.roundDeps = {
      record: (id, grade, answerMs) => this.progress.record(id, grade, answerMs),
      warn: (m) => this.log.warn(m),
      previewIntervals: (id) => this.progress.previewIntervals(id),
      dueIn: (id) => this.progress.dueIn(id),
    };
    this.progressWatch = progress.onDidChange((ids) => void this.afterProgressChange(ids));
  }

  /** Starts an exam simulation in the panel: the full exam, or a shorter one in the same proportions. */
  async startExam(examCode: string, questions?: number): Promise<void> {
    if (!(await this.mayLeave(vscode.l10n.t('the {0} exam simulation', examCode)))) return;
    const index = await this.catalog.load();
    await this.exam.start(index, examCode, questions);
    this.overlay = undefined;
    this.webview.show();
    this.render();
  }

  /**
   * Starts a new round in the panel, creating or revealing it. Suspended questions are left out
   * whoever chose the questions; a cram round (`cram`) records none of its answers.
   */
  async start(title: string, chosen: Question[], options: { cram?: boolean } = {}): Promise<void> {
    const questions = withoutSuspended(chosen, this.progress.current);
    if (questions.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: every question of "{0}" is suspended. Restore them with "Restore Suspended Questions…".', title));
      return;
    }
    if (!(await this.mayLeave(`"${title}"`))) return;
    const index = await this.catalog.load();
    this.round = QuizRound.start(title, questions, index, this.rng, this.roundDeps, options.cram === true);
    this.overlay = undefined;
    await this.saveSession();
    this.webview.show();
    this.render();
  }

  /** Reopens the panel on the current round, if any. */
  async reveal(): Promise<void> {
    if (!this.round && !this.exam.active) await this.restoreSession();
    this.webview.show();
    this.render();
  }

  /** Opens a glossary term's card over whatever the panel shows, without taking focus from the editor. */
  async showTerm(termId: string): Promise<boolean> {
    const index = await this.catalog.load();
    const t = index.term(termId);
    if (!t) return false;
    if (!this.round && !this.exam.active) await this.restoreSession();
    const card: HostToWebview = {
      type: 'termCard',
      term: { id: t.id, name: t.name, category: categoryLabel(t.category), aliases: t.aliases, definition: t.definition, tip: t.tip, link: t.link, questions: index.questionsAboutTerm(t.id).length },
    };
    this.webview.show(true);
    // A panel just created is not listening yet: the card follows its first view.
    if (this.webview.ready) {
      this.render();
      this.webview.post(card);
    } else this.pendingCard = card;
    return true;
  }

  /** Shows every exam attempt, over the round or exam, with a way back. */
  async showExamHistory(): Promise<void> {
    if (!this.round && !this.exam.active) await this.restoreSession();
    this.overlay = 'history';
    this.webview.show();
    this.render();
  }

  /** Takes back the round's last answer and shows its question again (Ctrl+Z in the panel, or the command). */
  async undoLastAnswer(): Promise<void> {
    if (!this.round && !this.exam.active) await this.restoreSession();
    const outcome = await this.undo.undo(this.round, this.exam.active);
    if (outcome !== 'undone') return explainNoUndo(outcome);
    await this.saveSession();
    this.overlay = undefined;
    this.webview.show();
    this.render();
  }

  /** Asks before the exam or the round on screen is left; false (and the panel shown again) when the learner keeps it. */
  private async mayLeave(next: string): Promise<boolean> {
    const leave = (await mayLeaveExam(this.exam)) && (await mayLeaveRound(this.round, next, this.sessionState));
    if (!leave) {
      this.overlay = undefined;
      this.webview.show();
      this.render();
      return false;
    }
    if (this.exam.active) await this.exam.leave();
    return true;
  }

  /** Restores the panel after a window reload (WebviewPanelSerializer). */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    await this.restoreSession();
    this.webview.attach(panel);
  }

  private async restoreSession(): Promise<void> {
    // An interrupted exam comes back first, its timer still running from when it started.
    if (await this.exam.restore(await this.catalog.load()).catch(() => false)) return;
    const snapshot = this.sessionState.get<SessionSnapshot>(StorageKey.quizSession);
    if (!snapshot) return;
    try {
      this.round = QuizRound.restore(snapshot, await this.catalog.load(), this.rng, this.roundDeps);
      // Suspended meanwhile (on another machine, or from the palette while the panel was closed).
      if (this.round && dropSuspended(this.round, this.progress.current, undefined)) await this.saveSession();
    } catch (err) {
      this.log.warn(`Could not restore the quiz session: ${String(err)}`);
      this.round = undefined;
    }
  }

  /** After a reset the round on screen counts answers that no longer exist: close it and say why. */
  private async afterProgressChange(ids: string[] | undefined): Promise<void> {
    const r = this.round;
    if (!r || this.undo.undoing) return;
    if (await this.afterSuspension(r, ids)) return;
    const cards = this.progress.current.cards;
    if (!r.lostProgress((id) => Object.hasOwn(cards, id), ids)) return;
    this.log.info(`Progress of the round "${r.title}" was reset; the round was closed`);
    this.round = undefined;
    this.emptyMessage = `${vscode.l10n.t('Your progress was reset, so the round "{0}" was closed.', r.title)} ${emptyMessage()}`;
    await this.saveSession();
    await this.sessionState.update(StorageKey.pausedQuizSession, undefined);
    this.render();
  }

  /** A question of the round was suspended: it leaves the round (the one on screen moves on). */
  private async afterSuspension(r: QuizRound, ids: string[] | undefined): Promise<boolean> {
    if (!dropSuspended(r, this.progress.current, ids)) return false;
    await this.saveSession();
    this.render();
    return true;
  }

  /** The question the learner is looking at, for "report" and "suspend" from the palette. */
  questionOnScreen(): string | undefined {
    return questionOnScreen(this.round, this.exam);
  }

  private render(): void {
    if (this.overlay === 'history') {
      void this.catalog.load().then((index) => this.webview.post({ type: 'examHistory', history: this.exam.historyView(index), canGoBack: this.round !== undefined || this.exam.active }));
      return;
    }
    if (this.exam.active) {
      this.exam.render();
      return;
    }
    const r = this.round;
    if (!r) {
      this.webview.post({ type: 'empty', message: this.emptyMessage, ...this.pausedPart() });
      return;
    }
    this.webview.post(roundScreen(r, this.progress.current, this.pausedPart(), this.undo));
    // The answer time runs from the first time the question is on screen.
    if (this.webview.ready) r.shown();
  }

  private pausedPart(): { paused?: PausedRoundView } {
    const paused = pausedRound(this.sessionState);
    return paused ? { paused } : {};
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = parseWebviewMessage(raw);
    if (!m) {
      this.log.warn(`Ignored a malformed message from the quiz webview: ${describeMessage(raw)}`);
      return;
    }
    try {
      await this.handle(m);
    } catch (err) {
      if (err instanceof AnswerMismatchError) this.log.warn(`Ignored an answer that does not fit the question: ${err.message}`);
      else this.log.error(`Quiz message ${m.type} failed: ${String(err)}`);
    }
  }

  private async handle(m: WebviewToHost): Promise<void> {
    if (isPanelRequest(m)) return handlePanelRequest(m, { links: this.webview.links, log: this.log, showsQuestion: (id) => showsQuestion(this.round, this.exam, id) });
    switch (m.type) {
      case 'ready':
        this.webview.ready = true;
        this.render();
        if (this.pendingCard) this.webview.post(this.pendingCard);
        this.pendingCard = undefined;
        return;
      case 'examStart':
      case 'examAnswer':
      case 'examGo':
      case 'examFlag':
      case 'examSubmit':
      case 'examRetake':
        if (this.exam.active && (await this.exam.handle(m, await this.catalog.load()))) this.render();
        return;
      case 'examHistory':
        return this.showExamHistory();
      case 'back':
        this.overlay = undefined;
        this.render();
        return;
      case 'nextWeakest': {
        const next = this.round?.nextTopic(this.progress.current) ?? weakestTopic(await this.catalog.load(), this.progress.current);
        if (next) await vscode.commands.executeCommand(CommandId.startTopicQuiz, next.id);
        return;
      }
      case 'resumePaused':
        return this.resumePaused();
      case 'undo':
        return this.undoLastAnswer();
      case 'retryMissed': {
        const s = this.round?.session;
        const missed = s?.missed() ?? [];
        if (s && s.finished && missed.length > 0) return this.start(vscode.l10n.t('{0} — retry', s.title), missed, { cram: s.cram });
        return;
      }
    }
    const r = this.round;
    if (!r || this.exam.active) return;
    const effect = await r.handle(m);
    if (effect.kind === 'none') {
      if (m.type === 'draft') await this.saveSession();
      return;
    }
    await this.saveSession();
    if (effect.kind === 'flagged') this.webview.post({ type: 'flagged', flagged: effect.flagged });
    else this.render();
  }

  /** Brings back the round set aside when something else started; the current one is set aside in turn if under way. */
  private async resumePaused(): Promise<void> {
    const snapshot = this.sessionState.get<SessionSnapshot>(StorageKey.pausedQuizSession);
    if (!snapshot) return;
    const restored = QuizRound.restore(snapshot, await this.catalog.load(), this.rng, this.roundDeps);
    await this.sessionState.update(StorageKey.pausedQuizSession, this.round?.inProgress ? this.round.snapshot() : undefined);
    if (!restored) return this.render();
    dropSuspended(restored, this.progress.current, undefined);
    this.round = restored;
    await this.saveSession();
    this.render();
  }

  private saveSession(): Thenable<void> {
    return this.sessionState.update(StorageKey.quizSession, this.round?.snapshot());
  }

  dispose(): void {
    this.progressWatch.dispose();
    this.exam.dispose();
    this.webview.dispose();
  }
}
