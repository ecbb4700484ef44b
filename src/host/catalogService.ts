// Loads the compiled catalog (brotli-compressed JSON in the build output) the first time something
// needs it, with the learner's own workspace banks merged in; merges again when those change.
import * as vscode from 'vscode';
import type { Catalog } from '../core/bank/model';
import { CATALOG_FORMAT } from '../core/bank/model';
import { CatalogIndex } from '../core/catalog/catalogIndex';
import type { TermIndex } from '../core/terms/termIndex';
import type { WorkspaceBanks } from './workspaceBanks/workspaceBanks';

export class CatalogService implements vscode.Disposable {
  private bundled: Promise<Catalog> | undefined;
  private index: Promise<CatalogIndex> | undefined;
  private terms: TermIndex | undefined;
  private readonly reloaded = new vscode.EventEmitter<void>();
  /** Fires after the workspace banks changed and the catalog was merged again. */
  readonly onDidReload = this.reloaded.event;
  private readonly subscription: vscode.Disposable | undefined;

  constructor(
    private readonly catalogUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    /** Runs once after each successful load, before anyone sees the index. */
    private readonly onLoad: (index: CatalogIndex) => Promise<void> = async () => undefined,
    private readonly workspace?: WorkspaceBanks,
  ) {
    this.subscription = workspace?.onDidChange(() => void this.reload());
  }

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
    if (!this.terms) {
      const [{ TermIndex }, index] = await Promise.all([import('../core/terms/termIndex'), this.load()]);
      this.terms ??= new TermIndex(index.catalog.terms);
    }
    return this.terms;
  }

  /** Merges the workspace banks again; views refresh through onDidReload. */
  async reload(): Promise<void> {
    if (!this.index) return;
    this.index = undefined;
    this.terms = undefined;
    try {
      await this.load();
    } catch (err) {
      this.log.error(`Reloading the banks: ${String(err)}`);
    }
    this.reloaded.fire();
  }

  private readBundled(): Promise<Catalog> {
    this.bundled ??= (async () => {
      const started = Date.now();
      const bytes = await vscode.workspace.fs.readFile(this.catalogUri);
      // zlib costs milliseconds to load: it is required here, on first use, not when the extension starts.
      const { brotliDecompressSync } = await import('node:zlib');
      const catalog = JSON.parse(brotliDecompressSync(bytes).toString('utf8')) as Catalog;
      if (catalog.format !== CATALOG_FORMAT) throw new Error(`catalog format ${String(catalog.format)} is not ${CATALOG_FORMAT}; rebuild the extension`);
      this.log.info(`Loaded ${catalog.questions.length} questions and ${catalog.terms.length} terms in ${Date.now() - started} ms`);
      return catalog;
    })().catch((err: unknown) => {
      this.bundled = undefined;
      throw err;
    });
    return this.bundled;
  }

  private async read(): Promise<CatalogIndex> {
    const bundled = await this.readBundled();
    let catalog = bundled;
    if (this.workspace) {
      try {
        catalog = (await this.workspace.merge(bundled)).catalog;
      } catch (err) {
        // The learner's banks must never cost them the bundled ones.
        this.log.error(vscode.l10n.t('Workspace banks could not be loaded: {0}', String(err)));
      }
    }
    const index = new CatalogIndex(catalog);
    await this.onLoad(index);
    return index;
  }

  dispose(): void {
    this.subscription?.dispose();
    this.reloaded.dispose();
  }
}
