// Finds the glossary term at a position in code or prose. The index is built once per glossary;
// a lookup reads only the text around the cursor and tries a handful of candidate spans there,
// never every term.
import type { GlossaryTerm } from '../bank/model';

export interface TermMatch {
  termId: string;
  /** offsets into the text that was searched; end is exclusive */
  start: number;
  end: number;
}

interface CodeEntry {
  termId: string;
  module?: string;
}

const CODE_CHAR = /[A-Za-z0-9_.:\-*]/;
const WORD_CHAR = /[A-Za-z0-9_]/;
/** How far from the cursor a lookup reads, each way. Longer identifiers or names are not terms. */
const REACH = 160;

export class TermIndex {
  private readonly code = new Map<string, CodeEntry[]>();
  /** wildcard patterns by their first dot segment: `ml.p4d.*` under `ml` */
  private readonly wildcards = new Map<string, { re: RegExp; entry: CodeEntry }[]>();
  private readonly prose = new Map<string, string>();
  private maxProseWords = 1;

  constructor(terms: readonly GlossaryTerm[]) {
    for (const t of terms) {
      for (const c of t.code) {
        const entry: CodeEntry = c.module ? { termId: t.id, module: c.module } : { termId: t.id };
        if (c.name.includes('*')) {
          const first = c.name.split('.')[0];
          const re = new RegExp(`^${c.name.split('.').map((s) => (s === '*' ? '[A-Za-z0-9_-]+' : escapeRe(s))).join('\\.')}$`);
          const list = this.wildcards.get(first) ?? [];
          list.push({ re, entry });
          this.wildcards.set(first, list);
        } else {
          const list = this.code.get(c.name) ?? [];
          list.push(entry);
          this.code.set(c.name, list);
        }
      }
      for (const name of [t.name, ...t.aliases]) {
        const key = proseKey(name);
        if (!key) continue;
        if (!this.prose.has(key)) this.prose.set(key, t.id);
        this.maxProseWords = Math.max(this.maxProseWords, key.split(' ').length);
      }
    }
  }

  /**
   * The term at `offset` in `text`, the longest match winning. `imports` are the modules the file
   * imports; a code name limited to a module only matches when the file imports it.
   */
  termAt(text: string, offset: number, imports: ReadonlySet<string> = new Set()): TermMatch | undefined {
    if (offset < 0 || offset > text.length) return undefined;
    const code = this.codeAt(text, offset, imports);
    const prose = this.proseAt(text, offset);
    if (code && prose) return prose.end - prose.start > code.end - code.start ? prose : code;
    return code ?? prose;
  }

  private codeAt(text: string, offset: number, imports: ReadonlySet<string>): TermMatch | undefined {
    let start = offset;
    let end = offset;
    const min = Math.max(0, offset - REACH);
    const max = Math.min(text.length, offset + REACH);
    while (start > min && CODE_CHAR.test(text[start - 1])) start--;
    while (end < max && CODE_CHAR.test(text[end])) end++;
    // Trim separators at the ends ("Estimator." at the end of a sentence).
    while (start < end && /[.:\-]/.test(text[start])) start++;
    while (end > start && /[.:\-]/.test(text[end - 1])) end--;
    if (start >= end || offset < start || offset > end) return undefined;
    // Segment boundaries inside the token: '.', '::' and '-' split it; '_' does not.
    const cuts: { from: number; to: number }[] = [];
    let segStart = start;
    for (let i = start; i < end; i++) {
      const ch = text[i];
      if (ch === '.' || ch === '-' || (ch === ':' && text[i + 1] === ':')) {
        cuts.push({ from: segStart, to: i });
        i += ch === ':' ? 1 : 0;
        segStart = i + 1;
      }
    }
    cuts.push({ from: segStart, to: end });
    const at = cuts.findIndex((c) => offset >= c.from && offset <= c.to);
    if (at < 0) return undefined;
    let best: TermMatch | undefined;
    for (let i = 0; i <= at; i++) {
      for (let j = cuts.length - 1; j >= at; j--) {
        const s = cuts[i].from;
        const e = cuts[j].to;
        if (best && e - s <= best.end - best.start) continue;
        const termId = this.lookupCode(text.slice(s, e), imports);
        if (termId) best = { termId, start: s, end: e };
      }
    }
    return best;
  }

