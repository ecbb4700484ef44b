// Loads a CommonJS file through V8's code cache, the way VS Code loads its own code and Node 22's
// module.enableCompileCache() does: the first start compiles the source and, a little later, keeps
// V8's compiled code (with the functions that ran) in a file; every later start reads that instead of
// parsing the source again, which is most of what loading the extension costs. Plain Node, no vscode.
// fs.promises is read on save only: loading it costs a fresh process milliseconds at start.
import { promises as fsp, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What happened to the cache file on this load. */
export type CodeCacheStatus = 'none' | 'accepted' | 'rejected';

export interface CachedModule<T> {
  exports: T;
  status: CodeCacheStatus;
  /** Writes the cache file when this load had none it could use; removes caches of other builds. */
  save(): Promise<void>;
}

/**
 * `file` must be named by its content (the build puts a content hash in the name): V8 checks a cache
 * against the source's length and its own version and flags, not against the text itself.
 */
export function loadWithCodeCache<T>(file: string, cacheDir: string): CachedModule<T> {
  const source = readFileSync(file, 'utf8');
  const stem = basename(file, '.js');
  const cacheFile = join(cacheDir, `${stem}.${process.arch}.${process.versions.v8}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet: this start compiles the source
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const status: CodeCacheStatus = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  // A module as Node's loader makes one: relative requires resolve from the file, and VS Code's
  // `vscode` module finds the extension from the requiring file's path.
  const mod = new Module(file) as Module & { filename: string; paths: string[]; loaded: boolean };
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  const wrapper = script.runInThisContext({ displayErrors: true }) as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
  let saved = status === 'accepted';
  return {
    exports: mod.exports as T,
    status,
    async save() {
      if (saved) return;
      saved = true;
      const data = script.createCachedData();
      await fsp.mkdir(cacheDir, { recursive: true });
      const temp = `${cacheFile}.${process.pid}.tmp`;
      await fsp.writeFile(temp, data);
      await fsp.rename(temp, cacheFile);
      // Caches of earlier builds (or another V8) are never read again.
      const prefix = stem.replace(/-[^-]*$/, '-');
      for (const name of await fsp.readdir(cacheDir)) {
        if (name !== basename(cacheFile) && name.startsWith(prefix) && name.endsWith('.bin')) await fsp.rm(join(cacheDir, name), { force: true });
      }
    },
  };
}
