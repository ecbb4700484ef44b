// What every item-writing check reads: each question with its exam, domain, plain text and position.
import type { CompileResult } from '../compile';
import type { Exam, Question } from '../model';
import type { Pos } from '../yamlReader';
import { mdToPlainText } from '../../mdTree';
import { plain } from './text';

export interface Item {
  q: Question;
  exam: string;
  domain: number;
  /** the bank file the question is written in */
  file: string;
  /** the stem as plain text, line breaks kept */
  stem: string;
  /** the case scenario the question shows beside its stem, or '' */
  scenario: string;
  at(field: string): Pos;
}

export interface QualityInput {
  items: Item[];
  exams: { exam: Exam; at(field: string): Pos }[];
  banks: { id: string; file: string; pos: Pos }[];
}

/** Joins the catalog's questions (valid ones only) with their topics and the positions the parser kept. */
export function qualityInput(result: CompileResult): QualityInput {
  const topics = new Map(result.catalog.topics.map((t) => [t.id, t]));
  const cases = new Map(result.catalog.cases.map((c) => [c.id, plain(c.scenario)]));
  const valid = new Set(result.catalog.questions.map((q) => q.id));
  const items: Item[] = [];
  const seen = new Set<string>();
  for (const file of result.files) {
    for (const located of file.questions) {
      const q = located.item;
      const topic = topics.get(q.topic);
      if (!topic || !valid.has(q.id) || seen.has(q.id)) continue;
      seen.add(q.id);
      items.push({
        q, exam: topic.exam, domain: topic.domain, file: file.file,
        stem: mdToPlainText(q.stem), scenario: q.case ? cases.get(q.case) ?? '' : '', at: located.at,
      });
    }
  }
  const exams = result.files.flatMap((f) => f.exams.map((e) => ({ exam: e.item, at: e.at })));
  const banks = result.files.flatMap((f) => (f.bank ? [{ id: f.bank.item.id, file: f.file, pos: f.bank.pos }] : []));
  return { items, exams, banks };
}
