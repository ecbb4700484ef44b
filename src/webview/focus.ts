// Where keyboard focus goes after the host shows something: back to the control the learner used
// when the same screen is drawn again (a flag, say), else to what is new: the stem of a new
// question, the feedback after an answer, the heading of a summary, result or intro. Screen
// readers then read what changed, and Tab goes on from there.
import type { PageView } from './state';

/** One key per screen: the same key means the same screen drawn again. */
export function screenKey(v: PageView | undefined): string {
  if (!v) return '';
  if (v.type === 'question') return `question:${v.question.id}:${v.attempt}`;
  if (v.type === 'feedback') return `feedback:${v.question.id}:${v.attempt}`;
  if (v.type === 'examQuestion') return `exam:${v.exam.index}`;
  return v.type;
}

const TARGET: Partial<Record<PageView['type'], string>> = {
  question: '.stem',
  examQuestion: '.stem',
  feedback: '#feedback',
  summary: '.summary h1',
  examResult: '.exam-result h1',
  examIntro: '.exam-intro h1',
  examHistory: '.exam-history h1',
};

export function focusAfterRender(before: { key: string; focusId: string; hadFocus: boolean }, now: PageView | undefined): void {
  if (!now) return;
  if (screenKey(now) === before.key) {
    // Redrawn in place: keep focus on the same control, and leave it alone if it was not in the page.
    if (!before.hadFocus) return;
    const same = before.focusId ? document.getElementById(before.focusId) : null;
    if (same) return same.focus();
  }
  const selector = TARGET[now.type];
  (selector ? document.querySelector<HTMLElement>(selector) : null)?.focus();
}
