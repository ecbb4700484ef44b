// Drawing a mock exam: questions per domain in the exam guide's proportions, case studies kept
// together where the counts allow, no question twice, graded types only. Deterministic for a given rng.
import type { Exam, Question } from '../bank/model';
import type { CatalogIndex } from '../catalog/catalogIndex';
import { shuffled, type Rng } from '../quiz/grading';

export interface ExamDraw {
  examCode: string;
  /** In the order the exam asks them; the drawn questions of a case study are consecutive. */
  questionIds: string[];
  /** Questions drawn per domain number. Equal to the apportioned quotas unless a domain ran short. */
  perDomain: Record<number, number>;
}

export interface DrawOptions {
  /** How many questions; the exam's full count (65) when absent. */
  questions?: number;
  rng: Rng;
  /**
   * Question ids to leave out where possible, e.g. the previous attempt's. They are drawn only when a
   * domain cannot fill its quota without them, so the per-domain counts never suffer.
   */
  exclude?: ReadonlySet<string> | readonly string[];
  /** Question ids never drawn, whatever the quotas: the ones the learner suspended. */
  never?: ReadonlySet<string>;
}

export class ExamDrawError extends Error {}

/** A flashcard is rated by the learner, not graded, so it has no place in an exam. */
export const isGradedQuestion = (q: Question): boolean => q.type !== 'flashcard';

/** The domain an exam question counts towards, or undefined when its topic belongs to no domain of that exam. */
export function examDomainOf(index: CatalogIndex, exam: Exam, q: Question): number | undefined {
  const topic = index.topic(q.topic);
  return topic && topic.exam === exam.code && exam.domains.some((d) => d.number === topic.domain) ? topic.domain : undefined;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Splits n seats over weights by largest remainder (ties: bigger weight, then earlier position). With
 * `atLeastOne` and n at least the number of positive weights, every positive weight gets a seat, taken
 * from the one most over its exact share. The result always sums to n (all zeros when no weight is positive).
 */
export function apportion(weights: readonly number[], n: number, atLeastOne = true): number[] {
  const total = sum(weights.map((w) => Math.max(0, w)));
  if (total <= 0 || n <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (Math.max(0, w) * n) / total);
  const counts = exact.map(Math.floor);
  const byRemainder = weights.map((_, i) => i)
    .sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || weights[b] - weights[a] || a - b);
  for (let left = n - sum(counts), k = 0; left > 0; left--, k++) counts[byRemainder[k]]++;
  const positive = weights.map((w, i) => (w > 0 ? i : -1)).filter((i) => i >= 0);
  if (atLeastOne && n >= positive.length) {
    for (const i of positive) {
      if (counts[i] > 0) continue;
      let donor = -1;
      for (const j of positive) {
        if (counts[j] > 1 && (donor < 0 || counts[j] - exact[j] > counts[donor] - exact[donor])) donor = j;
      }
      counts[donor]--;
      counts[i]++;
    }
  }
  return counts;
}

/** Caps quotas at what each domain holds and hands the shortfall to domains with room, by weight. */
function fitToPools(quotas: readonly number[], caps: readonly number[], weights: readonly number[]): number[] {
  const counts = quotas.map((q, i) => Math.min(q, caps[i]));
  let short = sum(quotas) - sum(counts);
  while (short > 0) {
    const open = counts.map((c, i) => (c < caps[i] ? i : -1)).filter((i) => i >= 0);
    if (open.length === 0) break;
    const openWeights = open.map((i) => weights[i]);
    // Equal shares when every open domain has zero weight, so the loop always makes progress.
    const extra = apportion(sum(openWeights) > 0 ? openWeights : open.map(() => 1), short, false);
    open.forEach((i, k) => {
      const add = Math.min(extra[k], caps[i] - counts[i]);
      counts[i] += add;
      short -= add;
    });
  }
  return counts;
}

interface Entry {
  q: Question;
  /** position of its domain in exam.domains */
  d: number;
}

