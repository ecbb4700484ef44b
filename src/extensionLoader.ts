// The build's entry (dist/extension.js): loads the extension (src/extension.ts, built as
// dist/host/main-<hash>.js) through V8's code cache in the extension's global storage, then hands
// over. A start with the cache skips parsing the bundle. The cache is written a few seconds after
// the first start, when the code that starting ran is compiled, and again after each update.
import { join } from 'node:path';
import type * as vscode from 'vscode';
import type * as Extension from './extension';
import { type CachedModule, loadWithCodeCache } from './host/startup/codeCache';

/** The built extension's file name in dist/host, named by its content (set by esbuild.js). */
declare const HOST_MAIN_FILE: string;
/** How long after activation the cache is written: the first status-bar update and hover have run by then. */
const SAVE_AFTER_MS = 5000;

let loaded: CachedModule<typeof Extension> | undefined;

export function activate(context: vscode.ExtensionContext): Extension.SageMakerStudyApi {
  loaded = loadWithCodeCache<typeof Extension>(join(__dirname, 'host', HOST_MAIN_FILE), join(context.globalStorageUri.fsPath, 'code-cache'));
  const api = loaded.exports.activate(context);
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
