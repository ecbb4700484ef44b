// "Would I pass today?" A predicted scaled score with an 80% interval and the chance of passing.
//
// The model, in one sentence for the panel: each question counts with the chance you would answer it
// right, from your memory of it when you have answered it, else from how often your first answers in
// its domain were right; domains are weighted as in the exam guide and mapped to the scaled score.
//
// Details:
// - A reviewed question's chance is its expected recall (FSRS retrievability at the horizon; 0 when
//   last answered wrong), supplied by the caller so the panel and the Topics view agree.
// - An unseen question's chance is the learner's first-attempt accuracy in that domain, shrunk toward
//   NEUTRAL with PRIOR_WEIGHT pseudo-answers, so two lucky answers do not read as mastery.
// - A domain's expected share right is the mean over its questions; the exam's is the guide-weighted
//   mean of the domains.
// - The exam draws `scored` questions, n_d = scored × weight_d from each domain; each is right with the
//   domain's mean chance, so the raw share has variance Σ n_d p_d (1 − p_d) / scored². The interval is
//   the normal approximation's 10th to 90th percentile, and the pass chance is P(raw ≥ cut).
// - Raw shares become scaled scores with estimateScaledScore, the mapping the exam simulation uses.
import type { Exam } from '../bank/model';
import { cutPercentOf, estimateScaledScore } from '../exam/examScoring';

export const NEUTRAL = 0.5;
export const PRIOR_WEIGHT = 4;
const Z80 = 1.2815515655446004;

export interface DomainInput {
  domain: number;
  /** the question ids of the domain that the exam can ask */
  questions: readonly string[];
  /** first attempts in this domain: how many, and how many right */
  firstAttempts: { total: number; right: number };
}

export interface DomainReadiness {
  domain: number;
  title: string;
  weight: number;
  /** expected share right, 0 to 1 */
  expected: number;
  /** questions answered at least once, of all */
  seen: number;
  total: number;
  /** the chance used for the domain's unseen questions */
  prior: number;
}

export interface Readiness {
  examCode: string;
  passScore: number;
  /** expected raw share right, 0 to 1 */
  expected: number;
  predicted: number;
  /** 80% interval of the scaled score */
  low: number;
  high: number;
  /** 0 to 1 */
  passChance: number;
  domains: DomainReadiness[];
  /** questions answered at least once, over the exam's whole bank */
  seen: number;
  total: number;
}

/** First-attempt accuracy shrunk toward NEUTRAL. */
export function domainPrior(first: { total: number; right: number }): number {
  const total = Math.max(0, first.total);
  const right = Math.min(total, Math.max(0, first.right));
  return (right + PRIOR_WEIGHT * NEUTRAL) / (total + PRIOR_WEIGHT);
}

/** The standard normal CDF (Abramowitz–Stegun 7.1.26, error below 1.5e-7). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(z) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * @param recall a reviewed question's chance of being answered right (0 to 1), or undefined when
 *   the learner has never answered it
 */
export function readiness(exam: Exam, domains: readonly DomainInput[], recall: (id: string) => number | undefined): Readiness {
  const byNumber = new Map(domains.map((d) => [d.domain, d]));
  const weightSum = exam.domains.reduce((s, d) => s + d.weight, 0) || 1;
  const out: DomainReadiness[] = [];
  let expected = 0;
  let variance = 0;
  let seen = 0;
  let total = 0;
  for (const d of exam.domains) {
    const input = byNumber.get(d.number);
    const prior = domainPrior(input?.firstAttempts ?? { total: 0, right: 0 });
    const ids = input?.questions ?? [];
    let sum = 0;
    let domainSeen = 0;
    for (const id of ids) {
      const r = recall(id);
      if (r === undefined || !Number.isFinite(r)) sum += prior;
      else {
        sum += Math.min(1, Math.max(0, r));
        domainSeen++;
      }
    }
    const mean = ids.length > 0 ? sum / ids.length : prior;
    const share = d.weight / weightSum;
    expected += share * mean;
    const n = exam.scored * share;
    variance += n * mean * (1 - mean);
    seen += domainSeen;
    total += ids.length;
    out.push({ domain: d.number, title: d.title, weight: d.weight, expected: mean, seen: domainSeen, total: ids.length, prior });
  }
  const sd = Math.sqrt(variance) / Math.max(1, exam.scored);
  const cut = cutPercentOf(exam.code) / 100;
  const scaled = (share: number) => estimateScaledScore(exam, 100 * Math.min(1, Math.max(0, share)));
  // The raw share is a count over `scored` questions: half a question of continuity correction.
  const passChance = sd > 0 ? 1 - normalCdf((cut - 0.5 / Math.max(1, exam.scored) - expected) / sd) : expected >= cut ? 1 : 0;
  return {
    examCode: exam.code,
    passScore: exam.passScore,
    expected,
    predicted: scaled(expected),
    low: scaled(expected - Z80 * sd),
    high: scaled(expected + Z80 * sd),
    passChance: Math.min(1, Math.max(0, passChance)),
    domains: out,
    seen,
    total,
  };
}

/** Each card's first review: was it right? (grade 3 or 4 on a graded question counts as right). */
export function firstAttempts(entries: Iterable<{ id: string; grade: number; at: number }>): Map<string, boolean> {
  const first = new Map<string, { at: number; right: boolean }>();
  for (const e of entries) {
    const known = first.get(e.id);
    if (!known || e.at < known.at) first.set(e.id, { at: e.at, right: e.grade >= 3 });
  }
  return new Map([...first].map(([id, f]) => [id, f.right]));
}

export interface CalibrationPoint {
  examCode: string;
  /** ISO time the exam was submitted */
  at: string;
  predicted: number;
  actual: number;
}

/** Predicted against actual scaled scores, and their mean absolute error (undefined with no attempts). */
export function calibration(points: readonly CalibrationPoint[]): { points: CalibrationPoint[]; meanAbsoluteError?: number } {
  const valid = points.filter((p) => Number.isFinite(p.predicted) && Number.isFinite(p.actual));
  if (valid.length === 0) return { points: [] };
  const mae = valid.reduce((s, p) => s + Math.abs(p.predicted - p.actual), 0) / valid.length;
  return { points: valid, meanAbsoluteError: mae };
}
