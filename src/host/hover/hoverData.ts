// The hover's terms. The first hover after start reads the build's own file (dist/terms.json:
// glossary, matcher tables, question ids), not the whole catalog, and starts loading the catalog in
// the background: the catalog merges the learner's workspace glossaries, and once it is there the
// hover uses it. A hover that finds nothing before then waits for it, so a workspace term is never
// missed. Without the file (or from another build) the hover reads the catalog alone.
import * as vscode from 'vscode';
import type { GlossaryTerm } from '../../core/bank/model';
import type { TermIndex } from '../../core/terms/termIndex';
import type { CatalogService } from '../catalogService';

export interface HoverTerms {
  index: TermIndex;
  term(id: string): GlossaryTerm | undefined;
  /** ids of the bank questions that cover the term */
  questionIds(termId: string): string[];
  /** true for the catalog's terms (workspace glossaries included) */
  complete: boolean;
}

export class HoverData implements vscode.Disposable {
  private bundled: Promise<HoverTerms | undefined> | undefined;
  private merged: Promise<HoverTerms> | undefined;
  private mergedReady: HoverTerms | undefined;
  private readonly subscription: vscode.Disposable | undefined;

  constructor(
    private readonly bundleUri: vscode.Uri | undefined,
    private readonly catalog: CatalogService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    // Workspace banks changed: the next hover takes the merged terms afresh.
    this.subscription = catalog.onDidReload(() => {
      this.merged = undefined;
      this.mergedReady = undefined;
    });
  }

  /** The terms a hover uses now: the catalog's once loaded, else the build's file (while the catalog loads). */
  async current(): Promise<HoverTerms> {
    if (this.mergedReady) return this.mergedReady;
    const bundled = await this.bundle();
    if (!bundled) return this.complete();
    // After this hover is answered: reading the catalog blocks the extension host for a moment.
    if (!this.merged) setTimeout(() => void this.complete().catch(() => undefined), 0);
    return bundled;
  }

  /** The catalog's terms, with the learner's workspace glossaries: loaded once, in the background of the first hover. */
  complete(): Promise<HoverTerms> {
    this.merged ??= (async () => {
      const [index, catalog] = await Promise.all([this.catalog.termIndex(), this.catalog.load()]);
      const data: HoverTerms = { index, term: (id) => catalog.term(id), questionIds: (id) => catalog.questionsAboutTerm(id).map((q) => q.id), complete: true };
      this.mergedReady = data;
      return data;
    })().catch((err: unknown) => {
      this.merged = undefined;
      throw err;
    });
    // Loading in the background must not surface as an unhandled rejection; callers that wait see it.
    this.merged.catch(() => undefined);
    return this.merged;
  }

  private bundle(): Promise<HoverTerms | undefined> {
    this.bundled ??= this.readBundle();
    return this.bundled;
  }

  private async readBundle(): Promise<HoverTerms | undefined> {
    if (!this.bundleUri) return undefined;
    try {
      const started = Date.now();
      // The matcher's code loads with the first hover, not at activation.
      const [{ bundleQuestionIds, bundleTerms, readHoverBundle }, { TermIndex }] = await Promise.all([import('../../core/terms/hoverBundle'), import('../../core/terms/termIndex')]);
      const bundle = readHoverBundle(await vscode.workspace.fs.readFile(this.bundleUri));
      if (!bundle) {
        this.log.warn('Hover terms: dist/terms.json is from another build; using the catalog');
        return undefined;
      }
      this.log.info(`Hover terms: ${bundle.head.termIds.length} terms in ${Date.now() - started} ms`);
      return { index: new TermIndex(bundle.head.tables), term: bundleTerms(bundle), questionIds: (id) => bundleQuestionIds(bundle, id), complete: false };
    } catch (err) {
      this.log.warn(`Hover terms: ${err instanceof Error ? err.message : String(err)}; using the catalog`);
      return undefined;
    }
  }

  dispose(): void {
    this.subscription?.dispose();
  }
}
