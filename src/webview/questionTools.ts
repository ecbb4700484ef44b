// The tools about one question, under its feedback and in the exam review: report a problem with
// it, or suspend it. The host checks the id is on screen, shows the full report before anything
// opens, and asks nothing more for a suspension (it offers Undo). Also the cram round's banner.
import { button, el, icon } from './dom';
import { send } from './state';

// Until the webview's strings come from the host, this file's are kept here together.
const TEXT = {
  report: 'Report a problem',
  reportTitle: 'Open a prefilled issue about this question; you see the full text before anything is sent',
  suspend: 'Suspend',
  suspendTitle: 'Suspend — never ask again until restored',
  tools: 'This question',
};

export function renderQuestionTools(questionId: string): HTMLElement {
  return el('div', { class: 'question-tools', role: 'group', 'aria-label': TEXT.tools },
    button(TEXT.report, 'report', () => send({ type: 'reportQuestion', questionId }), { class: 'link-button report-question', title: TEXT.reportTitle }),
    button(TEXT.suspend, 'circle-slash', () => send({ type: 'suspendQuestion', questionId }), { class: 'link-button suspend-question', title: TEXT.suspendTitle }));
}

/** The round's mode, e.g. "Cram — your schedule is not changed", over the question or summary. */
export function renderModeNote(text: string): HTMLElement {
  return el('p', { class: 'mode-note', role: 'note' }, icon('eye'), ' ', text);
}
