// Finds the glossary terms the workspace's code uses, for the "In Your Code" view. Nothing runs at
// activation: the first scan starts when the view is first shown. It reads files in batches and
// matches in slices of a few milliseconds (core/terms/usage/workspaceScan), shows a cancellable
// notification when it takes a while, then follows saves, creations, deletions and renames file by
// file. The results stay in memory: nothing is stored or exported.
import * as vscode from 'vscode';
import type { TermMatcher } from '../../core/terms/termLookup';
import { TermUsage } from '../../core/terms/usage/termUsage';
import { scanFiles, type ScanDeps, type ScanResult } from '../../core/terms/usage/workspaceScan';
import type { CatalogService } from '../catalogService';
import { folderRules, type FolderRules, RULE_SETTINGS, scannedLanguages } from './scanRules';

export type ScanState =
  | { kind: 'idle' }
  | { kind: 'scanning'; done: number; total: number }
  | { kind: 'done'; files: number; tooLarge: number; cancelled: boolean };

/** A long scan gets a notification (with Cancel) after this long; a short one only the view's progress bar. */
const NOTIFY_AFTER_MS = 1500;
/** Changes that arrive together (a branch switch, a save of several files) are rescanned together. */
const DEBOUNCE_MS = 100;

const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));

export class CodeScanner implements vscode.Disposable {
  readonly usage = new TermUsage();
  private scanState: ScanState = { kind: 'idle' };
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the results or the state change. */
  readonly onDidChange = this.changed.event;
  private full: Promise<void> | undefined;
  private cancelFull: vscode.CancellationTokenSource | undefined;
  private rules: FolderRules[] = [];
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private draining: Promise<void> = Promise.resolve();
  private listeners: vscode.Disposable[] = [];
  /** figures of the last scans, for the log and the integration test */
  lastFull: (ScanResult & { files: number; ms: number }) | undefined;
  lastRescanMs: number | undefined;

  constructor(
    private readonly catalog: CatalogService,
    private readonly log: vscode.LogOutputChannel,
    private readonly viewId: string,
  ) {}

  get state(): ScanState {
    return this.scanState;
  }

  /** The first scan, once: when the view is first shown. */
  ensureStarted(): void {
    if (this.scanState.kind === 'idle' && !this.full) void this.rescanAll();
  }

  /** Resolves when no scan is running (starting the first one if needed). */
  async ready(): Promise<void> {
    this.ensureStarted();
    while (this.full) await this.full;
    await this.draining;
  }

  /** Scans every file again: after the terms, the settings or the folders changed, or on request. */
  rescanAll(): Promise<void> {
    this.cancelFull?.cancel();
    const previous = this.full ?? Promise.resolve();
    const run: Promise<void> = previous.catch(() => undefined).then(() => this.scanAll()).finally(() => {
      if (this.full === run) this.full = undefined;
    });
    this.full = run;
    return run;
  }

  /** Stops a running scan; what it found so far stays. */
  cancel(): void {
    this.cancelFull?.cancel();
  }

