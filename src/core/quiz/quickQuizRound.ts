// What a Quick Quiz asks, and how it lays a question out in QuickPick rows. A QuickPick can ask
// single-choice and multiple-response questions that stand alone (a case study needs its scenario);
// the round is drawn from those, so "5 questions" asks five whenever the pool holds five.
import * as l10n from '@vscode/l10n';
import type { Question } from '../bank/model';
import type { ProgressState } from '../progress/model';
import type { Rng } from './grading';
import { pickForRound } from './selection';

export const askableInQuickPick = (q: Question): boolean => (q.type === 'single' || q.type === 'multiple') && q.case === undefined;

/** `count` askable questions (due first, then weakest topics, then new); `panelOnly` says how many of the pool need the panel. */
export function drawQuickQuiz(pool: readonly Question[], state: ProgressState, count: number, rng: Rng, now: Date): { ask: Question[]; panelOnly: Question[] } {
  const askable = pool.filter(askableInQuickPick);
  const ask = pickForRound(askable, state, count, rng, now);
  // When the pool cannot fill the round (a topic of ordering questions), the rest is offered in the panel.
  const panelOnly = ask.length < count ? pickForRound(pool.filter((q) => !askableInQuickPick(q)), state, count - ask.length, rng, now) : [];
  return { ask, panelOnly };
}

/** About the characters a QuickPick label shows before it cuts the text at its default width (measured: ~75). */
export const ROW_CHARS = 70;
/** The same for a detail line, whose font is smaller (measured: ~85). */
export const DETAIL_CHARS = 80;

/** Splits text into lines of at most `width` characters at spaces (a longer word gets a line of its own). */
export function wrapText(text: string, width = ROW_CHARS): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** A choice's text as a row label (its first line) and detail (the rest), so a long choice is not cut after a line. */
export function choiceRow(letter: string, text: string, width = ROW_CHARS): { label: string; detail?: string } {
  const lines = wrapText(`${letter}. ${text}`, width);
  return lines.length <= 1 ? { label: lines[0] ?? `${letter}.` } : { label: lines[0], detail: lines.slice(1).join(' ') };
}

/** The title after an answer: plain words, since a QuickPick title does not render $(icon) syntax. */
export function feedbackTitle(correct: boolean, heading: string): string {
  return `${correct ? l10n.t('✓ Correct') : l10n.t('✗ Not quite')} · ${heading}`;
}

/** A row of the QuickPick: a label (with $(icon) syntax) and maybe a detail line under it. */
export interface Row {
  label: string;
  /** less prominent, on the same line */
  description?: string;
  /** less prominent, on a line of its own */
  detail?: string;
}

/**
 * A long text as rows, each line a row of its own, so nothing is cut after one line. The first row carries `icon`; the rest are indented to line up under it.
 */
export function textRows(text: string, icon?: string, width = ROW_CHARS): Row[] {
  return wrapText(text, width).map((line, i) => ({ label: icon ? `${i === 0 ? `$(${icon})` : '$(blank)'} ${line}` : line }));
}

/**
 * A graded choice after the answer: its text, then its reason, each wrapped into rows. The first row
 * is marked right, wrong-and-picked, or not picked.
 */
export function feedbackRows(letter: string, c: { text: string; correct: boolean; picked: boolean; why: string }, width = ROW_CHARS): Row[] {
  const icon = c.correct ? 'pass' : c.picked ? 'error' : 'circle-large-outline';
  const verdict = c.correct ? (c.picked ? l10n.t('Right, and you chose it.') : l10n.t('Right; you did not choose it.')) : c.picked ? l10n.t('Wrong; you chose it.') : l10n.t('Wrong.');
  const choice = textRows(`${letter}. ${c.text}`, icon, width);
  const why = wrapText(`${verdict} ${c.why}`, width + DETAIL_CHARS - ROW_CHARS).map((line) => ({ label: '', detail: line }));
  // The first reason line sits under the choice's last line; further lines follow as their own rows.
  choice[choice.length - 1].detail = why[0]?.detail;
  return [...choice, ...why.slice(1).map((r) => ({ label: '$(blank)', description: r.detail }))];
}
