// What a hover needs, compiled at build time into a file of its own (dist/terms.json): the glossary,
// the matcher's tables and the question ids of each term. The first hover after start reads this
// file instead of the whole catalog and builds nothing up front. The file is a JSON head (ids,
// question ids, tables) on its first line, then the terms' JSON one after another: the head says
// where each term is, and a term is decoded and parsed only when a hover shows it. The first hover
// parses the head alone, well under half the file. All of it is ASCII (other characters written
// as \u escapes), so a character offset is a byte offset and decoding is a copy.
import type { Catalog, GlossaryTerm } from '../bank/model';
import { type TermTables, termTables } from './termIndex';

export const HOVER_BUNDLE_FORMAT = 4;

/** The file's first line. */
export interface HoverBundleHead {
  format: typeof HOVER_BUNDLE_FORMAT;
  /** the term ids, in glossary order */
  termIds: string[];
  /** where each term's JSON is in the rest of the file: start and end offsets, two per term */
  spans: number[];
  /** term id -> ids of the bank questions that list it */
  questionIds: Record<string, string[]>;
  tables: TermTables;
}

/** A read bundle: its head parsed, the terms still as bytes. */
export interface HoverBundle {
  head: HoverBundleHead;
  body: Uint8Array;
}

const ascii = (json: string) => json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The file's text. */
export function hoverBundleText(catalog: Pick<Catalog, 'terms' | 'questions'>): string {
  const questionIds = Object.create(null) as Record<string, string[]>;
  for (const q of catalog.questions) for (const t of q.terms) (questionIds[t] ??= []).push(q.id);
  const spans: number[] = [];
  let at = 0;
  const bodies = catalog.terms.map((t) => {
    const json = ascii(JSON.stringify(t));
    spans.push(at, at + json.length);
    at += json.length;
    return json;
  });
  const head: HoverBundleHead = { format: HOVER_BUNDLE_FORMAT, termIds: catalog.terms.map((t) => t.id), spans, questionIds, tables: termTables(catalog.terms) };
  return `${ascii(JSON.stringify(head))}\n${bodies.join('')}`;
}

/** Whether a parsed head is of this format (a stale build is not). */
export function isHoverBundleHead(value: unknown): value is HoverBundleHead {
  const v = value as Partial<HoverBundleHead> | null;
  return (
    typeof v === 'object' && v !== null && v.format === HOVER_BUNDLE_FORMAT && Array.isArray(v.termIds) && Array.isArray(v.spans) &&
    v.spans.length === 2 * v.termIds.length && typeof v.questionIds === 'object' && v.questionIds !== null && typeof v.tables === 'object' && v.tables !== null
  );
}

/** The file's bytes as a bundle, or undefined when it is not one of this format. Throws on a damaged head. */
export function readHoverBundle(file: Uint8Array): HoverBundle | undefined {
  const newline = file.indexOf(0x0a);
  if (newline < 0) return undefined;
  const head: unknown = JSON.parse(new TextDecoder().decode(file.subarray(0, newline)));
  return isHoverBundleHead(head) ? { head, body: file.subarray(newline + 1) } : undefined;
}

/** The bundle's terms by id, each decoded and parsed the first time it is asked for. */
export function bundleTerms(bundle: HoverBundle): (id: string) => GlossaryTerm | undefined {
  const { termIds, spans } = bundle.head;
  const at = new Map(termIds.map((id, i) => [id, i]));
  const parsed = new Map<string, GlossaryTerm>();
  const decoder = new TextDecoder();
  return (id) => {
    let term = parsed.get(id);
    const i = at.get(id);
    if (!term && i !== undefined) parsed.set(id, (term = JSON.parse(decoder.decode(bundle.body.subarray(spans[2 * i], spans[2 * i + 1]))) as GlossaryTerm));
    return term;
  };
}

/** The ids of the bank questions that list the term. */
export function bundleQuestionIds(bundle: HoverBundle, termId: string): string[] {
  const q = bundle.head.questionIds;
  return Object.hasOwn(q, termId) ? q[termId] : [];
}