  private async scanAll(): Promise<void> {
    const cts = new vscode.CancellationTokenSource();
    this.cancelFull = cts;
    const started = performance.now();
    this.listen();
    const languages = scannedLanguages();
    this.rules = await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => folderRules(f, languages)));
    const listed = await Promise.all(this.rules.map(async (r) => ({ r, uris: await vscode.workspace.findFiles(new vscode.RelativePattern(r.folder, r.glob), undefined, undefined, cts.token) })));
    const uris: vscode.Uri[] = [];
    for (const { r, uris: found } of listed) {
      const present = new Set(found.map((u) => vscode.workspace.asRelativePath(u, false)));
      for (const u of found) if (r.accepts(u, (rel) => present.has(rel))) uris.push(u);
    }
    const keys = uris.map((u) => u.toString());
    // The terms of the catalog, with the learner's workspace glossaries: the ones the hover finds.
    const index = await this.catalog.termIndex();
    this.usage.clear();
    this.pending.clear();
    this.setState({ kind: 'scanning', done: 0, total: keys.length });
    const scan = scanFiles(keys, this.usage, this.deps(index, languages, () => cts.token.isCancellationRequested, (done, total) => {
      this.scanState = { kind: 'scanning', done, total };
      this.changed.fire();
    }));
    void vscode.window.withProgress({ location: { viewId: this.viewId } }, () => scan);
    const notify = setTimeout(() => this.notify(scan, cts), NOTIFY_AFTER_MS);
    try {
      const result = await scan;
      const ms = performance.now() - started;
      this.lastFull = { ...result, files: keys.length, ms };
      this.log.info(`In Your Code: ${this.usage.summary().length} terms in ${this.usage.fileCount} of ${keys.length} files in ${ms.toFixed(0)} ms`
        + ` (longest block ${result.longestSliceMs.toFixed(1)} ms; ${result.tooLarge.length} over 1 MB skipped${result.cancelled ? '; cancelled' : ''})`);
      this.setState({ kind: 'done', files: result.scanned, tooLarge: result.tooLarge.length, cancelled: result.cancelled });
    } catch (err) {
      this.log.error(`In Your Code: the scan failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      this.setState({ kind: 'done', files: 0, tooLarge: 0, cancelled: true });
    } finally {
      clearTimeout(notify);
      cts.dispose();
      if (this.cancelFull === cts) this.cancelFull = undefined;
    }
  }

  private notify(scan: Promise<ScanResult>, cts: vscode.CancellationTokenSource): void {
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Finding SageMaker terms in your code'), cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => cts.cancel());
        let reported = 0;
        const sub = this.onDidChange(() => {
          const s = this.scanState;
          if (s.kind !== 'scanning' || s.total === 0) return;
          progress.report({ message: vscode.l10n.t('{0} of {1} files', s.done, s.total), increment: (100 * (s.done - reported)) / s.total });
          reported = s.done;
        });
        try {
          await scan;
        } finally {
          sub.dispose();
        }
      },
    );
  }

  private deps(index: TermMatcher, languages: ReadonlySet<string>, isCancelled: () => boolean, onProgress?: ScanDeps['onProgress']): ScanDeps {
    return {
      index,
      size: async (key) => (await vscode.workspace.fs.stat(vscode.Uri.parse(key))).size,
      read: (key) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.parse(key))),
      yieldToHost,
      now: () => performance.now(),
      cellLanguages: languages,
      isCancelled,
      onProgress,
    };
  }

  private setState(s: ScanState): void {
    this.scanState = s;
    this.changed.fire();
  }

  /** After the first scan: changed files are rescanned one by one; rule changes rescan everything. */
  private listen(): void {
    if (this.listeners.length > 0) return;
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const queue = (uri: vscode.Uri) => this.queue(uri);
    this.listeners.push(
      watcher,
      watcher.onDidCreate((uri) => void this.created(uri)),
      watcher.onDidChange(queue),
      watcher.onDidDelete((uri) => this.forget(uri)),
      vscode.workspace.onDidSaveTextDocument((doc) => queue(doc.uri)),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) {
          this.forget(oldUri);
          void this.created(newUri);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (RULE_SETTINGS.some((s) => e.affectsConfiguration(s))) void this.rescanAll();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescanAll()),
      // New workspace glossaries: other terms to find.
      this.catalog.onDidReload(() => void this.rescanAll()),
    );
  }

  private queue(uri: vscode.Uri): void {
    if (uri.path.endsWith('/.gitignore')) {
      void this.rescanAll();
      return;
    }
    this.pending.add(uri.toString());
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.draining = this.draining.then(() => this.drain())), DEBOUNCE_MS);
  }

  /** A new file, or a folder (moved in, checked out) whose files are all new. */
  private async created(uri: vscode.Uri): Promise<void> {
    const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
    if (!stat || (stat.type & vscode.FileType.Directory) === 0) {
      this.queue(uri);
      return;
    }
    const rules = this.rulesOf(uri);
    if (rules) for (const file of await vscode.workspace.findFiles(new vscode.RelativePattern(uri, rules.glob))) this.queue(file);
  }

  private rulesOf(uri: vscode.Uri): FolderRules | undefined {
    const key = uri.toString();
    return this.rules.find((r) => key.startsWith(r.folder.uri.toString().replace(/\/?$/, '/')));
  }

  /** A file or a folder is gone: whatever was found in it goes too. */
  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const prefix = key.endsWith('/') ? key : `${key}/`;
    let removed = false;
    for (const file of this.usage.files()) {
      if (file === key || file.startsWith(prefix)) {
        this.usage.delete(file);
        removed = true;
      }
    }
    this.pending.delete(key);
    if (removed) this.changed.fire();
  }

  private async drain(): Promise<void> {
    // A full scan reads everything anyway; what changed during it is read after it.
    while (this.full) await this.full;
    if (this.pending.size === 0 || this.scanState.kind === 'idle') return;
    const started = performance.now();
    const keys = [...this.pending];
    this.pending.clear();
    const wanted: string[] = [];
    for (const key of keys) {
      const uri = vscode.Uri.parse(key);
      if (this.rulesOf(uri)?.accepts(uri)) wanted.push(key);
      else this.usage.delete(key);
    }
    const result = await scanFiles(wanted, this.usage, this.deps(await this.catalog.termIndex(), scannedLanguages(), () => false));
    this.lastRescanMs = performance.now() - started;
    this.log.info(`In Your Code: rescanned ${wanted.length} file(s) in ${this.lastRescanMs.toFixed(1)} ms (longest block ${result.longestSliceMs.toFixed(1)} ms)`);
    this.changed.fire();
  }

  dispose(): void {
    this.cancelFull?.cancel();
    clearTimeout(this.timer);
    for (const l of this.listeners) l.dispose();
    this.changed.dispose();
  }
}
