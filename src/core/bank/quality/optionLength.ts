// Answer cues from option length: test-wise learners pick the longest option, so a key that is the
// longest by a wide margin (or a bank where the longest options are usually right) gives it away.
import type { Choice, Question } from '../model';
import type { Item } from './items';
import { plain } from './text';
import { pct, warning } from './warning';
import type { Diagnostic } from '../../diagnostics';
import type { Pos } from '../yamlReader';

/** A single key this many times longer than every distractor is a cue. */
export const SINGLE_RATIO = 1.5;
/** The shortest correct option of a multiple-response question this many times longer than every distractor. */
export const MULTIPLE_RATIO = 1.3;
/** Characters below which a difference in length is not noticeable. */
const MIN_GAP = 15;
/** How far above chance a bank's "pick the longest" strategy may score before it is reported. */
export const BANK_CUE_MARGIN = 0.1;

type Choosing = Extract<Question, { choices: Choice[] }>;
const choosing = (q: Question): q is Choosing => q.type === 'single' || q.type === 'multiple';
const lengths = (q: Choosing) => q.choices.map((c) => plain(c.text).length);

/** The question-level cue: the key stands out by length, longer or shorter than every distractor. */
export function longestKeyCue(item: Item): Diagnostic | undefined {
  const q = item.q;
  if (!choosing(q)) return undefined;
  const len = lengths(q);
  const right = len.filter((_, i) => q.choices[i].correct);
  const wrong = len.filter((_, i) => !q.choices[i].correct);
  if (wrong.length === 0) return undefined;
  const ratio = q.type === 'single' ? SINGLE_RATIO : MULTIPLE_RATIO;
  const what = q.type === 'single' ? 'the correct option is' : 'the correct options are';
  const shortestRight = Math.min(...right);
  const longestWrong = Math.max(...wrong);
  if (shortestRight >= longestWrong * ratio && shortestRight - longestWrong >= MIN_GAP) {
    return warning(item.at('choices'), `question ${q.id}: ${what} the longest by a wide margin (${shortestRight} vs ${longestWrong} characters); a test-wise learner picks it without reading, so bring the options to similar length`);
  }
  // The opposite cue: padding every distractor teaches learners to pick the short one.
  const longestRight = Math.max(...right);
  const shortestWrong = Math.min(...wrong);
  if (shortestWrong >= longestRight * ratio && shortestWrong - longestRight >= MIN_GAP) {
    return warning(item.at('choices'), `question ${q.id}: ${what} the shortest by a wide margin (${longestRight} vs ${shortestWrong} characters); padded distractors are a cue too, so bring the options to similar length`);
  }
  return undefined;
}

export interface LengthCue {
  /** correct options among the N longest of each multiple-response question */
  hits: number;
  /** N summed over the questions */
  picks: number;
  /** the share picking N at random would get */
  chance: number;
  questions: number;
  /** questions fully answered by picking the N longest */
  fullMarks: number;
}

/** How well "pick the N longest options" scores on multiple-response questions, against chance. */
export function multipleResponseCue(items: Item[]): LengthCue {
  const cue: LengthCue = { hits: 0, picks: 0, chance: 0, questions: 0, fullMarks: 0 };
  let expected = 0;
  for (const { q } of items) {
    if (q.type !== 'multiple') continue;
    const len = lengths(q);
    const order = len.map((l, i) => [l, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    const hits = order.slice(0, q.select).filter(([, i]) => q.choices[i].correct).length;
    cue.hits += hits;
    cue.picks += q.select;
    expected += (q.select * q.select) / q.choices.length;
    cue.questions++;
    if (hits === q.select) cue.fullMarks++;
  }
  cue.chance = cue.picks ? expected / cue.picks : 0;
  return cue;
}

/** How often the single-choice key is the strictly longest option, against chance. */
export function singleChoiceCue(items: Item[]): { share: number; chance: number; questions: number } {
  let longest = 0;
  let chance = 0;
  let questions = 0;
  for (const { q } of items) {
    if (q.type !== 'single') continue;
    const len = lengths(q);
    const key = q.choices.findIndex((c) => c.correct);
    if (len.every((l, i) => i === key || l < len[key])) longest++;
    chance += 1 / q.choices.length;
    questions++;
  }
  return { share: questions ? longest / questions : 0, chance: questions ? chance / questions : 0, questions };
}

/** The bank-wide cue, reported once per bank file at its id. */
export function bankLengthCues(items: Item[], at: Pos): Diagnostic[] {
  const out: Diagnostic[] = [];
  const mr = multipleResponseCue(items);
  if (mr.questions >= 5 && mr.hits / mr.picks > mr.chance + BANK_CUE_MARGIN) {
    out.push(warning(at, `multiple-response length cue: the ${mr.questions} questions' longest options are correct ${pct(mr.hits / mr.picks)} of the time (chance ${pct(mr.chance)}); picking the longest scores full marks on ${mr.fullMarks}`));
  }
  const single = singleChoiceCue(items);
  if (single.questions >= 10 && single.share > single.chance + 2 * BANK_CUE_MARGIN) {
    out.push(warning(at, `single-choice length cue: the key is the longest option in ${pct(single.share)} of ${single.questions} questions (chance ${pct(single.chance)})`));
  }
  return out;
}
