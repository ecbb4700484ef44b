// What a hover needs, compiled at build time into a file of its own (dist/terms.json): the glossary,
// the matcher's tables and the question ids of each term. The first hover after start reads this
// small file instead of the whole catalog, and builds nothing up front.
import type { Catalog, GlossaryTerm } from '../bank/model';
import { type TermTables, termTables } from './termIndex';

export const HOVER_BUNDLE_FORMAT = 1;

export interface HoverBundle {
  format: typeof HOVER_BUNDLE_FORMAT;
  terms: GlossaryTerm[];
  /** term id -> ids of the bank questions that list it */
  questionIds: Record<string, string[]>;
  tables: TermTables;
}

export function hoverBundle(catalog: Pick<Catalog, 'terms' | 'questions'>): HoverBundle {
  const questionIds = Object.create(null) as Record<string, string[]>;
  for (const q of catalog.questions) for (const t of q.terms) (questionIds[t] ??= []).push(q.id);
  return { format: HOVER_BUNDLE_FORMAT, terms: catalog.terms, questionIds, tables: termTables(catalog.terms) };
}

/** Whether parsed JSON is a hover bundle of this format (a stale build is not). */
export function isHoverBundle(value: unknown): value is HoverBundle {
  const v = value as Partial<HoverBundle> | null;
  return typeof v === 'object' && v !== null && v.format === HOVER_BUNDLE_FORMAT && Array.isArray(v.terms) && typeof v.questionIds === 'object' && typeof v.tables === 'object';
}
