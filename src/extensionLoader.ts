// The build's entry (dist/extension.js): loads the extension (src/extension.ts, built as
// dist/host/main-<hash>.js) through V8's code cache in the extension's global storage, then hands
// over. A start with the cache skips parsing the bundle. The cache is written a few seconds after
// the first start, when the code that starting ran is compiled, and again after each update.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as vscode from 'vscode';
import type * as Extension from './extension';
import { type CachedModule, loadWithCodeCache } from './host/startup/codeCache';

/** The built extension's file name in dist/host, named by its content (set by esbuild.js). */
declare const HOST_MAIN_FILE: string;
/** How long after activation the cache is written: the first status-bar update and hover have run by then. */
const SAVE_AFTER_MS = 5000;

let loaded: CachedModule<typeof Extension> | undefined;

export function activate(context: vscode.ExtensionContext): Extension.SageMakerStudyApi {
  const t0 = performance.now();
  loaded = loadWithCodeCache<typeof Extension>(join(__dirname, 'host', HOST_MAIN_FILE), join(context.globalStorageUri.fsPath, 'code-cache'));
  const t1 = performance.now();
  const api = loaded.exports.activate(context);
  // VS Code's own activation figure holds more than our code: this says how much is ours.
  loaded.exports.logStartup({ loadMs: t1 - t0, activateMs: performance.now() - t1, codeCache: loaded.status });
  if (loaded.status !== 'accepted') {
    const timer = setTimeout(() => void flushCodeCache(), SAVE_AFTER_MS);
    timer.unref();
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }
  return api;
}

export function deactivate(): void {
  loaded?.exports.deactivate();
}

/** Writes the code cache now (the benchmark's warm-up uses it); a failure only costs the next start a parse. */
export async function flushCodeCache(): Promise<void> {
  try {
    await loaded?.save();
  } catch {
    // a read-only or full disk: start without the cache
  }
}
