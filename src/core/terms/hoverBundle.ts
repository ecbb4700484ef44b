// What a hover needs, compiled at build time into a file of its own (dist/terms.json): the glossary,
// the matcher's tables and the question ids of each term. The first hover after start reads this
// small file instead of the whole catalog and builds nothing up front. Each term is kept as its own
// JSON string, parsed when a hover shows it: that halves the time to read the file.
import type { Catalog, GlossaryTerm } from '../bank/model';
import { type TermTables, termTables } from './termIndex';

export const HOVER_BUNDLE_FORMAT = 3;

export interface HoverBundle {
  format: typeof HOVER_BUNDLE_FORMAT;
  /** the term ids, in glossary order */
  termIds: string[];
  /** each term as JSON, in the same order */
  terms: string[];
  /** term id -> ids of the bank questions that list it */
  questionIds: Record<string, string[]>;
  tables: TermTables;
}

export function hoverBundle(catalog: Pick<Catalog, 'terms' | 'questions'>): HoverBundle {
  const questionIds = Object.create(null) as Record<string, string[]>;
  for (const q of catalog.questions) for (const t of q.terms) (questionIds[t] ??= []).push(q.id);
  return {
    format: HOVER_BUNDLE_FORMAT,
    termIds: catalog.terms.map((t) => t.id),
    terms: catalog.terms.map((t) => JSON.stringify(t)),
    questionIds,
    tables: termTables(catalog.terms),
  };
}

/** Whether parsed JSON is a hover bundle of this format (a stale build is not). */
export function isHoverBundle(value: unknown): value is HoverBundle {
  const v = value as Partial<HoverBundle> | null;
  return (
    typeof v === 'object' && v !== null && v.format === HOVER_BUNDLE_FORMAT && Array.isArray(v.termIds) && Array.isArray(v.terms) &&
    v.terms.length === v.termIds.length && typeof v.questionIds === 'object' && v.questionIds !== null && typeof v.tables === 'object' && v.tables !== null
  );
}

/** The bundle's terms by id, each parsed the first time it is asked for. */
export function bundleTerms(bundle: HoverBundle): (id: string) => GlossaryTerm | undefined {
  const at = new Map(bundle.termIds.map((id, i) => [id, i]));
  const parsed = new Map<string, GlossaryTerm>();
  return (id) => {
    let term = parsed.get(id);
    const i = at.get(id);
    if (!term && i !== undefined) parsed.set(id, (term = JSON.parse(bundle.terms[i]) as GlossaryTerm));
    return term;
  };
}

/** The ids of the bank questions that list the term. */
export function bundleQuestionIds(bundle: HoverBundle, termId: string): string[] {
  return Object.hasOwn(bundle.questionIds, termId) ? bundle.questionIds[termId] : [];
}
