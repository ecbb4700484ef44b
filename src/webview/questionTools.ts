// The tools about one question, under its feedback and in the exam review: report a problem with
// it, or suspend it. The host checks the id is on screen, shows the full report before anything
// opens, and asks nothing more for a suspension (it offers Undo). Also the cram round's banner.
import { button, el, icon } from './dom';
import { strings } from './quizStrings';
import { send } from './state';

export function renderQuestionTools(questionId: string): HTMLElement {
  return el('div', { class: 'question-tools', role: 'group', 'aria-label': strings.thisQuestion },
    button(strings.reportProblem, 'report', () => send({ type: 'reportQuestion', questionId }), { class: 'link-button report-question', title: strings.reportProblemTitle }),
    button(strings.suspend, 'circle-slash', () => send({ type: 'suspendQuestion', questionId }), { class: 'link-button suspend-question', title: strings.suspendTitle }));
}

/** The round's mode, e.g. "Cram — your schedule is not changed", over the question or summary. */
export function renderModeNote(text: string): HTMLElement {
  return el('p', { class: 'mode-note', role: 'note' }, icon('eye'), ' ', text);
}
