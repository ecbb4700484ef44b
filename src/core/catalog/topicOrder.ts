// The order pickers list topics in: the exams as exams.yaml lists them (MLA-C01 first), then domain
// number, then bank order. catalog.topics itself follows the bank files' alphabetical order (aif-…).
import type { Topic } from '../bank/model';
import type { CatalogIndex } from './catalogIndex';

export function topicsInExamOrder(index: CatalogIndex): Topic[] {
  const examRank = new Map(index.exams.map((e, i) => [e.code, i]));
  const bankRank = new Map(index.catalog.topics.map((t, i) => [t.id, i]));
  const rank = (t: Topic) => examRank.get(t.exam) ?? index.exams.length;
  return [...index.catalog.topics].sort((a, b) => rank(a) - rank(b) || a.domain - b.domain || bankRank.get(a.id)! - bankRank.get(b.id)!);
}
