// A spreadsheet of questions saved as CSV with a header row. Columns are found by name
// (case-insensitive): the question (question, stem, prompt); the options, either in one column
// (options, choices; one per line or separated by |) or one column each (A, B, C… or
// "Option A"…); the answer as letters ("B", "A,C", "AC") or the option's text; and optionally an
// explanation, links, tags and a topic.
import { parse as parseCsv } from 'csv-parse/sync';
import type { DraftChoice, DraftSet } from './draft';
import { httpsLinks } from './draft';

const NAMES = {
  question: ['question', 'stem', 'prompt', 'question text'],
  options: ['options', 'choices', 'answers', 'answer options'],
  answer: ['answer', 'answers correct', 'correct', 'correct answer', 'correct answers', 'key', 'answer key'],
  explanation: ['explanation', 'rationale', 'feedback', 'why'],
  links: ['link', 'links', 'reference', 'references', 'source'],
  tags: ['tags', 'tag'],
  topic: ['topic', 'category', 'section', 'domain'],
};

export function parseCsvTable(text: string): DraftSet {
  const out: DraftSet = { questions: [], skipped: [] };
  let rows: { record: string[]; info: { lines: number } }[];
  const delimiter = guessDelimiter(text);
  try {
    rows = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, bom: true, trim: true }) as never;
  } catch (err) {
    out.skipped.push({ line: (err as { lines?: number }).lines ?? 1, reason: `the CSV could not be read (${(err as Error).message}); nothing after this line was imported` });
    return out;
  }
  if (rows.length === 0) return out;
  const header = rows[0].record.map((h) => h.trim().toLowerCase());
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const q = col(NAMES.question);
  if (q < 0) {
    out.skipped.push({ line: 1, reason: `no question column in the header (expected one of: ${NAMES.question.join(', ')}); nothing imported` });
    return out;
  }
  const optionsCol = col(NAMES.options);
  const letterCols = header.map((h, i) => ({ i, m: /^(?:option|choice)?\s*([a-h])$/.exec(h) })).filter((x) => x.m).map((x) => ({ i: x.i, letter: x.m![1].toUpperCase() }));
  const answerCol = col(NAMES.answer);
  const explanationCol = col(NAMES.explanation);
  const linksCol = col(NAMES.links);
  const tagsCol = col(NAMES.tags);
  const topicCol = col(NAMES.topic);
  if (answerCol < 0) {
    out.skipped.push({ line: 1, reason: `no answer column in the header (expected one of: ${NAMES.answer.join(', ')}); nothing imported` });
    return out;
  }
  for (const { record, info } of rows.slice(1)) {
    const line = info.lines;
    const get = (i: number) => (i >= 0 ? (record[i] ?? '').trim() : '');
    const stem = get(q);
    if (!stem) {
      out.skipped.push({ line, reason: 'row has no question, skipped' });
      continue;
    }
    const options = optionsCol >= 0 ? splitOptions(get(optionsCol)) : letterCols.map((c) => get(c.i)).filter(Boolean);
    const answer = get(answerCol);
    const explanation = get(explanationCol) || undefined;
    const base = {
      line, stem, explanation,
      links: httpsLinks(`${get(linksCol)}\n${stem}\n${explanation ?? ''}`),
      tags: get(tagsCol).split(/[\s,;]+/).filter(Boolean),
      section: get(topicCol) || undefined,
    };
    if (options.length === 0) {
      if (!answer) out.skipped.push({ line, reason: 'row has neither options nor an answer, skipped' });
      else out.questions.push({ ...base, answer });
      continue;
    }
    const keys = answerKeys(answer, options);
    if (typeof keys === 'string') {
      out.skipped.push({ line, reason: `${keys}, skipped` });
      continue;
    }
    const choices: DraftChoice[] = options.map((text, i) => ({ text: text.replace(/^[A-H][.)]\s+/, ''), correct: keys.has(i) }));
    out.questions.push({ ...base, choices });
  }
  return out;
}

function guessDelimiter(text: string): string {
  const head = text.split('\n', 1)[0];
  const counts = [',', ';', '\t'].map((d) => ({ d, n: head.split(d).length }));
  return counts.sort((a, b) => b.n - a.n)[0].d;
}

/** Options in one cell: one per line, or separated by |. A leading "A." or "A)" is dropped. */
function splitOptions(cell: string): string[] {
  const parts = cell.includes('\n') ? cell.split('\n') : cell.split('|');
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The indexes of the right options, from letters or from the options' own text. */
function answerKeys(answer: string, options: string[]): Set<number> | string {
  if (!answer) return 'row has no answer';
  const byText = options.findIndex((o) => o.replace(/^[A-H][.)]\s+/, '').toLowerCase() === answer.toLowerCase());
  if (byText >= 0) return new Set([byText]);
  const letters = /^[A-Ha-h](?:\s*[,;&/ ]\s*[A-Ha-h])*$/.test(answer) || /^[A-Ha-h]{1,8}$/.test(answer) ? answer.toUpperCase().match(/[A-H]/g)! : undefined;
  if (!letters) return `answer '${answer}' is neither option letters nor the text of an option`;
  const keys = new Set(letters.map((l) => l.charCodeAt(0) - 65));
  const missing = [...keys].filter((k) => k >= options.length);
  if (missing.length > 0) return `answer '${answer}' points at option ${String.fromCharCode(65 + missing[0])}, but the row has ${options.length} options`;
  return keys;
}
