// Domain shares against the exam guide: a bank set that over-weights one domain drills it at the cost
// of others (the exam simulation draws by weight, but Review Due and topic quizzes do not).
import type { Diagnostic } from '../../diagnostics';
import type { Exam } from '../model';
import type { Item } from './items';
import { warning } from './warning';
import type { Pos } from '../yamlReader';

/** Percentage points a domain's share may drift from the guide's weight. */
export const DOMAIN_TOLERANCE = 2;
/** Below this many questions an exam's banks are a start, not a set to weigh. */
export const DOMAIN_MIN_QUESTIONS = 60;

export interface DomainShare {
  domain: number;
  questions: number;
  share: number;
  weight: number;
}

export function domainShares(exam: Exam, items: Item[]): { total: number; domains: DomainShare[] } {
  const mine = items.filter((i) => i.exam === exam.code);
  const total = mine.length;
  const domains = exam.domains.map((d) => {
    const questions = mine.filter((i) => i.domain === d.number).length;
    return { domain: d.number, questions, share: total ? (questions / total) * 100 : 0, weight: d.weight };
  });
  return { total, domains };
}

export function domainShareWarnings(exam: Exam, at: Pos, items: Item[]): Diagnostic[] {
  const { total, domains } = domainShares(exam, items);
  if (total < DOMAIN_MIN_QUESTIONS) return [];
  return domains
    .filter((d) => Math.abs(d.share - d.weight) > DOMAIN_TOLERANCE)
    .map((d) => warning(at, `exam ${exam.code} domain ${d.domain}: ${d.share.toFixed(1)}% of its ${total} questions (${d.questions}), the guide weighs it ${d.weight}%; ${d.share > d.weight ? 'add questions to the other domains' : 'add questions to this domain'} to within ${DOMAIN_TOLERANCE} points`));
}
