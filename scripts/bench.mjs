// `npm run bench`: production build and .vsix, then the figures (sizes, activation, catalog load).
// `npm run bench -- cold hover` prints only those parts (cold, catalog, hover, workspace, stats, fuzz, progress).
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
await esbuild.build({
  entryPoints: ['scripts/bench/main.ts'], outfile: 'out/bench/main.js', bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', logLevel: 'warning', absWorkingDir: root, external: ['vscode', 'esbuild', 'playwright-core'],
  // As the extension's build does (esbuild.js): js-yaml from its CommonJS build.
  alias: { 'js-yaml': createRequire(import.meta.url).resolve('js-yaml') },
});
execFileSync(process.execPath, ['--expose-gc', 'out/bench/main.js', root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
