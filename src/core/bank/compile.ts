// All bank, glossary and exams files to one catalog: parses each file on its own (a broken file
// never stops the others), then checks what spans files: unique ids and every reference.
import { quoted, sortDiagnostics, Suggester, type Diagnostic, type Place } from '../diagnostics';
import { CATALOG_FORMAT, type Catalog, type Exam, type GlossaryTerm, type Question, type Topic } from './model';
import { parseFile, type Located, type ParsedFile } from './parseFile';
import type { Pos } from './yamlReader';

export interface SourceFile {
  path: string;
  text: string;
  /** A learner's own bank: why, explanation and links are recommended, not required. */
  personal?: boolean;
}

/**
 * What a learner's banks may refer to without defining it: the bundled exams and glossary. Their
 * ids count for references and clashes, but they are not part of the result.
 */
export interface CompileContext {
  exams?: Exam[];
  terms?: GlossaryTerm[];
  /** reads one file; a caller that checks the same files again passes a caching one */
  parse?: typeof parseFile;
}

const BUILT_IN: Pos = { file: 'the built-in catalog', line: 1, column: 1 };
const builtIn = <T>(item: T): Located<T> => ({ item, pos: BUILT_IN, at: () => BUILT_IN });

export interface CompileResult {
  catalog: Catalog;
  diagnostics: Diagnostic[];
  files: ParsedFile[];
}

const where = (p: Pos) => `${p.file}:${p.line}:${p.column}`;

