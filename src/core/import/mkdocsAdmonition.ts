// mkdocs-material admonitions used as flashcards: `??? question "Title"` (or `???+`/`!!!`) opens a
// block whose body is indented; the bold run that opens the body is the answer, and what follows
// explains it.
import type { DraftSet } from './draft';
import { httpsLinks } from './draft';
import { dedent, mdTokens, wholeRun } from './mdSource';
import { frontMatterTitle } from './mkdocsQuiz';

// The title runs from the first quote to the last, so quotes inside it ("Data Drift") survive.
const HEADER = /^(\?\?\?\+?|!!!)\s+question\b\s*(?:"(.*)")?\s*$/i;

export function parseMkdocsAdmonitions(text: string): DraftSet {
  const lines = text.split('\n');
  const out: DraftSet = { questions: [], skipped: [], title: frontMatterTitle(lines) };
  let i = 0;
  while (i < lines.length) {
    const m = /^\S/.test(lines[i]) ? HEADER.exec(lines[i].trim()) : null;
    if (!m) {
      i++;
      continue;
    }
    const line = i + 1;
    let end = i + 1;
    while (end < lines.length && (lines[end].trim() === '' || /^(\t| {2,})/.test(lines[end]))) end++;
    const body = dedent(lines.slice(i + 1, end)).join('\n').trim();
    i = end;
    const stem = (m[2] ?? '').replace(/\\"/g, '"').replace(/^\s*\d+[.)]\s+/, '').trim();
    if (!stem) {
      out.skipped.push({ line, reason: 'question admonition has no title to ask, skipped' });
      continue;
    }
    const bodyLines = body.split('\n');
    const tokens = mdTokens(body);
    const first = tokens.findIndex((t) => t.type === 'paragraph_open' && t.level === 0);
    const map = first >= 0 ? tokens[first].map! : [0, 0];
    const run = first >= 0 ? wholeRun(tokens[first + 1], bodyLines.slice(map[0], map[1]).join('\n')) : undefined;
    if (!run || run.kind !== 'strong') {
      out.skipped.push({ line, reason: 'question has no bold answer at the start of its body, skipped' });
      continue;
    }
    const rest = bodyLines.slice(map[1]).join('\n').trim();
    out.questions.push({ line, stem, answer: run.text.replace(/\.$/, ''), explanation: rest || undefined, links: httpsLinks(body), tags: [] });
  }
  return out;
}
