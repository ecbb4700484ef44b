// Reading Markdown with markdown-it while keeping the author's own source: importers find the
// structure through tokens (lists, block quotes, emphasis) and take the text from the lines those
// tokens span, so code blocks, links and inline formatting come through unchanged.
import MarkdownIt from 'markdown-it';

export interface MdToken {
  type: string;
  tag: string;
  nesting: number;
  level: number;
  content: string;
  map: [number, number] | null;
  children: MdToken[] | null;
  markup: string;
  attrGet(name: string): string | null;
}

const md = new MarkdownIt({ html: false, linkify: false }).enable('strikethrough');

export function mdTokens(source: string): MdToken[] {
  return md.parse(source, {}) as unknown as MdToken[];
}

/** The source lines [from, to) joined, with the common indentation removed. */
export function sourceLines(lines: string[], from: number, to: number): string {
  return dedent(lines.slice(from, to)).join('\n').trim();
}

export function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length)));
}

/** The index of the token that closes the one at `open` (same type, matching nesting). */
export function closing(tokens: MdToken[], open: number): number {
  const base = tokens[open].type.replace(/_open$/, '');
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i].type === `${base}_open`) depth++;
    else if (tokens[i].type === `${base}_close` && --depth === 0) return i;
  }
  return tokens.length - 1;
}

/**
 * When a paragraph's inline content is one emphasis run (`*…*`, `**…**`, `~~…~~`), the kind of run
 * and its source text; otherwise undefined.
 */
export function wholeRun(inline: MdToken | undefined, source: string): { kind: 'em' | 'strong' | 's'; text: string } | undefined {
  // Blank text and a closing full stop around the run do not count ("**Amazon Textract**.").
  const children = (inline?.children ?? []).filter((c) => !(c.type === 'text' && /^[\s.:;,!]*$/.test(c.content)) && c.type !== 'softbreak');
  if (children.length < 2) return undefined;
  const first = children[0];
  const last = children[children.length - 1];
  const kind = first.type.replace(/_open$/, '');
  if (!['em', 'strong', 's'].includes(kind) || first.nesting !== 1 || last.type !== `${kind}_close`) return undefined;
  // The run must close only at the end: "*a* and *b*" is not one run.
  let depth = 0;
  for (let i = 0; i < children.length; i++) {
    if (children[i].type === `${kind}_open`) depth++;
    if (children[i].type === `${kind}_close`) depth--;
    if (depth === 0 && i < children.length - 1) return undefined;
  }
  const marker = first.markup;
  let text = source.trim().replace(/(?<=[*_~])[\s.:;,!]+$/, '');
  if (text.startsWith(marker) && text.endsWith(marker)) text = text.slice(marker.length, text.length - marker.length);
  return { kind: kind as 'em' | 'strong' | 's', text: text.trim() };
}

/** The https link targets of a run of inline tokens. */
export function inlineLinks(inline: MdToken | undefined): string[] {
  const out: string[] = [];
  for (const c of inline?.children ?? []) {
    const href = c.type === 'link_open' ? c.attrGet('href') : null;
    if (href && /^https:\/\//i.test(href)) out.push(href);
  }
  return out;
}
