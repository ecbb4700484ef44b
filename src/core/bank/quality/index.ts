// Item-writing checks: warnings (never errors) about what makes a question easier than the exam's,
// at the file, line and column the author wrote. `sagemaker-study check` runs them after the loader.
import { sortDiagnostics, type Diagnostic } from '../../diagnostics';
import type { CompileResult } from '../compile';
import { domainShareWarnings } from './domainShare';
import { examFigures, type ExamFigures } from './figures';
import { qualityInput, type Item } from './items';
import { findNearDuplicates, nearDuplicateWarnings } from './nearDuplicates';
import { bankLengthCues, longestKeyCue } from './optionLength';
import { allOrNoneOfTheAbove, lowercaseQualifier, stemWithoutQuestion } from './wording';

const ITEM_CHECKS = [longestKeyCue, stemWithoutQuestion, allOrNoneOfTheAbove, lowercaseQualifier];

export function checkQuality(result: CompileResult): Diagnostic[] {
  const { items, exams, banks } = qualityInput(result);
  const out: Diagnostic[] = [];
  for (const item of items) {
    for (const check of ITEM_CHECKS) {
      const d = check(item);
      if (d) out.push(d);
    }
  }
  const byFile = new Map<string, Item[]>();
  for (const item of items) {
    const mine = byFile.get(item.file);
    if (mine) mine.push(item);
    else byFile.set(item.file, [item]);
  }
  for (const bank of banks) {
    const mine = byFile.get(bank.file) ?? [];
    for (const exam of new Set(mine.map((i) => i.exam))) out.push(...bankLengthCues(mine.filter((i) => i.exam === exam), bank.pos));
  }
  for (const { exam } of exams) out.push(...nearDuplicateWarnings(findNearDuplicates(items.filter((i) => i.exam === exam.code))));
  for (const { exam, at } of exams) out.push(...domainShareWarnings(exam, at('domains'), items));
  return sortDiagnostics(out);
}

export function qualityFigures(result: CompileResult): ExamFigures[] {
  const { items, exams } = qualityInput(result);
  return exams.map(({ exam }) => examFigures(exam, items));
}

export { figuresTable, type ExamFigures } from './figures';
