// What a hover needs, compiled at build time into a file of its own (dist/terms.json): the glossary,
// the matcher's tables and the question ids of each term. The first hover after start reads this
// file instead of the whole catalog and builds nothing up front. The file is a JSON head (ids and
// tables) on its first line, then each term's JSON with its question ids, one after another: the
// head says where each is, and a term is decoded and parsed only when a hover shows it. The first
// hover parses the head and one term, well under half the file. All of it is ASCII (other characters written
// as \u escapes), so a character offset is a byte offset and decoding is a copy.
import type { Catalog, GlossaryTerm } from '../bank/model';
import { type TermTables, termTables } from './termIndex';

export const HOVER_BUNDLE_FORMAT = 6;

/** The file's first line. */
export interface HoverBundleHead {
  format: typeof HOVER_BUNDLE_FORMAT;
  /** the term ids, in glossary order */
  termIds: string[];
  /** where each term's entry (its JSON and its question ids) is in the rest of the file: start and end offsets, two per term */
  spans: number[];
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
    const entry: TermEntry = [t, Object.hasOwn(questionIds, t.id) ? questionIds[t.id] : []];
    const json = ascii(JSON.stringify(entry));
    spans.push(at, at + json.length);
    at += json.length;
    return json;
  });
  const head: HoverBundleHead = { format: HOVER_BUNDLE_FORMAT, termIds: catalog.terms.map((t) => t.id), spans, tables: termTables(catalog.terms) };
  return `${ascii(JSON.stringify(head))}\n${bodies.join('')}`;
}

/** Whether a parsed head is of this format (a stale build is not). */
export function isHoverBundleHead(value: unknown): value is HoverBundleHead {
  const v = value as Partial<HoverBundleHead> | null;
  return (
    typeof v === 'object' && v !== null && v.format === HOVER_BUNDLE_FORMAT && Array.isArray(v.termIds) && Array.isArray(v.spans) &&
    v.spans.length === 2 * v.termIds.length && typeof v.tables === 'object' && v.tables !== null
  );
}

/** The file's bytes as a bundle, or undefined when it is not one of this format. Throws on a damaged head. */
export function readHoverBundle(file: Uint8Array): HoverBundle | undefined {
  const newline = file.indexOf(0x0a);
  if (newline < 0) return undefined;
  const head: unknown = JSON.parse(new TextDecoder().decode(file.subarray(0, newline)));
  return isHoverBundleHead(head) ? { head, body: file.subarray(newline + 1) } : undefined;
}

/** A term and the ids of the bank questions that list it: what a hover on it shows. */
type TermEntry = [term: GlossaryTerm, questionIds: string[]];

/** Each bundle's entries by id, decoded and parsed the first time one is asked for. */
const entryReaders = new WeakMap<HoverBundle, (id: string) => TermEntry | undefined>();

function entries(bundle: HoverBundle): (id: string) => TermEntry | undefined {
  let read = entryReaders.get(bundle);
  if (read) return read;
  const { termIds, spans } = bundle.head;
  const at = new Map(termIds.map((id, i) => [id, i]));
  const parsed = new Map<string, TermEntry>();
  const decoder = new TextDecoder();
  read = (id) => {
    let entry = parsed.get(id);
    const i = at.get(id);
    if (!entry && i !== undefined) parsed.set(id, (entry = JSON.parse(decoder.decode(bundle.body.subarray(spans[2 * i], spans[2 * i + 1]))) as TermEntry));
    return entry;
  };
  entryReaders.set(bundle, read);
  return read;
}

/** The bundle's terms by id. */
export function bundleTerms(bundle: HoverBundle): (id: string) => GlossaryTerm | undefined {
  const entry = entries(bundle);
  return (id) => entry(id)?.[0];
}

/** The ids of the bank questions that list the term. */
export function bundleQuestionIds(bundle: HoverBundle, termId: string): string[] {
  return entries(bundle)(termId)?.[1] ?? [];
}
