// Loads the compiled catalog (brotli-compressed JSON in the build output) the first time something needs it.
import * as vscode from 'vscode';
import type { Catalog } from '../core/bank/model';
import { CATALOG_FORMAT } from '../core/bank/model';
import { CatalogIndex } from '../core/catalog/catalogIndex';
import { TermIndex } from '../core/terms/termIndex';

export class CatalogService {
  private index: Promise<CatalogIndex> | undefined;
  private terms: TermIndex | undefined;

  constructor(
    private readonly catalogUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    /** Runs once after each successful load, before anyone sees the index. */
    private readonly onLoad: (index: CatalogIndex) => Promise<void> = async () => undefined,
  ) {}

  /** Whether anything has asked for the catalog yet: activation must not (a test checks). */
  get requested(): boolean {
    return this.index !== undefined || this.terms !== undefined;
  }

  load(): Promise<CatalogIndex> {
    this.index ??= this.read().catch((err: unknown) => {
      this.index = undefined;
      throw err;
    });
    return this.index;
  }

  async termIndex(): Promise<TermIndex> {
    if (!this.terms) this.terms = new TermIndex((await this.load()).catalog.terms);
    return this.terms;
  }

  private async read(): Promise<CatalogIndex> {
    const started = Date.now();
    const bytes = await vscode.workspace.fs.readFile(this.catalogUri);
    // zlib costs milliseconds to load: it is required here, on first use, not when the extension starts.
    const { brotliDecompressSync } = await import('node:zlib');
    const catalog = JSON.parse(brotliDecompressSync(bytes).toString('utf8')) as Catalog;
    if (catalog.format !== CATALOG_FORMAT) throw new Error(`catalog format ${String(catalog.format)} is not ${CATALOG_FORMAT}; rebuild the extension`);
    this.log.info(`Loaded ${catalog.questions.length} questions and ${catalog.terms.length} terms in ${Date.now() - started} ms`);
    const index = new CatalogIndex(catalog);
    await this.onLoad(index);
    return index;
  }
}
