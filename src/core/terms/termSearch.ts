// What "Look Up Term…" lists for what the learner types: terms whose name or alias holds it first,
// then code names, then terms that only mention it in their text. "spot" lists the Spot terms,
// not "Recall (sensitivity)" (whose aliases a fuzzy match reads as s…p…o…t).
import type { GlossaryTerm } from '../bank/model';

/** Why a term is listed, best first. */
export type SearchTier = 'name' | 'alias' | 'name start' | 'name word' | 'alias word' | 'code' | 'inside a name' | 'text';
const TIERS: readonly SearchTier[] = ['name', 'alias', 'name start', 'name word', 'alias word', 'code', 'inside a name', 'text'];

export interface TermSearchHit {
  term: GlossaryTerm;
  tier: SearchTier;
}

/** The terms that match the query, ranked by where they match, then shorter names first, then by name. An empty query lists every term by name. */
export function searchTerms(terms: readonly GlossaryTerm[], query: string): TermSearchHit[] {
  const q = normalize(query);
  if (!q) return [...terms].sort(byName).map((term) => ({ term, tier: 'name' }));
  const hits: (TermSearchHit & { rank: number })[] = [];
  for (const term of terms) {
    const tier = tierOf(term, q);
    if (tier) hits.push({ term, tier, rank: TIERS.indexOf(tier) });
  }
  hits.sort((a, b) => a.rank - b.rank || a.term.name.length - b.term.name.length || byName(a.term, b.term));
  return hits.map(({ term, tier }) => ({ term, tier }));
}

function tierOf(term: GlossaryTerm, q: string): SearchTier | undefined {
  const name = normalize(term.name);
  const bare = normalize(term.name.replace(/\s*\([^)]*\)\s*$/, ''));
  const aliases = term.aliases.map(normalize);
  if (name === q || bare === q) return 'name';
  if (aliases.includes(q) || term.code.some((c) => c.name.toLowerCase() === q)) return 'alias';
  if (name.startsWith(q)) return 'name start';
  if (hasWordStart(name, q)) return 'name word';
  if (aliases.some((a) => a.startsWith(q) || hasWordStart(a, q))) return 'alias word';
  if (term.code.some((c) => c.name.toLowerCase().includes(q.replace(/ /g, '_')) || c.name.toLowerCase().includes(q))) return 'code';
  if (name.includes(q) || aliases.some((a) => a.includes(q))) return 'inside a name';
  const text = normalize(`${term.definition} ${term.tip}`);
  if (q.split(' ').every((w) => hasWordStart(text, w))) return 'text';
  return undefined;
}

/** Lowercase, with runs of spaces, hyphens and underscores as one space. */
function normalize(s: string): string {
  return s.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}

/** Whether a word of `text` (after a space or punctuation) begins with `q`. */
function hasWordStart(text: string, q: string): boolean {
  for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1])) return true;
  }
  return false;
}

function byName(a: GlossaryTerm, b: GlossaryTerm): number {
  return a.name.localeCompare(b.name, 'en');
}
