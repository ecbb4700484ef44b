// A learner's own banks (found in the workspace) beside the bundled catalog. They are checked with
// the rules of personal banks and may use the bundled exams and glossary. Their ids are namespaced
// with `ws:` in the merged catalog: bundled ids can never hold a colon, so progress on a learner's
// question can never be mistaken for progress on a bundled one, now or after an update.
import { compileCatalog, type SourceFile } from '../bank/compile';
import { parseFile, type ParsedFile } from '../bank/parseFile';
import type { BankRules } from '../bank/fieldRules';
import { checkQuality } from '../bank/quality';
import type { Catalog, Question } from '../bank/model';
import type { Diagnostic } from '../diagnostics';
import { type StoredParse, textHash } from './storedParses';
import { WORKSPACE_PREFIX } from './workspaceIds';

export { isWorkspaceId, WORKSPACE_PREFIX } from './workspaceIds';

export interface WorkspaceCatalog {
  /** bundled and workspace content together */
  catalog: Catalog;
  /** the problems in the files' fields and across files, keyed by the file paths given */
  diagnostics: Diagnostic[];
  /**
   * The item-writing warnings (answer cues, near-duplicates, qualifiers), worked out on the first
   * call: only the Problems panel shows them, so a load hands over the catalog without them.
   */
  writingWarnings(): Diagnostic[];
  /** what the workspace added */
  added: { files: number; questions: number; topics: number; terms: number; exams: number };
}

/**
 * Parsed files by path, reused while their text is unchanged: as the learner types in one bank, or
 * saves one, only that file is read again; the checks across files run on all of them. Seeded with
 * the parses of the last session (storedParses.ts), a start parses only the files that changed.
 */
export class ParseCache {
  private readonly files = new Map<string, { text: string; rules: BankRules; parsed: ParsedFile; hash?: string }>();
  private stored: ReadonlyMap<string, StoredParse> = new Map();
  /** Whether a file was parsed (or dropped) since the last stored() call: the stored copy is out of date. */
  changed = false;

  readonly parse = (path: string, text: string, rules: BankRules = 'bundled'): ParsedFile => {
    const hit = this.files.get(path);
    if (hit && hit.text === text && hit.rules === rules) return hit.parsed;
    const kept = this.stored.get(path);
    const hash = kept && kept.rules === rules ? textHash(text) : undefined;
    if (kept && hash === kept.hash) {
      this.files.set(path, { text, rules, parsed: kept.parsed, hash });
      return kept.parsed;
    }
    const parsed = parseFile(path, text, rules);
    this.files.set(path, { text, rules, parsed, hash });
    this.changed = true;
    return parsed;
  };

  /** The parses of an earlier session, used for files whose text has not changed since. */
  seed(stored: ReadonlyMap<string, StoredParse>): void {
    this.stored = stored;
  }

  /** Every parse, to be stored for the next session (clears `changed`). */
  toStore(): Map<string, StoredParse> {
    this.changed = false;
    const out = new Map<string, StoredParse>();
    for (const [path, f] of this.files) out.set(path, { rules: f.rules, hash: (f.hash ??= textHash(f.text)), parsed: f.parsed });
    return out;
  }

  /** Forgets files that are gone. */
  keep(paths: Iterable<string>): void {
    const live = new Set(paths);
    for (const p of [...this.files.keys()]) {
      if (!live.has(p)) {
        this.files.delete(p);
        this.changed = true;
      }
    }
  }
}

export function mergeWorkspaceBanks(bundled: Catalog, sources: SourceFile[], cache?: ParseCache): WorkspaceCatalog {
  cache?.keep(sources.map((s) => s.path));
  const compiled = compileCatalog(
    sources.map((s) => ({ ...s, personal: true })),
    { exams: bundled.exams, terms: bundled.terms, ...(cache ? { parse: cache.parse } : {}) },
  );
  const ws = compiled.catalog;
  // The item-writing warnings help a learner's banks too; they are worked out when asked for.
  let warnings: Diagnostic[] | undefined;
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
    lines: {},
  };
  // Loops, not a spread or entries and fromEntries: V8 takes the slow way with objects of hundreds
  // of keys, and in a fresh process the spread alone cost 3-4 ms, the pair more than namespacing all
  // 2,000 questions of the bench's workspace. No id is `__proto__` (ID_PATTERN).
  const lines = catalog.lines!;
  for (const id in bundled.lines) lines[id] = bundled.lines[id];
  for (const id in ws.lines) lines[ns(id)] = ws.lines[id];
  return {
    catalog,
    diagnostics: compiled.diagnostics,
    writingWarnings: () => (warnings ??= checkQuality(compiled)),
    added: { files: sources.length, questions: questions.length, topics: ws.topics.length, terms: ws.terms.length, exams: ws.exams.length },
  };
}
