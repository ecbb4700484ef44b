// Anki "Notes in Plain Text": optional `#key:value` header lines (#separator, #html, #columns,
// #tags column, #notetype column, #deck column, #guid column), then one note per row, split with
// csv-parse (Anki quotes fields the CSV way). Each note becomes a flashcard: the first field the
// front, the second the back; HTML becomes Markdown; cloze deletions are hidden on the front.
import { parse as parseCsv } from 'csv-parse/sync';
import { NodeHtmlMarkdown } from 'node-html-markdown';
import type { DraftSet } from './draft';
import { httpsLinks } from './draft';

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ', colon: ':' };

interface Header {
  separator?: string;
  html: boolean;
  columns?: string[];
  tagsColumn?: number;
  metaColumns: Set<number>;
  deckColumn?: number;
}

export function parseAnkiText(text: string): DraftSet {
  const lines = text.split('\n');
  const header: Header = { html: false, metaColumns: new Set() };
  let first = 0;
  for (; first < lines.length && lines[first].startsWith('#'); first++) {
    const m = /^#([a-z ]+):(.*)$/i.exec(lines[first]);
    if (!m) continue;
    const key = m[1].trim().toLowerCase();
    const value = m[2].trim();
    if (key === 'separator') header.separator = SEPARATORS[value.toLowerCase()] ?? value[0];
    else if (key === 'html') header.html = value.toLowerCase() === 'true';
    else if (key === 'columns') header.columns = value.split(header.separator ?? '\t');
    else if (key === 'tags column') header.tagsColumn = Number(value) - 1;
    else if (key === 'deck column') header.deckColumn = Number(value) - 1;
    else if (key === 'notetype column' || key === 'guid column') header.metaColumns.add(Number(value) - 1);
  }
  const body = lines.slice(first).join('\n');
  const separator = header.separator ?? guessSeparator(body);
  const out: DraftSet = { questions: [], skipped: [] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(body, { delimiter: separator, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, info: true, bom: true }) as never;
  } catch (err) {
    const line = ((err as { lines?: number }).lines ?? 1) + first;
    out.skipped.push({ line, reason: `the notes could not be read (${(err as Error).message}); nothing after this line was imported` });
    return out;
  }
  const html = new NodeHtmlMarkdown();
  const toMd = (field: string) => (header.html || /<(br|div|b|i|p|span|ul|li|img|code|pre)\b/i.test(field) ? html.translate(field) : field).trim();
  for (const { record, info } of records) {
    const line = info.lines + first;
    const fields = record.map((f, i) => ({ f, i })).filter(({ i }) => !header.metaColumns.has(i) && i !== header.tagsColumn && i !== header.deckColumn);
    const front = toMd(fields[0]?.f ?? '');
    const back = toMd(fields[1]?.f ?? '');
    if (!front) {
      out.skipped.push({ line, reason: 'note has an empty front, skipped' });
      continue;
    }
    const cloze = /\{\{c\d+::/.test(front);
    if (!back && !cloze) {
      out.skipped.push({ line, reason: 'note has no back (answer), skipped' });
      continue;
    }
    const extra = fields.slice(2).map(({ f }) => toMd(f)).filter(Boolean).join('\n\n');
    const tags = header.tagsColumn !== undefined ? (record[header.tagsColumn] ?? '').split(/\s+/).filter(Boolean) : [];
    const deck = header.deckColumn !== undefined ? record[header.deckColumn]?.split('::').pop() : undefined;
    out.questions.push({
      line,
      stem: cloze ? hideClozes(front) : front,
      answer: cloze ? [showClozes(front), back].filter(Boolean).join('\n\n') : back,
      explanation: extra || undefined,
      links: httpsLinks(`${front}\n${back}\n${extra}`),
      tags,
      section: deck,
    });
  }
  return out;
}

/** Anki's default when no #separator header is given: tab if the rows have tabs, else comma. */
function guessSeparator(body: string): string {
  const sample = body.split('\n').slice(0, 20).join('\n');
  if (sample.includes('\t')) return '\t';
  if (sample.includes(';') && !sample.includes(',')) return ';';
  return ',';
}

const CLOZE = /\{\{c\d+::(.*?)(?:::(.*?))?\}\}/g;
const hideClozes = (s: string) => s.replace(CLOZE, (_m, _text: string, hint?: string) => (hint ? `[${hint}]` : '[…]'));
const showClozes = (s: string) => s.replace(CLOZE, (_m, text: string) => `**${text}**`);
