// Cold start, one fresh process per figure: loading dist/extension.js and running activate() with
// n cards stored, then the first thing that reads progress after activation (the status bar's due
// count). Also whether anything read the catalog. Run as `main.js --cold <snapshot file> [<code cache
// folder> [--write]]`. Measured twice: the first start after installing or updating the extension,
// with no code cache yet, and every later start, with the V8 code cache the first one wrote to the
// extension's global storage (src/extensionLoader.ts). Each start is a new process, as each window's
// extension host is.
import Module from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { loadProgress } from '../../src/core/progress/load';
import { JOURNAL_FILE } from '../../src/host/storage/progressFiles';
import { StorageKey } from '../../src/host/storage/storageKeys';
import { median } from './timing';

interface ColdFigures {
  activateMs: number;
  /** processor time of load + activate (all of the process's threads) */
  activateCpuMs: number;
  /** whether the code cache was used */
  codeCache: string;
  /** activate() alone, without loading the module */
  activateOnlyMs: number;
  /** garbage collection during load + activate: a young heap that has not grown yet collects more */
  gcMs: number;
  firstDueMs: number;
  /** then the first real use: progress read in full */
  fullReadMs: number;
  due: number;
  catalogRead: boolean;
}

const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

/** In the child process: one cold load + activate, printed as JSON. */
/** How a cold child runs: which file is the extension, and where its global storage (code cache) is. */
export interface ColdOptions {
  /** the extension's entry; dist/extension.js when absent */
  entry?: string;
  cacheFolder?: string;
  /** write the code cache before exiting (the first start of a pair) */
  writeCache?: boolean;
}

export function coldChild(root: string, snapshotFile: string, { entry, cacheFolder, writeCache = false }: ColdOptions = {}): void {
  const { snapshot: stored, dueIndex, journal } = JSON.parse(readFileSync(snapshotFile, 'utf8')) as StoredFixture;
  const folder = mkdtempSync(join(tmpdir(), 'sms-cold-'));
  if (journal) {
    mkdirSync(join(folder, 'workspace', 'progress'), { recursive: true });
    writeFileSync(join(folder, 'workspace', 'progress', JOURNAL_FILE), journal);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { stub, calls, context } = require(join(root, 'scripts', 'bench', 'vscodeStub.cjs')) as { stub: unknown; calls: string[]; context: (w: object, f: string) => unknown };
  const ctx = context(stored === '' ? {} : { [StorageKey.progress]: stored, ...(dueIndex ? { [StorageKey.progressDue]: dueIndex } : {}) }, folder) as { globalStorageUri: { fsPath: string } };
  if (cacheFolder) ctx.globalStorageUri = { ...ctx.globalStorageUri, fsPath: cacheFolder };
  const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = mod._load;
  mod._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? stub : original(request, ...rest));
  const collections: { start: number; end: number }[] = [];
  const gcObserver = new PerformanceObserver((list) => list.getEntries().forEach((e) => collections.push({ start: e.startTime, end: e.startTime + e.duration })));
  gcObserver.observe({ entryTypes: ['gc'] });
  const cpu0 = process.cpuUsage();
  const p0 = performance.now();
  const t0 = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ext = require(entry ?? join(root, 'dist', 'extension.js')) as { activate(c: unknown): { progress: { dueCount(): number; current: unknown } }; flushCodeCache?(): Promise<void> };
  const ta = process.hrtime.bigint();
  const api = ext.activate(ctx);
  const activateOnlyMs = ms(ta);
  const activateMs = ms(t0);
  const p1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const codeCache = cacheFolder ? (existsSync(join(cacheFolder, 'code-cache')) ? 'used' : 'none') : 'none';
  const t1 = process.hrtime.bigint();
  const due = api.progress.dueCount();
  const firstDueMs = ms(t1);
  const t2 = process.hrtime.bigint();
  void api.progress.current;
  const fullReadMs = ms(t2);
  rmSync(folder, { recursive: true, force: true });
  // The observer hears of collections a turn later.
  setImmediate(() => {
    gcObserver.disconnect();
    const gcMs = collections.reduce((sum, c) => sum + Math.max(0, Math.min(c.end, p1) - Math.max(c.start, p0)), 0);
    const out: ColdFigures = { activateMs, activateCpuMs: (cpu.user + cpu.system) / 1000, codeCache, activateOnlyMs, gcMs, firstDueMs, fullReadMs, due, catalogRead: calls.some((c) => c.startsWith('vscode.workspace.fs.readFile')) };
    process.stdout.write(JSON.stringify(out));
    if (writeCache) void ext.flushCodeCache?.().then(() => process.exit(0));
    else process.exit(0);
  });
}

/** What the store leaves behind: the snapshot and due index in VS Code's state, and the journal on disk. */
export interface StoredFixture {
  snapshot: string;
  dueIndex?: string;
  journal?: string;
}

/** Median of `runs` fresh processes, with the given progress stored: with no code cache, or with the one a first start wrote. */
export function coldRuns(root: string, bundle: string, stored: StoredFixture, runs: number, codeCache: 'none' | 'written by a first start', entry?: string): ColdFigures {
  const dir = mkdtempSync(join(tmpdir(), 'sms-snap-'));
  const file = join(dir, 'snapshot.json');
  writeFileSync(file, JSON.stringify(stored));
  const cacheFolder = join(dir, 'global-storage');
  const child = (o: ColdOptions) => JSON.parse(execFileSync(process.execPath, [bundle, root, '--cold', file, JSON.stringify({ entry, ...o })], { encoding: 'utf8' })) as ColdFigures;
  if (codeCache !== 'none') child({ cacheFolder, writeCache: true });
  const results: ColdFigures[] = [];
  for (let i = 0; i < runs; i++) results.push(codeCache === 'none' ? child({}) : child({ cacheFolder }));
  rmSync(dir, { recursive: true, force: true });
  if (codeCache !== 'none' && results.some((r) => r.codeCache !== 'used')) throw new Error('cold start bench: the code cache was not written');
  return {
    activateMs: median(results.map((r) => r.activateMs)),
    activateCpuMs: median(results.map((r) => r.activateCpuMs)),
    codeCache: results[0].codeCache,
    activateOnlyMs: median(results.map((r) => r.activateOnlyMs)),
    gcMs: median(results.map((r) => r.gcMs)),
    firstDueMs: median(results.map((r) => r.firstDueMs)),
    fullReadMs: median(results.map((r) => r.fullReadMs)),
    due: results[0].due,
    catalogRead: results.some((r) => r.catalogRead),
  };
}

/** Baseline: what activate() did before, reading the same progress stored in format 2 (fresh process too). */
export function formatTwoChild(snapshotFile: string): void {
  const text = readFileSync(snapshotFile, 'utf8');
  const t0 = process.hrtime.bigint();
  loadProgress(text);
  process.stdout.write(JSON.stringify({ activateMs: ms(t0), activateCpuMs: 0, codeCache: 'none', activateOnlyMs: 0, gcMs: 0, firstDueMs: 0, fullReadMs: 0, due: 0, catalogRead: false }));
  process.exit(0);
}

export function formatTwoRuns(root: string, bundle: string, text: string, runs: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'sms-snap-'));
  const file = join(dir, 'v2.json');
  writeFileSync(file, text);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push((JSON.parse(execFileSync(process.execPath, [bundle, root, '--v2-load', file], { encoding: 'utf8' })) as ColdFigures).activateMs);
  rmSync(dir, { recursive: true, force: true });
  return median(out);
}
