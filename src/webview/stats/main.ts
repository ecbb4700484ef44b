// The statistics panel's browser side: draws what the host computed; sends back the study action
// chosen. Strings become text nodes and SVG is built with DOM calls: nothing is parsed as HTML.
import type { StatsFromWebview, StatsToWebview, StatsView } from '../../shared/statsView';
import { el } from '../dom';
import { fmt } from '../strings';
import { strings } from './statsStrings';
import { embeddedView, firstView } from './embedded';
import { activitySection, domainSection, forecastSection, historySection, memorySection, readinessSection } from './charts';

declare function acquireVsCodeApi(): { postMessage(m: StatsFromWebview): void; setState(s: unknown): void; getState(): unknown };
const vscode = acquireVsCodeApi();
const send = (m: StatsFromWebview) => vscode.postMessage(m);
const app = document.getElementById('app')!;

export function render(view: StatsView): void {
  const parts: Node[] = [];
  parts.push(el('header', {}, el('h1', {}, strings.title), el('p', { class: 'muted model' }, `${view.model} ${fmt(strings.masteryHorizon, view.horizon)}`)));
  if (view.empty) {
    parts.push(el('section', { class: 'empty' },
      el('h2', {}, strings.nothingYet),
      el('p', {}, strings.answerFew),
      button(strings.startReview, () => send({ type: 'reviewDue' })),
    ));
  }
  for (const exam of view.exams) {
    if (!view.empty) parts.push(readinessSection(exam, send), domainSection(exam, send));
  }
  if (!view.empty) parts.push(forecastSection(view), activitySection(view), memorySection(view));
  for (const exam of view.exams) parts.push(historySection(exam));
  app.replaceChildren(...parts);
  document.body.dataset.drawn = view.at;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'primary' }, label);
  b.addEventListener('click', onClick);
  return b;
}

window.addEventListener('message', (event: MessageEvent<StatsToWebview>) => {
  const m = event.data;
  if (m?.type !== 'stats' || typeof m.view !== 'object') return;
  vscode.setState(m.view);
  render(m.view);
});
// The page draws its own figures at once (a reload of the tab may have newer ones saved); "ready"
// lets the host send fresher ones when the page's may be stale.
const saved = vscode.getState() as StatsView | undefined;
const first = firstView(embeddedView(document), saved);
if (first) render(first);
send({ type: 'ready' });
