// What the workspace's code uses: the terms found in each file, kept so that rescanning one file
// costs only that file's hits, and read as a summary per term (places, files, locations).
import type { TermHit } from './fileScan';

export interface TermLocation {
  /** the file, as the scanner names it (a path relative to the workspace, or a URI) */
  file: string;
  hit: TermHit;
}

export interface TermUsageSummary {
  termId: string;
  /** the places that use the term */
  count: number;
  /** the files among them */
  files: number;
}

export class TermUsage {
  private readonly byFile = new Map<string, readonly TermHit[]>();
  /** term → file → its hits there */
  private readonly byTerm = new Map<string, Map<string, TermHit[]>>();
  private readonly counts = new Map<string, number>();

  /** The files that use at least one term. */
  get fileCount(): number {
    return this.byFile.size;
  }

  /** Replaces what a file holds; an empty list forgets it. */
  set(file: string, hits: readonly TermHit[]): void {
    this.delete(file);
    if (hits.length === 0) return;
    this.byFile.set(file, hits);
    for (const h of hits) {
      let files = this.byTerm.get(h.termId);
      if (!files) this.byTerm.set(h.termId, (files = new Map()));
      const list = files.get(file);
      if (list) list.push(h);
      else files.set(file, [h]);
      this.counts.set(h.termId, (this.counts.get(h.termId) ?? 0) + 1);
    }
  }

  delete(file: string): void {
    const old = this.byFile.get(file);
    if (!old) return;
    this.byFile.delete(file);
    for (const h of old) {
      // The file's first hit of a term that only it used took the term away already.
      const files = this.byTerm.get(h.termId);
      if (!files) continue;
      files.delete(file);
      if (files.size === 0) {
        this.byTerm.delete(h.termId);
        this.counts.delete(h.termId);
      } else this.counts.set(h.termId, this.counts.get(h.termId)! - 1);
    }
  }

  /** Moves a file's hits to its new name (a rename changes no content). */
  rename(from: string, to: string): void {
    const hits = this.byFile.get(from);
    if (!hits) return;
    this.delete(from);
    this.set(to, hits);
  }

  clear(): void {
    this.byFile.clear();
    this.byTerm.clear();
    this.counts.clear();
  }

  /** The files that use at least one term. */
  files(): string[] {
    return [...this.byFile.keys()];
  }

  has(file: string): boolean {
    return this.byFile.has(file);
  }

  /** How many places use each term. */
  countsByTerm(): ReadonlyMap<string, number> {
    return this.counts;
  }

  /** How many files use a term. */
  fileCountOf(termId: string): number {
    return this.byTerm.get(termId)?.size ?? 0;
  }

  /** Every term used, most places first, then by id. */
  summary(): TermUsageSummary[] {
    return [...this.byTerm].map(([termId, files]) => ({ termId, count: this.counts.get(termId)!, files: files.size }))
      .sort((a, b) => b.count - a.count || (a.termId < b.termId ? -1 : a.termId > b.termId ? 1 : 0));
  }

  /** Where a term is used: by file name, then line and column, as "Find All References" lists them. */
  locations(termId: string): TermLocation[] {
    const files = this.byTerm.get(termId);
    if (!files) return [];
    return [...files.keys()].sort(compareFiles).flatMap((file) =>
      [...files.get(file)!].sort((a, b) => (a.cell ?? 0) - (b.cell ?? 0) || a.line - b.line || a.column - b.column).map((hit) => ({ file, hit })));
  }
}

/** By path, case-insensitively, as the references view sorts them. */
function compareFiles(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
