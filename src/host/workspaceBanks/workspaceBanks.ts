// The learner's own banks: read from the workspace, reloaded when a file is saved, created or
// deleted (debounced), and checked as the learner types, with every problem in the Problems panel.
// A broken file never stops the others, or the bundled banks, from loading.
import * as vscode from 'vscode';
import type { SourceFile } from '../../core/bank/compile';
import type { Catalog } from '../../core/bank/model';
import type { Diagnostic as BankDiagnostic } from '../../core/diagnostics';
import type { ParseCache, WorkspaceCatalog } from '../../core/catalog/workspaceCatalog';
import type { StoredParse } from '../../core/catalog/storedParses';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { fileBytes, fileSize } from './bankFiles';
import { bankFolders, BANK_GLOB, findBankFiles, isBankFile } from './bankFolders';

const DEBOUNCE_MS = 300;
/** The parses are written this long after the last change, so typing in a bank writes once. */
const STORE_AFTER_MS = 2000;
/** The file of the parses kept between sessions (core/catalog/storedParses.ts), in the workspace's storage folder. */
export const STORED_PARSES_FILE = 'workspace-bank-parses.json';
/** Set by the build to a new value each build: parses stored by another build are not used. */
declare const SAGEMAKER_STUDY_BUILD: string | undefined;
const BUILD = typeof SAGEMAKER_STUDY_BUILD === 'string' ? SAGEMAKER_STUDY_BUILD : 'source';
/** A bank file larger than this is reported, not read: a bank is text a person writes. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

export class WorkspaceBanks implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('sagemaker-study');
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a bank file was saved, created or deleted: the catalog should be merged again. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changed];
  private readonly uris = new Map<string, vscode.Uri>();
  private reloadTimer: NodeJS.Timeout | undefined;
  private lintTimer: NodeJS.Timeout | undefined;
  private watching = false;
  private bundled: Catalog | undefined;
  private parsed: ParseCache | undefined;
  private storeTimer: NodeJS.Timeout | undefined;
  /** The problems of a load, published after it returns; a later publish makes an earlier one stale. */
  private laterPublish: NodeJS.Immediate | undefined;
  private publishTurn = 0;
  /** How long the last merge waited for the checker's code (loaded once), for the log. */
  private checkerWaitMs = 0;
  private checkerModule: Promise<typeof import('../../core/catalog/workspaceCatalog')> | undefined;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    /** Loads the catalog (and so these banks): called when a bank file is opened before anything else needed it. */
    private readonly needCatalog: () => Promise<unknown> = async () => undefined,
    /** The workspace's storage folder, where parses are kept between sessions; none keeps them in memory only. */
    private readonly storageDir?: string,
  ) {
    // Cheap listeners only: the files are read on first use, or when the learner opens one.
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.opened(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && isBankFile(e.document.uri)) this.scheduleLint();
      }),
    );
    // After activate() has returned: a bank file already open gets its diagnostics.
    queueMicrotask(() => {
      for (const doc of vscode.workspace.textDocuments) this.opened(doc);
    });
  }

  private opened(doc: vscode.TextDocument): void {
    if (this.bundled || !isBankFile(doc.uri)) return;
    void this.needCatalog().catch((err: unknown) => this.log.error(`Loading the banks: ${String(err)}`));
  }

  /** The bundled catalog merged with the workspace's banks; reports their problems. */
  async merge(bundled: Catalog): Promise<WorkspaceCatalog> {
    this.bundled = bundled;
    this.watch();
    const started = Date.now();
    const files = await findBankFiles();
    const found = Date.now();
    const reading = this.readAll(files);
    // The checker's code compiles while the files are read (its first use is the merge below).
    void this.checker().catch(() => undefined);
    const sources = await reading;
    const read = Date.now();
    const merged = await this.mergeWith(bundled, sources);
    if (sources.length > 0) {
      const done = Date.now();
      this.log.info(`Workspace banks: ${merged.added.questions} questions in ${merged.added.topics} topics from ${sources.length} file(s) in ${done - started} ms (finding ${found - started} ms, reading ${read - found} ms, checking and merging ${done - read} ms, of which waiting for the checker's code ${this.checkerWaitMs} ms)`);
    }
    // The caller gets the catalog now; the Problems panel gets every problem just after.
    this.publishAfterLoad(merged, sources);
    return merged;
  }

  /**
   * Publishes a load's problems in a later turn of the event loop, with the item-writing warnings
   * worked out then, all at once. A check that publishes in the meantime makes this one stale.
   */
  private publishAfterLoad(merged: WorkspaceCatalog, sources: SourceFile[]): void {
    const turn = ++this.publishTurn;
    clearImmediate(this.laterPublish);
    const loaded = Date.now();
    this.laterPublish = setImmediate(() => {
      if (turn !== this.publishTurn) return;
      const checking = Date.now();
      let warnings: BankDiagnostic[] = [];
      try {
        warnings = merged.writingWarnings();
      } catch (err) {
        this.log.error(`Item-writing checks: ${String(err)}`);
      }
      this.publish([...merged.diagnostics, ...warnings], sources);
      if (sources.length > 0) {
        this.log.info(`Workspace banks: ${merged.diagnostics.length + warnings.length} problems published ${Date.now() - loaded} ms after the load (item-writing checks ${Date.now() - checking} ms)`);
      }
    });
  }

  private watch(): void {
    if (this.watching) return;
    this.watching = true;
    const schedule = () => {
      clearTimeout(this.reloadTimer);
      this.reloadTimer = setTimeout(() => this.changed.fire(), DEBOUNCE_MS);
    };
    const watchers = bankFolders().map((folder) => vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, BANK_GLOB)));
    for (const w of watchers) this.disposables.push(w, w.onDidChange(schedule), w.onDidCreate(schedule), w.onDidDelete(schedule));
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sagemakerStudy.banks.folders')) schedule();
      }),
    );
  }

  /** Checks again with the unsaved text of open bank files, without reloading the catalog. */
  private scheduleLint(): void {
    clearTimeout(this.lintTimer);
    this.lintTimer = setTimeout(() => void this.lint().catch((err: unknown) => this.log.error(`Checking banks: ${String(err)}`)), DEBOUNCE_MS);
  }

  async lint(): Promise<void> {
    if (!this.bundled) return;
    const sources = await this.readAll(await findBankFiles());
    const merged = await this.mergeWith(this.bundled, sources);
    ++this.publishTurn;
    this.publish([...merged.diagnostics, ...merged.writingWarnings()], sources);
  }

  /** The bank checker (yaml, markdown-it): loaded by the first load of the banks, not with the extension. */
  private checker(): Promise<typeof import('../../core/catalog/workspaceCatalog')> {
    this.checkerModule ??= import('../../core/catalog/workspaceCatalog').catch((err: unknown) => {
      this.checkerModule = undefined;
      throw err;
    });
    return this.checkerModule;
  }

  /** The bundled catalog merged with these files, through the parse cache (seeded from the last session's parses). */
  private async mergeWith(bundled: Catalog, sources: SourceFile[]): Promise<WorkspaceCatalog> {
    const waiting = Date.now();
    const { mergeWorkspaceBanks, ParseCache } = await this.checker();
    this.checkerWaitMs = Date.now() - waiting;
    if (!this.parsed) {
      this.parsed = new ParseCache();
      this.parsed.seed(await this.readStoredParses());
    }
    const merged = mergeWorkspaceBanks(bundled, sources, this.parsed);
    if (this.parsed.changed) this.storeSoon();
    return merged;
  }

  /** The parses of the last session; none when there are none, or they are from another build or damaged. */
  private async readStoredParses(): Promise<ReadonlyMap<string, StoredParse>> {
    if (!this.storageDir) return new Map();
    try {
      const { decodeStoredParses } = await import('../../core/catalog/storedParses');
      return decodeStoredParses(BUILD, await fsp.readFile(join(this.storageDir, STORED_PARSES_FILE), 'utf8'));
    } catch {
      return new Map(); // no file yet
    }
  }

  private storeSoon(): void {
    if (!this.storageDir) return;
    clearTimeout(this.storeTimer);
    this.storeTimer = setTimeout(() => void this.storeParses().catch((err: unknown) => this.log.warn(`Keeping the bank parses: ${String(err)}`)), STORE_AFTER_MS);
  }

  /** Writes the parses for the next session (temp file, then rename: a crash leaves the old file or the new). */
  async storeParses(): Promise<void> {
    if (!this.storageDir || !this.parsed) return;
    const { encodeStoredParses } = await import('../../core/catalog/storedParses');
    const text = encodeStoredParses(BUILD, this.parsed.toStore());
    await fsp.mkdir(this.storageDir, { recursive: true });
    const target = join(this.storageDir, STORED_PARSES_FILE);
    await fsp.writeFile(`${target}.tmp`, text);
    await fsp.rename(`${target}.tmp`, target);
  }

  /** Every bank file's text: an open document's current text, else what is on disk, read concurrently. */
  private async readAll(files: vscode.Uri[]): Promise<SourceFile[]> {
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    this.uris.clear();
    const read = await Promise.all(
      files.map(async (uri): Promise<SourceFile | undefined> => {
        const path = vscode.workspace.asRelativePath(uri, true);
        this.uris.set(path, uri);
        const doc = open.get(uri.toString());
        if (doc) return { path, text: doc.getText() };
        try {
          const size = await fileSize(uri);
          if (size > MAX_FILE_BYTES) {
            this.log.warn(vscode.l10n.t('{0}: {1} bytes, over the {2} byte limit for a bank file; not loaded', path, size, MAX_FILE_BYTES));
            return { path, text: `# over ${MAX_FILE_BYTES / 1048576} MB` };
          }
          return { path, text: new TextDecoder().decode(await fileBytes(uri)) };
        } catch (err) {
          this.log.warn(vscode.l10n.t('{0}: could not be read ({1})', path, String(err)));
          return undefined;
        }
      }),
    );
    return read.filter((s): s is SourceFile => s !== undefined);
  }

  private publish(found: BankDiagnostic[], sources: SourceFile[]): void {
    const byFile = new Map<string, vscode.Diagnostic[]>(sources.map((s) => [s.path, []]));
    for (const d of found) {
      const list = byFile.get(d.file);
      if (!list) continue;
      const at = new vscode.Position(Math.max(0, d.line - 1), Math.max(0, d.column - 1));
      const diagnostic = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, wordLength(d))), d.message, d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      diagnostic.source = 'SageMaker Study';
      list.push(diagnostic);
    }
    this.diagnostics.clear();
    for (const [path, list] of byFile) {
      const uri = this.uris.get(path);
      if (uri) this.diagnostics.set(uri, list);
    }
  }

  /** The bank diagnostics of a file, for tests and quick fixes. */
  diagnosticsOf(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.diagnostics.get(uri) ?? [];
  }

  dispose(): void {
    clearTimeout(this.reloadTimer);
    clearTimeout(this.lintTimer);
    clearTimeout(this.storeTimer);
    clearImmediate(this.laterPublish);
    for (const d of this.disposables) d.dispose();
  }
}

/** How far a diagnostic's squiggle reaches: the quoted name it is about, else one word. */
function wordLength(d: BankDiagnostic): number {
  const quoted = /'([^']{1,80})'/.exec(d.message);
  return quoted ? quoted[1].length : 1;
}
