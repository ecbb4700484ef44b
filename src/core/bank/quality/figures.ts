// The figures an item-writing audit looks at, per exam: how hard, how long, how cued, how repeated,
// how well sourced, how weighted. `sagemaker-study check` prints them as a table.
import type { Exam } from '../model';
import type { Item } from './items';
import { domainShares } from './domainShare';
import { multipleResponseCue } from './optionLength';
import { findNearDuplicates } from './nearDuplicates';
import { median, plain, wordCount } from './text';
import { hasQualifier } from './wording';

export interface ExamFigures {
  exam: string;
  questions: number;
  difficulty3: number;
  medianStemWords: number;
  qualifierShare: number;
  cue: { share: number; chance: number; fullMarks: number; questions: number };
  nearDuplicates: { pairs: number; ids: string[] };
  docsLinkShare: number;
  domains: { domain: number; share: number; weight: number }[];
}

const DOCS = /^https:\/\/docs\.aws\.amazon\.com\//;

export function examFigures(exam: Exam, all: Item[]): ExamFigures {
  const items = all.filter((i) => i.exam === exam.code);
  const n = items.length || 1;
  const choosing = items.filter((i) => i.q.type === 'single' || i.q.type === 'multiple');
  const asking = items.filter((i) => i.q.type !== 'flashcard');
  // A case question's learner reads the scenario too, so it counts towards the stem's length.
  const stemWords = choosing.map((i) => wordCount(`${i.scenario} ${plain(i.q.stem)}`));
  const cue = multipleResponseCue(items);
  const pairs = findNearDuplicates(items);
  return {
    exam: exam.code,
    questions: items.length,
    difficulty3: items.filter((i) => i.q.difficulty === 3).length / n,
    medianStemWords: median(stemWords),
    qualifierShare: asking.filter(hasQualifier).length / (asking.length || 1),
    cue: { share: cue.picks ? cue.hits / cue.picks : 0, chance: cue.chance, fullMarks: cue.fullMarks, questions: cue.questions },
    nearDuplicates: { pairs: pairs.length, ids: pairs.map((p) => `${p.a.q.id}/${p.b.q.id}`) },
    docsLinkShare: items.filter((i) => i.q.links.some((l) => DOCS.test(l))).length / n,
    domains: domainShares(exam, items).domains.map((d) => ({ domain: d.domain, share: d.share, weight: d.weight })),
  };
}

const p = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A Markdown table, one column per exam, as the audit in the issue tracker laid it out. */
export function figuresTable(list: ExamFigures[]): string {
  const rows: [string, (f: ExamFigures) => string][] = [
    ['questions', (f) => String(f.questions)],
    ['difficulty 3 (analyse)', (f) => p(f.difficulty3)],
    ['median stem words, single/multiple (case scenario included)', (f) => String(f.medianStemWords)],
    ['stems with an exam qualifier (MOST, LEAST, BEST, FIRST…)', (f) => p(f.qualifierShare)],
    ['multiple response: N longest options correct (chance)', (f) => `${p(f.cue.share)} (${p(f.cue.chance)}); full marks on ${f.cue.fullMarks} of ${f.cue.questions}`],
    ['near-duplicate pairs', (f) => String(f.nearDuplicates.pairs)],
    ['questions linking docs.aws.amazon.com', (f) => p(f.docsLinkShare)],
    ['domain shares vs guide', (f) => f.domains.map((d) => `D${d.domain} ${d.share.toFixed(1)}/${d.weight}`).join(', ')],
  ];
  const head = `| figure | ${list.map((f) => f.exam).join(' | ')} |`;
  const rule = `|---|${list.map(() => '---').join('|')}|`;
  const body = rows.map(([label, get]) => `| ${label} | ${list.map(get).join(' | ')} |`);
  const dupes = list.filter((f) => f.nearDuplicates.pairs > 0).map((f) => `${f.exam} near-duplicates: ${f.nearDuplicates.ids.join(', ')}`);
  return [head, rule, ...body, ...dupes].join('\n');
}
