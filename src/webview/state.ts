// The webview's state: what the host last sent, what the learner has chosen so far, and the
// channel back to the host.
import type { HostToWebview, WebviewToHost } from '../shared/protocol';
import type { AnswerPayload, QuestionView } from '../shared/views';
import type { MdDoc } from '../core/mdTree';
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

export const ui: { current?: HostToWebview; draft?: Draft; render: () => void; onDraftChange?: () => void } = { render: () => undefined };

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
  saveState();
  ui.onDraftChange?.();
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
