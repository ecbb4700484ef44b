// The hover's own data (dist/terms.json, compiled by the build): read on the first hover, without
// the whole catalog, and with the matcher's tables ready-made. When the file is missing or from
// another build, the hover falls back to the catalog.
import * as vscode from 'vscode';
import type { GlossaryTerm } from '../../core/bank/model';
import { bundleQuestionIds, bundleTerms, isHoverBundle } from '../../core/terms/hoverBundle';
import { TermIndex } from '../../core/terms/termIndex';
import type { CatalogService } from '../catalogService';

export interface HoverTerms {
  index: TermIndex;
  term(id: string): GlossaryTerm | undefined;
  /** ids of the bank questions that cover the term */
  questionIds(termId: string): string[];
}

export class HoverData {
  private data: Promise<HoverTerms> | undefined;

  constructor(
    private readonly bundleUri: vscode.Uri | undefined,
    private readonly catalog: CatalogService,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  load(): Promise<HoverTerms> {
    this.data ??= this.read().catch((err: unknown) => {
      this.data = undefined;
      throw err;
    });
    return this.data;
  }

  private async read(): Promise<HoverTerms> {
    if (this.bundleUri) {
      try {
        const started = Date.now();
        const parsed: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(this.bundleUri)));
        if (isHoverBundle(parsed)) {
          this.log.info(`Hover terms: ${parsed.terms.length} terms in ${Date.now() - started} ms`);
          return { index: new TermIndex(parsed.tables), term: bundleTerms(parsed), questionIds: (id) => bundleQuestionIds(parsed, id) };
        }
        this.log.warn('Hover terms: dist/terms.json is from another build; using the catalog');
      } catch (err) {
        this.log.warn(`Hover terms: ${err instanceof Error ? err.message : String(err)}; using the catalog`);
      }
    }
    const [index, catalog] = await Promise.all([this.catalog.termIndex(), this.catalog.load()]);
    return { index, term: (id) => catalog.term(id), questionIds: (id) => catalog.questionsAboutTerm(id).map((q) => q.id) };
  }
}
