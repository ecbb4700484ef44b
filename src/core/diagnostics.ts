// A problem found in a bank or glossary file, located the way a compiler would report it.
export type Severity = 'error' | 'warning';

export interface Place {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export interface Diagnostic extends Place {
  severity: Severity;
  message: string;
  /** Other places the problem involves (the first definition of a duplicate id), so a check of one file sees it. */
  related?: Place[];
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export function countErrors(list: Diagnostic[]): number {
  return list.filter((d) => d.severity === 'error').length;
}

/** Author text inside a message, cut short: a 10 MB id must not make every message 10 MB. */
export function quoted(text: string, max = 60): string {
  const shown = text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
  return `'${shown.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

/**
 * Edit distance when it is at most `limit`, else `limit + 1`. Only a band of width 2·limit+1 is
 * computed, and the loop stops once every cell of a row is over the limit, so the cost is
 * O(length · limit) rather than O(length²).
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : over));
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(over);
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    if (from === 1) row[0] = i <= limit ? i : over;
    let best = row[0];
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost, over);
      if (row[j] < best) best = row[j];
    }
    if (best > limit) return over;
    prev = row;
  }
  return Math.min(prev[b.length], over);
}

/** Longest word a suggestion is looked for: a longer one is not a typo of an id. */
const SUGGEST_MAX_LENGTH = 80;

/**
 * "Did you mean" suggestions under a budget of edit-distance cells, shared by every suggestion of
 * one compile: 800 unknown references against 800 ids stay a few milliseconds, and once the
 * budget is spent the messages simply carry no suggestion.
 */
export class Suggester {
  constructor(private budget = 4_000_000) {}

  closest(word: string, candidates: Iterable<string>): string | undefined {
    if (word.length > SUGGEST_MAX_LENGTH) return undefined;
    const w = word.toLowerCase();
    let best: string | undefined;
    let limit = Math.max(2, Math.floor(word.length / 3));
    for (const c of candidates) {
      if (this.budget <= 0) return best;
      if (Math.abs(c.length - w.length) > limit || c.length > SUGGEST_MAX_LENGTH) continue;
      this.budget -= w.length * (2 * limit + 1) + 1;
      const d = editDistance(w, c.toLowerCase(), limit);
      if (d <= limit) {
        // Later candidates must be strictly closer, so the first of equally close ones wins.
        best = c;
        if (d === 0) return best;
        limit = d - 1;
      }
    }
    return best;
  }

  didYouMean(word: string, candidates: Iterable<string>): string {
    const guess = this.closest(word, candidates);
    return guess ? ` (did you mean ${quoted(guess)}?)` : '';
  }
}

/** The closest candidate within a small distance, or undefined. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return new Suggester().closest(word, candidates);
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  return new Suggester().didYouMean(word, candidates);
}
