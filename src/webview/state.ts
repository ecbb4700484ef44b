// The webview's state: what the host last sent, what the learner has chosen so far, and the
// channel back to the host.
import type { HostToWebview, WebviewToHost } from '../shared/protocol';
import type { AnswerPayload, QuestionView } from '../shared/views';
import type { MdDoc } from '../shared/mdDoc';
import { renderMd } from './markdownDom';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
export const app = document.getElementById('app') as HTMLElement;
const announcer = document.getElementById('announcer') as HTMLElement;

/** What the learner has chosen so far on the current question, in display positions. */
export interface Draft {
  questionId: string;
  picked: number[];
  order: number[];
  matches: (number | undefined)[];
}

/** The views that own the page; a flag change or a term card only adds to what is shown. */
export type PageView = Exclude<HostToWebview, { type: 'flagged' | 'termCard' }>;

export const ui: {
  current?: PageView;
  draft?: Draft;
  /** a message under the actions, e.g. "Pick an answer first"; cleared by the next change */
  notice?: string;
  render: () => void;
  onDraftChange?: () => void;
} = { render: () => undefined };

/** The attempt the host numbered the question on screen with; echoed with every action on it. */
export function attempt(): number {
  const c = ui.current;
  return c && (c.type === 'question' || c.type === 'feedback') ? c.attempt : 0;
}

export const send = (m: WebviewToHost) => vscode.postMessage(m);
export const openLink = (url: string) => send({ type: 'openLink', url });
export const md = (doc: MdDoc) => renderMd(doc, openLink);

export function announce(text: string): void {
  announcer.textContent = '';
  // A fresh text node so screen readers announce a repeated message too.
  window.setTimeout(() => (announcer.textContent = text), 30);
}

export function saveState(): void {
  vscode.setState({ draft: ui.draft });
}

export function savedDraft(): Draft | undefined {
  return (vscode.getState() as { draft?: Draft } | undefined)?.draft;
}

/** The learner changed their choice: keep it across reloads, and tell whoever listens (the exam). */
export function draftChanged(): void {
  ui.notice = undefined;
  document.getElementById('notice')?.remove();
  saveState();
  ui.onDraftChange?.();
}

/** Shows why nothing happened (on screen, next to the actions) and tells screen readers too. */
export function notify(text: string): void {
  ui.notice = text;
  ui.render();
  announce(text);
}

/** True while the current question takes answers (not showing feedback or a summary). */
export function isAnswering(): boolean {
  return ui.current?.type === 'question' || ui.current?.type === 'examQuestion';
}

export function newDraft(q: QuestionView, answer?: AnswerPayload): Draft {
  const d: Draft = { questionId: q.id, picked: [], order: (q.steps ?? []).map((_, i) => i), matches: (q.prompts ?? []).map(() => undefined) };
  if (answer?.type === 'single') d.picked = [answer.choice];
  if (answer?.type === 'multiple') d.picked = [...answer.choices];
  if (answer?.type === 'ordering' && answer.order.length === d.order.length) d.order = [...answer.order];
  if (answer?.type === 'matching' && answer.matches.length === d.matches.length) d.matches = [...answer.matches];
  return d;
}

/** The draft as an answer, or undefined while it is incomplete. */
export function answerOf(q: QuestionView, d: Draft): AnswerPayload | undefined {
  if (q.type === 'single') return d.picked.length === 1 ? { type: 'single', choice: d.picked[0] } : undefined;
  if (q.type === 'multiple') return d.picked.length > 0 ? { type: 'multiple', choices: [...d.picked] } : undefined;
  if (q.type === 'ordering') return { type: 'ordering', order: [...d.order] };
  if (q.type === 'matching') return d.matches.every((x) => x !== undefined) ? { type: 'matching', matches: d.matches as number[] } : undefined;
  return undefined;
}
