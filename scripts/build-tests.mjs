// Bundles the integration tests for the extension host (vscode and mocha stay external).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';

rmSync('out/test/integration', { recursive: true, force: true });
await esbuild.build({
  entryPoints: readdirSync('test/integration').filter((f) => f.endsWith('.ts')).map((f) => `test/integration/${f}`),
  outdir: 'out/test/integration',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
