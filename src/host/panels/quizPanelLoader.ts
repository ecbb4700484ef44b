// The quiz panel as activation sees it: the commands, the view's menus and VS Code's panel restore
// talk to this, and the panel's code (the round, the exam simulation, their strings) loads the first
// time one of them needs it. Until then no panel exists, so there is nothing on screen to ask about.
import type * as vscode from 'vscode';
import type { QuizPanel } from './quizPanel';

/** What the rest of the extension may ask of the quiz panel. */
export type QuizPanelApi = Pick<QuizPanel, 'start' | 'startExam' | 'reveal' | 'showTerm' | 'showExamHistory' | 'undoLastAnswer' | 'questionOnScreen'>;

export class QuizPanelLoader implements QuizPanelApi, vscode.WebviewPanelSerializer, vscode.Disposable {
  private panel: QuizPanel | undefined;
  private loading: Promise<QuizPanel> | undefined;
  private disposed = false;

  constructor(private readonly create: () => Promise<QuizPanel>) {}

  /** The panel, loaded on the first call. */
  load(): Promise<QuizPanel> {
    this.loading ??= this.create().then(
      (panel) => {
        if (this.disposed) panel.dispose();
        return (this.panel = panel);
      },
      (err: unknown) => {
        this.loading = undefined; // tried again on the next use
        throw err;
      },
    );
    return this.loading;
  }

  /** The panel if something has loaded it already. */
  get loaded(): QuizPanel | undefined {
    return this.panel;
  }

  async start(...a: Parameters<QuizPanel['start']>): Promise<void> {
    return (await this.load()).start(...a);
  }

  async startExam(...a: Parameters<QuizPanel['startExam']>): Promise<void> {
    return (await this.load()).startExam(...a);
  }

  async reveal(): Promise<void> {
    return (await this.load()).reveal();
  }

  async showTerm(termId: string): Promise<boolean> {
    return (await this.load()).showTerm(termId);
  }

  async showExamHistory(): Promise<void> {
    return (await this.load()).showExamHistory();
  }

  async undoLastAnswer(): Promise<void> {
    return (await this.load()).undoLastAnswer();
  }

  questionOnScreen(): string | undefined {
    return this.panel?.questionOnScreen();
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    return (await this.load()).deserializeWebviewPanel(panel);
  }

  dispose(): void {
    this.disposed = true;
    this.panel?.dispose();
  }
}
