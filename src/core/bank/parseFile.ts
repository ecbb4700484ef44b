// One YAML file to the records it defines (exams, a bank with its topics, cases and questions, or
// glossary terms), each with its position. Checks that need only this file happen here; checks
// across files (ids, references) happen in compile.ts.
import type { Bank, CaseStudy, CodePattern, Exam, GlossaryTerm, Question, Topic } from './model';
import { BANK_SPEC, EXAMS_FILE_SPEC, GLOSSARY_SPEC, type ObjectSpec } from './schema';
import type { BankRules } from './fieldRules';
import { markdownOf } from './markdownFields';
import { buildQuestion, readQuestionObject } from './questionRecord';
import { FileReader, type Pos, type ReadObject } from './yamlReader';
import { readYamlSource } from './yamlSource';
import { readYamlFast } from './fastYamlSource';
import { fromYamlNode, mapGet, type YamlNode } from './yamlTree';
import type { Diagnostic } from '../diagnostics';

export interface Located<T> {
  item: T;
  pos: Pos;
  at(field: string): Pos;
  /** where each field was written, when read from a file (the parse cache stores these) */
  fields?: Readonly<Record<string, Pos>>;
}

export type FileKind = 'bank' | 'glossary' | 'exams' | 'unknown';

export interface ParsedFile {
  file: string;
  kind: FileKind;
  exams: Located<Exam>[];
  bank?: Located<Bank>;
  topics: Located<Topic>[];
  cases: Located<CaseStudy>[];
  questions: Located<Question>[];
  terms: Located<GlossaryTerm>[];
  diagnostics: Diagnostic[];
}

const located = <T>(item: T, obj: ReadObject): Located<T> => ({ item, pos: obj.pos, at: obj.at, fields: obj.fields });

function detectKind(root: YamlNode): FileKind {
  const keys = new Set<string>();
  for (let i = 0; i < root.items.length; i += 2) {
    const key = root.items[i];
    keys.add(key?.kind === 'scalar' ? String(key.value) : '');
  }
  if (keys.has('questions') || keys.has('topics')) return 'bank';
  if (keys.has('terms')) return 'glossary';
  if (keys.has('exams') && keys.size === 1) return 'exams';
  return keys.has('exams') || keys.has('id') ? 'bank' : 'unknown';
}

/** 'careful' skips the quick reader (fastYamlSource.ts); the tests compare the two. */
export type ReadWay = 'quick' | 'careful';

const emptyFile = (file: string): ParsedFile => ({ file, kind: 'unknown', exams: [], topics: [], cases: [], questions: [], terms: [], diagnostics: [] });

/**
 * Never throws: whatever the text, the result is the file's records or positioned problems, so one
 * hostile file cannot stop the others from loading.
 */
export function parseFile(file: string, text: string, rules: BankRules = 'bundled', way: ReadWay = 'quick'): ParsedFile {
  try {
    return parseYamlFile(file, text, rules, way);
  } catch (err) {
    // A bug, not a bank problem; the hostile-input suite fails on this message.
    const out = emptyFile(file);
    out.diagnostics.push({ file, line: 1, column: 1, severity: 'error', message: `internal error while reading this file: ${err instanceof Error ? err.message : String(err)}` });
    return out;
  }
}

function parseYamlFile(file: string, text: string, rules: BankRules, way: ReadWay): ParsedFile {
  // Most files are plain: read quickly. The quick way takes only texts the careful one has nothing
  // to say about as YAML, and both build the same tree for the same checks, so a bank error found
  // the quick way is the careful way's too (the tests compare the two on sound and broken banks);
  // the careful way reads only what the quick way declines.
  const fast = way === 'quick' ? readYamlFast(text) : undefined;
  if (fast) {
    const reader = new FileReader(file, fast.lines, rules);
    const out: ParsedFile = { ...emptyFile(file), diagnostics: reader.diagnostics };
    readRoot(reader, fast.contents, out);
    reader.finish();
    return out;
  }
  const { doc, lines, problems } = readYamlSource(text);
  const reader = new FileReader(file, lines, rules);
  const out: ParsedFile = { ...emptyFile(file), diagnostics: reader.diagnostics };
  for (const p of problems) {
    const { line, col } = lines.linePos(p.offset);
    reader.report({ file, line, column: col }, p.severity, p.message);
  }
  if (!doc || problems.some((p) => p.severity === 'error')) {
    reader.finish();
    return out;
  }
  readRoot(reader, fromYamlNode(doc.contents), out);
  reader.finish();
  return out;
}

function readRoot(reader: FileReader, root: YamlNode | null, out: ParsedFile): void {
  if (root?.kind !== 'map') {
    reader.report(reader.posOf(root), 'error', 'expected a bank (id, title, exams, topics, questions), a glossary (terms) or an exams file (exams)');
    return;
  }
  out.kind = detectKind(root);
  const top = reader.posOf(root);
  if (out.kind === 'exams') readExams(reader, root, top, out);
  else if (out.kind === 'glossary') readGlossary(reader, root, top, out);
  else if (out.kind === 'bank') readBank(reader, root, top, out);
  else reader.report(top, 'error', 'expected a bank (id, title, exams, topics, questions), a glossary (terms) or an exams file (exams)');
}