/**
 * Draws a mock exam of `options.questions` questions (the exam's full count by default) with per-domain
 * counts apportioned from the guide's `examQuestions`: 65 gives exactly the guide's 18/17/14/16 (MLA-C01)
 * or 13/16/18/9/9 (AIF-C01). Fewer questions than asked only when the exam's banks hold fewer graded questions.
 */
export function drawExam(index: CatalogIndex, examCode: string, options: DrawOptions): ExamDraw {
  const exam = index.exam(examCode);
  if (!exam) throw new ExamDrawError(`unknown exam '${examCode}'`);
  const n = options.questions ?? exam.questions;
  if (!Number.isInteger(n) || n < 1) throw new ExamDrawError(`an exam needs a whole number of questions, at least 1 (got ${n})`);
  const { rng } = options;

  const pools: Entry[][] = exam.domains.map((dom, d) =>
    index.questionsOfDomain(exam.code, dom.number).filter((q) => isGradedQuestion(q) && !options.never?.has(q.id)).map((q) => ({ q, d })));
  const weights = exam.domains.map((dom) => dom.examQuestions);
  const quotas = fitToPools(apportion(weights, n), pools.map((p) => p.length), weights);

  // Units are single questions or a case study's graded questions in bank order, across domains.
  const bankOrder = new Map(index.catalog.questions.map((q, i) => [q.id, i]));
  const entries = pools.flat().sort((a, b) => bankOrder.get(a.q.id)! - bankOrder.get(b.q.id)!);
  const units: Entry[][] = [];
  const caseUnits = new Map<string, Entry[]>();
  for (const e of entries) {
    const caseId = e.q.case;
    if (caseId === undefined) {
      units.push([e]);
      continue;
    }
    const unit = caseUnits.get(caseId);
    if (unit) unit.push(e);
    else {
      const created = [e];
      caseUnits.set(caseId, created);
      units.push(created);
    }
  }
  // One shuffle of whole units gives a case study about the same chance per question as a single question.
  const order = shuffled(units.length, rng).map((i) => units[i]);

  const left = quotas.slice();
  const taken = new Set<string>();
  const excluded = new Set(options.exclude ?? []);
  const take = (e: Entry) => {
    taken.add(e.q.id);
    left[e.d]--;
  };
  for (const allowExcluded of [false, true]) {
    const usable = (e: Entry) => !taken.has(e.q.id) && (allowExcluded || !excluded.has(e.q.id));
    // Whole units first, so a scenario's questions come together when the quotas leave room for all of them...
    for (const unit of order) {
      const fresh = unit.filter(usable);
      const need = new Map<number, number>();
      for (const e of fresh) need.set(e.d, (need.get(e.d) ?? 0) + 1);
      if (fresh.length > 0 && [...need].every(([d, k]) => k <= left[d])) fresh.forEach(take);
    }
    // ...then single questions, case members too, because the exact per-domain counts come first.
    for (const unit of order) for (const e of unit) if (usable(e) && left[e.d] > 0) take(e);
  }

  // A last shuffle of the chosen groups mixes the domains evenly through the exam.
  const groups = order.map((unit) => unit.filter((e) => taken.has(e.q.id))).filter((g) => g.length > 0);
  const questionIds = shuffled(groups.length, rng).flatMap((i) => groups[i].map((e) => e.q.id));
  const perDomain: Record<number, number> = {};
  exam.domains.forEach((dom, d) => (perDomain[dom.number] = quotas[d] - left[d]));
  return { examCode: exam.code, questionIds, perDomain };
}

/** The exam's minutes, or for a shorter practice exam the same pace: minutes × n / questions, rounded up. */
export function examMinutes(exam: Pick<Exam, 'minutes' | 'questions'>, questionCount: number): number {
  if (questionCount >= exam.questions) return exam.minutes;
  return Math.max(1, Math.ceil((exam.minutes * questionCount) / exam.questions));
}
