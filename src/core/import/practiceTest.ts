// Numbered practice-test Markdown (the style of AWS's own sample questions): a numbered item holds
// the scenario and question; an indented italic paragraph is the answer with its rationale; struck
// paragraphs (`~~…~~`) explain why a tempting alternative is wrong; the paragraphs after the item,
// with their "Learn more" links, explain. A `##` heading names the section the questions belong to.
import type { DraftQuestion, DraftSet } from './draft';
import { closing, dedent, inlineLinks, mdTokens, wholeRun } from './mdSource';
import { frontMatterTitle } from './mkdocsQuiz';

export function parsePracticeTest(text: string): DraftSet {
  const lines = text.split('\n');
  const title = frontMatterTitle(lines);
  const out: DraftSet = { questions: [], skipped: [], title };
  // Front matter is blanked, not cut, so token lines stay the file's lines.
  const bodyStart = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) + 1 : 0;
  const tokens = mdTokens(lines.map((l, n) => (n < bodyStart ? '' : l)).join('\n'));
  const src = (from: number, to: number) => dedent(lines.slice(from, to)).join('\n').trim();
  let section: string | undefined;
  let current: DraftQuestion | undefined;
  const explanation: string[] = [];
  const finish = () => {
    if (current && explanation.length > 0) current.explanation = [current.explanation, ...explanation].filter(Boolean).join('\n\n');
    explanation.length = 0;
    current = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.level !== 0 || tok.nesting === -1) continue;
    const end = closing(tokens, i);
    if (tok.type === 'heading_open') {
      finish();
      section = tokens[i + 1].content.trim() || section;
    } else if (tok.type === 'ordered_list_open') {
      finish();
      for (let j = i + 1; j < end; j++) {
        if (tokens[j].type !== 'list_item_open' || tokens[j].level !== 1) continue;
        const itemEnd = closing(tokens, j);
        finish();
        current = readItem(tokens, j, itemEnd, src, section, out);
        j = itemEnd;
      }
    } else if (tok.map && current) {
      explanation.push(src(tok.map[0], tok.map[1]));
      if (tok.type === 'paragraph_open') current.links.push(...inlineLinks(tokens[i + 1]).filter((l) => !current!.links.includes(l)));
    }
    i = end;
  }
  finish();
  return out;
}

function readItem(
  tokens: ReturnType<typeof mdTokens>, open: number, end: number,
  src: (from: number, to: number) => string, section: string | undefined, out: DraftSet,
): DraftQuestion | undefined {
  const line = (tokens[open].map?.[0] ?? 0) + 1;
  const stem: string[] = [];
  const answers: string[] = [];
  const notes: string[] = [];
  const links: string[] = [];
  for (let k = open + 1; k < end; k++) {
    const t = tokens[k];
    if (t.level !== 2 || t.nesting !== 1 || !t.map) continue;
    const blockEnd = closing(tokens, k);
    const raw = src(t.map[0], t.map[1]);
    const text = stem.length === 0 ? raw.replace(/^\d+[.)]\s+/, '') : raw;
    const run = t.type === 'paragraph_open' ? wholeRun(tokens[k + 1], text) : undefined;
    if (t.type === 'paragraph_open') links.push(...inlineLinks(tokens[k + 1]));
    if (run?.kind === 'em' || (run?.kind === 'strong' && answers.length === 0 && stem.length > 0)) answers.push(run.text);
    else if (run?.kind === 's') notes.push(run.text);
    else if (answers.length === 0) stem.push(text);
    else notes.push(text);
    k = blockEnd;
  }
  if (stem.length === 0) return undefined;
  if (answers.length === 0) {
    out.skipped.push({ line, reason: 'question has no answer (an italic paragraph under it), skipped' });
    return undefined;
  }
  const q: DraftQuestion = {
    line,
    stem: stem.join('\n\n'),
    answer: answers.join('\n\n'),
    explanation: notes.length > 0 ? notes.map((n) => `Not the best choice: ${n}`).join('\n\n') : undefined,
    links: [...new Set(links)],
    tags: [],
    section,
  };
  out.questions.push(q);
  return q;
}