function readExams(reader: FileReader, root: YamlNode, top: Pos, out: ParsedFile): void {
  readRootList(reader, root, top, EXAMS_FILE_SPEC, 'exams', (obj) => {
    const v = obj.values;
    const domains = (v.domains as ReadObject[]).map((d) => d.values as unknown as Exam['domains'][number]);
    const exam: Exam = {
      code: v.code as string, name: v.name as string, guide: v.guide as string,
      questions: v.questions as number, scored: v.scored as number, minutes: v.minutes as number,
      passScore: v.passScore as number, domains,
    };
    const numbers = new Set(domains.map((d) => d.number));
    if (numbers.size !== domains.length) reader.report(obj.at('domains'), 'error', `exam ${exam.code} has two domains with the same number`);
    const total = domains.reduce((n, d) => n + d.examQuestions, 0);
    if (total !== exam.questions) {
      reader.report(obj.at('domains'), 'error', `exam ${exam.code}: domain examQuestions add up to ${total}, not ${exam.questions}`);
    }
    const weight = domains.reduce((n, d) => n + d.weight, 0);
    if (weight !== 100) reader.report(obj.at('domains'), 'warning', `exam ${exam.code}: domain weights add up to ${weight}%, not 100%`);
    out.exams.push(located(exam, obj));
  });
}

/** Longest code name a term may answer to (the longest shipped is 55): hovers match these on every line. */
const MAX_CODE_NAME = 200;

function readGlossary(reader: FileReader, root: YamlNode, top: Pos, out: ParsedFile): void {
  readRootList(reader, root, top, GLOSSARY_SPEC, 'terms', (obj) => {
    const v = obj.values;
    const code = (v.code as CodePattern[] | undefined) ?? [];
    for (const c of code) {
      if (c.name.length > MAX_CODE_NAME) {
        reader.report(obj.at('code'), 'error', `a code name holds ${c.name.length} characters; the most is ${MAX_CODE_NAME}`);
        return;
      }
      if (/\s/.test(c.name) || (c.name.includes('*') && !/(^|\.)\*(\.|$)/.test(c.name))) {
        reader.report(obj.at('code'), 'error', `code pattern '${c.name}' is not an identifier ('*' may only stand for a whole dot-separated segment)`);
        return;
      }
    }
    const term: GlossaryTerm = {
      id: v.id as string, name: v.name as string, category: v.category as GlossaryTerm['category'],
      aliases: (v.aliases as string[] | undefined) ?? [], code,
      definition: v.definition as string, tip: v.tip as string,
      related: (v.related as string[] | undefined) ?? [], link: v.link as string,
    };
    out.terms.push(located(term, obj));
  });
}

/**
 * Reads one list field of a file's root item by item: a broken item is reported and skipped, and
 * the rest of the file still loads.
 */
function readEach(
  reader: FileReader, root: YamlNode, top: Pos, spec: ObjectSpec, field: string,
  take: (obj: ReadObject) => void,
  read?: (node: YamlNode | null, pos: Pos) => ReadObject | undefined,
): void {
  const list = mapGet(root, field);
  const type = spec.fields[field].type;
  if (list === undefined || type.kind !== 'list' || type.of.kind !== 'object') return;
  if (list.kind !== 'seq') {
    reader.report(reader.posOf(list, top), 'error', `${spec.name} field '${field}' must be a list`);
    return;
  }
  if (type.minItems && list.items.length < type.minItems) {
    reader.report(reader.posOf(list, top), 'error', `${spec.name} field '${field}' needs at least ${type.minItems} item${type.minItems === 1 ? '' : 's'}`);
  }
  const itemSpec = type.of.spec;
  for (const item of list.items) {
    const pos = reader.posOf(item, top);
    const obj = read ? read(item, pos) : reader.readObject(item, itemSpec, pos);
    if (obj) take(obj);
  }
}

/** A file whose root is one list (exams, glossary): its other fields, then the list item by item. */
function readRootList(reader: FileReader, root: YamlNode, top: Pos, spec: ObjectSpec, field: string, take: (obj: ReadObject) => void): void {
  reader.readObject(root, spec, top, { deferred: [field] });
  readEach(reader, root, top, spec, field, take);
}

function readBank(reader: FileReader, root: YamlNode, top: Pos, out: ParsedFile): void {
  // The header first (id, title, exams); the three lists are read item by item.
  const header = reader.readObject(root, BANK_SPEC, top, { deferred: ['topics', 'cases', 'questions'] });
  if (!header) return;
  const v = header.values;
  const bank: Bank = {
    id: v.id as string,
    title: v.title as string,
    exams: (v.exams as ReadObject[]).map((o) => ({ code: o.values.code as string, guide: o.values.guide as string })),
    file: reader.file,
  };
  out.bank = located(bank, header);
  const each = (field: string, take: (obj: ReadObject) => void, read?: (node: YamlNode | null, pos: Pos) => ReadObject | undefined) =>
    readEach(reader, root, top, BANK_SPEC, field, take, read);
  each('topics', (obj) => {
    const t = obj.values;
    out.topics.push(located<Topic>({
      id: t.id as string, title: t.title as string, summary: t.summary as string,
      exam: (t.exam as string | undefined) ?? '', domain: t.domain as number, bank: bank.id,
    }, obj));
  });
  each('cases', (obj) => {
    const c = obj.values;
    out.cases.push(located<CaseStudy>({ id: c.id as string, title: c.title as string, scenario: markdownOf(c.scenario) }, obj));
  });
  each('questions', (obj) => {
    const q = buildQuestion(reader, obj);
    if (q) out.questions.push(located(q, obj));
  }, (node, pos) => readQuestionObject(reader, node, pos));
}