  private lookupCode(candidate: string, imports: ReadonlySet<string>): string | undefined {
    const accept = (e: CodeEntry) => !e.module || importsModule(imports, e.module);
    const hit = this.code.get(candidate)?.find(accept);
    if (hit) return hit.termId;
    const dot = candidate.indexOf('.');
    if (dot > 0) {
      for (const w of this.wildcards.get(candidate.slice(0, dot)) ?? []) {
        if (accept(w.entry) && w.re.test(candidate)) return w.entry.termId;
      }
    }
    return undefined;
  }

  private proseAt(text: string, offset: number): TermMatch | undefined {
    // The word under the cursor, then up to maxProseWords words each side joined by plain spaces.
    let ws = offset;
    let we = offset;
    while (ws > 0 && WORD_CHAR.test(text[ws - 1])) ws--;
    while (we < text.length && WORD_CHAR.test(text[we])) we++;
    if (ws === we) return undefined;
    const words = [{ s: ws, e: we }];
    const n = this.maxProseWords;
    let left = 0;
    for (let k = 1; k < n; k++) {
      const w = wordBefore(text, words[0].s);
      if (!w) break;
      words.unshift(w);
      left++;
    }
    for (let k = 1; k < n; k++) {
      const w = wordAfter(text, words[words.length - 1].e);
      if (!w) break;
      words.push(w);
    }
    let best: TermMatch | undefined;
    for (let i = 0; i <= left; i++) {
      for (let j = Math.min(words.length - 1, i + n - 1); j >= left; j--) {
        const s = words[i].s;
        const e = words[j].e;
        if (best && e - s <= best.end - best.start) continue;
        const key = words.slice(i, j + 1).map((w) => text.slice(w.s, w.e).toLowerCase()).join(' ');
        const termId = this.prose.get(key);
        if (termId) best = { termId, start: s, end: e };
      }
    }
    return best;
  }
}

/** Spaces, tabs and hyphens join the words of a name ("real-time endpoint"). */
const isJoiner = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '-';

/** The word ending just before `pos`, if only joiners lie between. */
function wordBefore(text: string, pos: number): { s: number; e: number } | undefined {
  let e = pos;
  while (e > 0 && isJoiner(text[e - 1])) e--;
  if (e === pos || e === 0 || !WORD_CHAR.test(text[e - 1])) return undefined;
  let s = e;
  while (s > 0 && WORD_CHAR.test(text[s - 1])) s--;
  return { s, e };
}

function wordAfter(text: string, pos: number): { s: number; e: number } | undefined {
  let s = pos;
  while (s < text.length && isJoiner(text[s])) s++;
  if (s === pos || s >= text.length || !WORD_CHAR.test(text[s])) return undefined;
  let e = s;
  while (e < text.length && WORD_CHAR.test(text[e])) e++;
  return { s, e };
}

function proseKey(name: string): string {
  return (name.match(/[A-Za-z0-9_]+/g) ?? []).join(' ').toLowerCase();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function importsModule(imports: ReadonlySet<string>, module: string): boolean {
  for (const m of imports) if (m === module || m.startsWith(module + '.')) return true;
  return false;
}

/** The modules a Python or JavaScript/TypeScript file imports. */
export function importedModules(text: string): Set<string> {
  const out = new Set<string>();
  // Python: "from a.b import c" and "import a.b as x, c" (a whole line, so JavaScript's "import x from" is not taken).
  for (const m of text.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import\b/gm)) out.add(m[1]);
  for (const m of text.matchAll(/^[ \t]*import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)[ \t]*(?:#.*)?$/gm)) {
    for (const part of m[1].split(',')) out.add(part.trim().split(/\s+/)[0]);
  }
  // JavaScript and TypeScript: import … from 'x', import 'x', require('x').
  for (const m of text.matchAll(/(?:\bfrom[ \t]+|\bimport[ \t]+|\brequire\(\s*)['"]([^'"\n]+)['"]/g)) out.add(m[1]);
  return out;
}
