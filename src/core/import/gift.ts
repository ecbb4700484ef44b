// GIFT (Moodle): parsed question by question with gift-pegjs, so a broken question is reported with
// its line and the rest still import. Multiple choice with one `=` answer becomes single choice;
// `%weight%` answers become multiple response (the positive weights are the right ones); true/false,
// two-option and short-answer questions become flashcards; `#` feedback is the option's `why` and
// `####` general feedback the explanation.
import { parse as parseGift, type GIFTQuestion, type TextFormat } from 'gift-pegjs';
import { NodeHtmlMarkdown } from 'node-html-markdown';
import type { DraftChoice, DraftQuestion, DraftSet } from './draft';
import { httpsLinks } from './draft';

interface Block {
  text: string;
  line: number;
  /** already split at blank lines: never split again */
  single?: boolean;
}

export function parseGiftFile(text: string): DraftSet {
  const out: DraftSet = { questions: [], skipped: [] };
  let category: string | undefined;
  const pending = splitBlocks(text);
  for (let b = 0; b < pending.length; b++) {
    const block = pending[b];
    let parsed: GIFTQuestion[];
    try {
      parsed = parseGift(block.text + '\n');
    } catch (err) {
      // An unclosed brace swallows the questions after it: read those again on their own.
      const parts = block.text.split(/\n[ \t]*\n/);
      if (parts.length > 1 && !block.single) {
        let offset = 0;
        const again = parts.map((part) => {
          const piece = { text: part, line: block.line + offset };
          offset += part.split('\n').length + 1;
          return piece;
        });
        pending.splice(b + 1, 0, ...again.map((p) => ({ ...p, single: true })));
        continue;
      }
      const loc = (err as { location?: { start: { line: number; column: number } } }).location;
      const where = loc ? ` at line ${block.line + loc.start.line - 1}, column ${loc.start.column}` : '';
      out.skipped.push({ line: block.line, reason: `not valid GIFT${where} (${(err as Error).message.replace(/\n/g, ' ')}), skipped` });
      continue;
    }
    for (const q of parsed) {
      if (q.type === 'Category') {
        category = q.title.replace(/^\$course\$\/?/, '').split('/').filter(Boolean).pop() || category;
        continue;
      }
      const draft = toDraft(q, block.line, category);
      if (typeof draft === 'string') out.skipped.push({ line: block.line, reason: `${draft}, skipped` });
      else out.questions.push(draft);
    }
  }
  return out;
}

/** Questions are separated by blank lines outside braces; `//` comment lines are dropped. */
function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let start = 0;
  let depth = 0;
  const lines = text.split('\n');
  const flush = () => {
    if (current.some((l) => l.trim() !== '')) blocks.push({ text: current.join('\n'), line: start + 1 });
    current = [];
  };
  lines.forEach((line, n) => {
    if (depth === 0 && line.trim() === '') {
      flush();
      return;
    }
    if (depth === 0 && /^\s*\/\//.test(line)) {
      if (current.length === 0) return;
      current.push('');
      return;
    }
    if (current.length === 0) start = n;
    current.push(line);
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '\\') i++;
      else if (line[i] === '{') depth++;
      else if (line[i] === '}') depth = Math.max(0, depth - 1);
    }
  });
  flush();
  return blocks;
}

const html = new NodeHtmlMarkdown({ keepDataImages: false });

/** GIFT text in its declared format, as Markdown. */
function asMarkdown(t: TextFormat | null | undefined): string {
  if (!t) return '';
  const text = t.text.trim();
  return t.format === 'html' || (t.format === 'moodle' && /<\/?[a-z][^>]*>/i.test(text)) ? html.translate(text).trim() : text;
}

function toDraft(q: Exclude<GIFTQuestion, { type: 'Category' }>, line: number, section: string | undefined): DraftQuestion | string {
  if (q.type === 'Description') return 'a description is not a question';
  const stem = asMarkdown(q.stem);
  if (!stem) return 'question has no text';
  const explanation = asMarkdown(q.globalFeedback) || undefined;
  const base = { line, stem, explanation, links: httpsLinks(`${stem}\n${explanation ?? ''}`), tags: [], section };
  switch (q.type) {
    case 'MC': {
      const choices: DraftChoice[] = q.choices.map((c) => ({
        text: asMarkdown(c.text),
        // Weighted answers: any positive share of the credit marks a right option.
        correct: c.weight !== null ? c.weight > 0 : c.isCorrect,
        ...(c.feedback ? { why: asMarkdown(c.feedback) } : {}),
      }));
      if (!choices.some((c) => c.correct)) return 'question has no correct answer';
      return { ...base, choices };
    }
    case 'TF': {
      const feedback = asMarkdown(q.isTrue ? q.trueFeedback : q.falseFeedback);
      return { ...base, stem: `True or false: ${stem}`, answer: `${q.isTrue ? 'True' : 'False'}.${feedback ? ` ${feedback}` : ''}` };
    }
    case 'Short': {
      const right = q.choices.filter((c) => c.isCorrect || (c.weight ?? 0) > 0).map((c) => asMarkdown(c.text));
      if (right.length === 0) return 'short-answer question has no correct answer';
      return { ...base, answer: right.join(' / ') };
    }
    case 'Numerical': {
      const right = Array.isArray(q.choices) ? q.choices.filter((c) => c.isCorrect).map((c) => numberText(c.text)) : [numberText(q.choices)];
      return { ...base, answer: right.join(' / ') };
    }
    case 'Matching':
      return 'matching questions are not imported yet (write them as `type: matching` by hand)';
    case 'Essay':
      return 'essay questions have no answer key';
    default:
      return 'unknown GIFT question type';
  }
}

function numberText(n: { type: string; number?: number; range?: number; numberLow?: number; numberHigh?: number }): string {
  if (n.type === 'range') return `${n.number} ± ${n.range}`;
  if (n.type === 'high-low') return `${n.numberLow} to ${n.numberHigh}`;
  return String(n.number);
}