export function compileCatalog(sources: SourceFile[], context: CompileContext = {}): CompileResult {
  const parse = context.parse ?? parseFile;
  const files = sources.map((s) => parse(s.path, s.text, s.personal ? 'personal' : 'bundled'));
  const diagnostics: Diagnostic[] = files.flatMap((f) => f.diagnostics);
  const report = (at: Pos, message: string, severity: 'error' | 'warning' = 'error', related?: Place[]) =>
    diagnostics.push({ file: at.file, line: at.line, column: at.column, severity, message, ...(related ? { related } : {}) });
  // One budget for every "did you mean" of this compile keeps 800 bad references from costing seconds.
  const suggester = new Suggester();
  const didYouMean = (word: string, candidates: Iterable<string>) => suggester.didYouMean(word, candidates);

  /** Keeps the first of each id and reports the rest where they stand. */
  function unique<T extends { id: string }>(kind: string, all: Located<T>[]): Map<string, Located<T>> {
    const seen = new Map<string, Located<T>>();
    for (const entry of all) {
      const first = seen.get(entry.item.id);
      if (first) report(entry.at('id'), `duplicate ${kind} id ${quoted(entry.item.id)} (first defined at ${where(first.at('id'))})`, 'error', [first.at('id')]);
      else seen.set(entry.item.id, entry);
    }
    return seen;
  }

  const contextExams = (context.exams ?? []).map((e) => builtIn({ ...e, id: e.code }));
  const exams = unique('exam', [...contextExams, ...files.flatMap((f) => f.exams.map((e) => ({ ...e, item: { ...e.item, id: e.item.code } })))]);
  const banks = unique('bank', files.flatMap((f) => (f.bank ? [f.bank] : [])));
  const contextTerms = (context.terms ?? []).map(builtIn);
  const terms = unique('term', [...contextTerms, ...files.flatMap((f) => f.terms)]);
  const external = new Set<Located<unknown>>([...contextExams, ...contextTerms]);
  const cases = unique('case', files.flatMap((f) => f.cases));
  const topicsAll = unique('topic', files.flatMap((f) => f.topics));
  const questionsAll = unique('question', files.flatMap((f) => f.questions));
  const examCodes = [...exams.keys()];

  // Banks target known exams; topics name their exam (or inherit the bank's only one) and a domain of it.
  for (const bank of banks.values()) {
    for (const ref of bank.item.exams) {
      if (!exams.has(ref.code)) report(bank.at('exams'), `bank ${bank.item.id} targets unknown exam ${quoted(ref.code)}${didYouMean(ref.code, examCodes)}`);
    }
  }
  const domainNumbers = new Map<string, Set<number>>();
  const domainsOf = (code: string) => {
    let numbers = domainNumbers.get(code);
    if (!numbers) domainNumbers.set(code, (numbers = new Set(exams.get(code)?.item.domains.map((d) => d.number))));
    return numbers;
  };
  const topics = new Map<string, Located<Topic>>();
  for (const [id, topic] of topicsAll) {
    const bank = banks.get(topic.item.bank);
    const bankExams = bank?.item.exams.map((e) => e.code) ?? [];
    const exam = topic.item.exam || (bankExams.length === 1 ? bankExams[0] : '');
    if (!exam) {
      report(topic.pos, `topic ${id} must say its exam, because its bank targets ${bankExams.length} exams`);
      continue;
    }
    const examDef = exams.get(exam)?.item;
    if (!examDef) {
      report(topic.at(topic.item.exam ? 'exam' : 'id'), `topic ${id} names unknown exam ${quoted(exam)}${didYouMean(exam, examCodes)}`);
      continue;
    }
    if (!domainsOf(exam).has(topic.item.domain)) {
      report(topic.at('domain'), `topic ${id}: ${exam} has no domain ${topic.item.domain} (it has ${examDef.domains.map((d) => d.number).join(', ')})`);
      continue;
    }
    topics.set(id, { ...topic, item: { ...topic.item, exam } });
  }

  // Related terms exist; no code name or alias belongs to two terms, so a hover is never ambiguous.
  const codeOwner = new Map<string, string>();
  const aliasOwner = new Map<string, string>();
  for (const term of terms.values()) {
    for (const rel of term.item.related) {
      if (!terms.has(rel)) report(term.at('related'), `term ${term.item.id}: related term '${rel}' is not in the glossary${didYouMean(rel, terms.keys())}`);
      if (rel === term.item.id) report(term.at('related'), `term ${term.item.id} lists itself as related`);
    }
    for (const c of term.item.code) {
      const key = `${c.name}@${c.module ?? ''}`;
      const owner = codeOwner.get(key);
      if (owner) report(term.at('code'), `code name ${quoted(c.name)} already belongs to term ${owner}`);
      else codeOwner.set(key, term.item.id);
    }
    for (const name of [term.item.name, ...term.item.aliases]) {
      const key = name.toLowerCase();
      const owner = aliasOwner.get(key);
      if (owner && owner !== term.item.id) report(term.at('aliases'), `name ${quoted(name)} already belongs to term ${owner}`);
      else aliasOwner.set(key, term.item.id);
    }
  }

  // Questions point at a topic, a case and terms that exist.
  const questions: Question[] = [];
  const caseMembers = new Map<string, number>();
  for (const [id, entry] of questionsAll) {
    const q = entry.item;
    let ok = true;
    if (!topics.has(q.topic)) {
      if (!topicsAll.has(q.topic)) report(entry.at('topic'), `question ${id}: topic '${q.topic}' does not exist${didYouMean(q.topic, topicsAll.keys())}`);
      ok = false;
    }
    if (q.case !== undefined) {
      if (!cases.has(q.case)) {
        report(entry.at('case'), `question ${id}: case '${q.case}' does not exist${didYouMean(q.case, cases.keys())}`);
        ok = false;
      } else caseMembers.set(q.case, (caseMembers.get(q.case) ?? 0) + 1);
    }
    for (const t of q.terms) {
      if (!terms.has(t)) {
        report(entry.at('terms'), `question ${id}: glossary term '${t}' is not in the glossary${didYouMean(t, terms.keys())}`);
        ok = false;
      }
    }
    if (ok) questions.push(q);
  }
  for (const [id, c] of cases) {
    const n = caseMembers.get(id) ?? 0;
    if (n < 2 || n > 4) report(c.pos, `case ${id} has ${n} question${n === 1 ? '' : 's'}; a case study has 2 to 4`);
  }
  const askedTopics = new Set(questions.map((q) => q.topic));
  for (const [id, t] of topics) {
    if (!askedTopics.has(id)) report(t.pos, `topic ${id} has no questions`, 'warning');
  }

  const catalog: Catalog = {
    format: CATALOG_FORMAT,
    exams: [...exams.values()].filter((e) => !external.has(e)).map((e) => {
      const { id: _id, ...exam } = e.item;
      return exam;
    }),
    banks: [...banks.values()].map((b) => b.item),
    topics: [...topics.values()].map((t) => t.item),
    cases: [...cases.values()].map((c) => c.item),
    questions,
    terms: [...terms.values()].filter((t) => !external.has(t)).map((t) => t.item),
    lines: {},
  };
  // A loop, not Object.fromEntries: in a fresh process that took 8-10 ms for 2,000 questions, the
  // loop 1-2 ms. Ids cannot be `__proto__` (ID_PATTERN), so each is an ordinary own key.
  for (const q of questions) catalog.lines![q.id] = questionsAll.get(q.id)!.pos.line;
  return { catalog, diagnostics: sortDiagnostics(diagnostics), files };
}
