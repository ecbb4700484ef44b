// A learner's own banks (found in the workspace) beside the bundled catalog. They are checked with
// the rules of personal banks and may use the bundled exams and glossary. Their ids are namespaced
// with `ws:` in the merged catalog: bundled ids can never hold a colon, so progress on a learner's
// question can never be mistaken for progress on a bundled one, now or after an update.
import { compileCatalog, type SourceFile } from '../bank/compile';
import { parseFile, type ParsedFile } from '../bank/parseFile';
import type { BankRules } from '../bank/yamlReader';
import { checkQuality } from '../bank/quality';
import type { Catalog, Question } from '../bank/model';
import type { Diagnostic } from '../diagnostics';

export const WORKSPACE_PREFIX = 'ws:';

export interface WorkspaceCatalog {
  /** bundled and workspace content together */
  catalog: Catalog;
  /** every problem, keyed by the file paths given */
  diagnostics: Diagnostic[];
  /** what the workspace added */
  added: { files: number; questions: number; topics: number; terms: number; exams: number };
}

export const isWorkspaceId = (id: string) => id.startsWith(WORKSPACE_PREFIX);

/**
 * Parsed files by path, reused while their text is unchanged: as the learner types in one bank, or
 * saves one, only that file is read again; the checks across files run on all of them.
 */
export class ParseCache {
  private readonly files = new Map<string, { text: string; rules: BankRules; parsed: ParsedFile }>();

  readonly parse = (path: string, text: string, rules: BankRules = 'bundled'): ParsedFile => {
    const hit = this.files.get(path);
    if (hit && hit.text === text && hit.rules === rules) return hit.parsed;
    const parsed = parseFile(path, text, rules);
    this.files.set(path, { text, rules, parsed });
    return parsed;
  };

  /** Forgets files that are gone. */
  keep(paths: Iterable<string>): void {
    const live = new Set(paths);
    for (const p of [...this.files.keys()]) if (!live.has(p)) this.files.delete(p);
  }
}

export function mergeWorkspaceBanks(bundled: Catalog, sources: SourceFile[], cache?: ParseCache): WorkspaceCatalog {
  cache?.keep(sources.map((s) => s.path));
  const compiled = compileCatalog(
    sources.map((s) => ({ ...s, personal: true })),
    { exams: bundled.exams, terms: bundled.terms, ...(cache ? { parse: cache.parse } : {}) },
  );
  const ws = compiled.catalog;
  // The item-writing warnings (answer cues, near-duplicates, qualifiers) help a learner's banks too.
  const diagnostics = [...compiled.diagnostics, ...checkQuality(compiled)];
  const ns = (id: string) => WORKSPACE_PREFIX + id;
  const ownTerms = new Set(ws.terms.map((t) => t.id));
  const termRef = (id: string) => (ownTerms.has(id) ? ns(id) : id);
  const questions: Question[] = ws.questions.map((q) => ({
    ...q,
    id: ns(q.id),
    topic: ns(q.topic),
    terms: q.terms.map(termRef),
    ...(q.case !== undefined ? { case: ns(q.case) } : {}),
  }));
  const catalog: Catalog = {
    ...bundled,
    exams: [...bundled.exams, ...ws.exams],
    banks: [...bundled.banks, ...ws.banks.map((b) => ({ ...b, id: ns(b.id) }))],
    topics: [...bundled.topics, ...ws.topics.map((t) => ({ ...t, id: ns(t.id), bank: ns(t.bank) }))],
    cases: [...bundled.cases, ...ws.cases.map((c) => ({ ...c, id: ns(c.id) }))],
    questions: [...bundled.questions, ...questions],
    terms: [...bundled.terms, ...ws.terms.map((t) => ({ ...t, id: ns(t.id), related: t.related.map(termRef) }))],
    lines: { ...bundled.lines, ...Object.fromEntries(Object.entries(ws.lines ?? {}).map(([id, line]) => [ns(id), line])) },
  };
  return {
    catalog,
    diagnostics,
    added: { files: sources.length, questions: questions.length, topics: ws.topics.length, terms: ws.terms.length, exams: ws.exams.length },
  };
}
