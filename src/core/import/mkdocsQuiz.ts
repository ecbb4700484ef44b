// mkdocs-quiz: each `<quiz>` … `</quiz>` block holds the question, a task list of answers
// (`- [x]` right, `- [ ]` wrong), optional `>` feedback under an answer, and then the text shown
// after answering, which becomes the explanation.
import type { DraftChoice, DraftQuestion, DraftSet } from './draft';
import { httpsLinks } from './draft';
import { closing, dedent, mdTokens, sourceLines, type MdToken } from './mdSource';

const TASK = /^\s*\[( |x|X)\]\s?/;

export function parseMkdocsQuiz(text: string): DraftSet {
  const lines = text.split('\n');
  const out: DraftSet = { questions: [], skipped: [], title: frontMatterTitle(lines) };
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (/^<quiz>$/i.test(line)) {
      if (start >= 0) out.skipped.push({ line: start + 1, reason: 'quiz block has no </quiz>, skipped' });
      start = i;
    } else if (/^<\/quiz>$/i.test(line) && start >= 0) {
      readBlock(lines.slice(start + 1, i), start + 2, out);
      start = -1;
    }
  }
  if (start >= 0) out.skipped.push({ line: start + 1, reason: 'quiz block has no </quiz>, skipped' });
  return out;
}

function readBlock(block: string[], firstLine: number, out: DraftSet): void {
  const body = dedent(block);
  const tokens = mdTokens(body.join('\n'));
  const choices: DraftChoice[] = [];
  let stemEnd = -1;
  let explanationFrom = -1;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.level !== 0 || tok.nesting === -1) continue;
    const end = closing(tokens, i);
    if (tok.type === 'bullet_list_open' && explanationFrom < 0 && isTaskList(tokens, i, end)) {
      if (stemEnd < 0) stemEnd = tok.map![0];
      readAnswers(tokens, i, end, body, choices);
      i = end;
    } else if (tok.type === 'blockquote_open' && choices.length > 0 && explanationFrom < 0) {
      // Feedback written after an answer at the left margin belongs to that answer.
      appendWhy(choices[choices.length - 1], quoteText(body, tok));
      i = end;
    } else if (choices.length > 0 && explanationFrom < 0 && tok.map) {
      explanationFrom = tok.map[0];
    }
  }
  if (choices.length === 0) {
    out.skipped.push({ line: firstLine, reason: 'quiz block has no answers (- [x] / - [ ]), skipped' });
    return;
  }
  const stem = sourceLines(body, 0, stemEnd);
  if (!stem) {
    out.skipped.push({ line: firstLine, reason: 'quiz block has no question text, skipped' });
    return;
  }
  const explanation = explanationFrom >= 0 ? sourceLines(body, explanationFrom, body.length) : undefined;
  out.questions.push({
    line: firstLine,
    stem,
    choices,
    explanation: explanation || undefined,
    links: httpsLinks(`${stem}\n${explanation ?? ''}`),
    tags: [],
  } satisfies DraftQuestion);
}

function isTaskList(tokens: MdToken[], open: number, end: number): boolean {
  for (let i = open; i < end; i++) {
    if (tokens[i].type === 'inline' && tokens[i].level <= 3) return TASK.test(tokens[i].content);
  }
  return false;
}

function readAnswers(tokens: MdToken[], open: number, end: number, body: string[], into: DraftChoice[]): void {
  for (let i = open + 1; i < end; i++) {
    if (tokens[i].type !== 'list_item_open') continue;
    const itemEnd = closing(tokens, i);
    const [from, to] = tokens[i].map!;
    // The answer is the item's text up to any block quote inside it; the quote is its feedback.
    let quote: MdToken | undefined;
    for (let j = i + 1; j < itemEnd; j++) if (tokens[j].type === 'blockquote_open') quote ??= tokens[j];
    const answerTo = quote?.map ? quote.map[0] : to;
    const raw = body.slice(from, answerTo).join('\n').replace(/^\s*[-*+]\s+/, '');
    const mark = TASK.exec(raw);
    if (!mark) continue;
    const choice: DraftChoice = { text: dedent(raw.slice(mark[0].length).split('\n')).join('\n').trim(), correct: mark[1] !== ' ' };
    if (quote) appendWhy(choice, quoteText(body, quote));
    into.push(choice);
    i = itemEnd;
  }
}

function quoteText(body: string[], quote: MdToken): string {
  const [from, to] = quote.map!;
  return body.slice(from, to).map((l) => l.replace(/^\s*>\s?/, '')).join('\n').trim();
}

function appendWhy(choice: DraftChoice, why: string): void {
  if (why) choice.why = choice.why ? `${choice.why}\n\n${why}` : why;
}

/** `title:` in YAML front matter, which these pages carry. */
export function frontMatterTitle(lines: string[]): string | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  for (let i = 1; i < Math.min(lines.length, 50) && lines[i].trim() !== '---'; i++) {
    const m = /^title:\s*["']?(.*?)["']?\s*$/.exec(lines[i]);
    if (m && m[1]) return m[1];
  }
  return undefined;
}
