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
  // Most neighbours share a file: equal names need no locale comparison.
  return [...list].sort((a, b) => (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.column - b.column);
}

export function countErrors(list: Diagnostic[]): number {
  return list.filter((d) => d.severity === 'error').length;
}

/**
 * Author text inside a message, cut short: a 10 MB id must not make every message 10 MB. Anything a
 * suggestion can be offered for (80 characters) is shown whole, so quick fixes can find it.
 */
export function quoted(text: string, max = 100): string {
  const shown = text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
  return `'${shown.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

// Two rows reused by every call: suggestions compare thousands of pairs, and allocating rows for
// each pair cost more than comparing them.
let rows = [new Int32Array(128), new Int32Array(128)];

/**
 * Edit distance when it is at most `limit`, else `limit + 1`. Only a band of width 2·limit+1 is
 * computed, in two reused rows, and the loop stops once every cell of a row is over the limit, so
 * the cost is O(length · limit) rather than O(length²).
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(2 * n + 2), new Int32Array(2 * n + 2)];
  let [prev, row] = rows;
  for (let j = 0; j <= Math.min(n, limit + 1); j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    // The band moves one column a row, so cells just outside it are all the next row reads.
    const from = Math.max(1, i - limit);
    const to = Math.min(n, i + limit);
    row[0] = i <= limit ? i : over;
    if (from > 1) row[from - 1] = over;
    let best = from === 1 ? row[0] : over;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const cell = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost, over);
      row[j] = cell;
      if (cell < best) best = cell;
    }
    if (to < n) row[to + 1] = over;
    if (best > limit) return over;
    [prev, row] = [row, prev];
  }
  return Math.min(prev[n], over);
}

/** Longest word a suggestion is looked for: a longer one is not a typo of an id. */
const SUGGEST_MAX_LENGTH = 80;

/**
 * "Did you mean" suggestions under a budget of edit-distance cells, shared by every suggestion of
 * one compile: 800 unknown references against 800 ids stay a few milliseconds, and once the
 * budget is spent the messages simply carry no suggestion.
 */
export class Suggester {
  constructor(private budget = 2_000_000) {}

  closest(word: string, candidates: Iterable<string>): string | undefined {
    if (word.length > SUGGEST_MAX_LENGTH) return undefined;
    const w = word.toLowerCase();
    let best: string | undefined;
    let limit = Math.max(2, Math.floor(word.length / 3));
    for (const c of candidates) {
      if (this.budget <= 0) return best;
      if (Math.abs(c.length - w.length) > limit || c.length > SUGGEST_MAX_LENGTH) continue;
      this.budget -= w.length * (2 * limit + 1) + c.length;
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
