// The baseline of the cold-start figures: the extension as one CommonJS bundle, built as it was
// before the host was split and loaded through a code cache (same sources, same minification).
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import { join } from 'node:path';

export async function singleBundle(root: string): Promise<{ file: string; bytes: number }> {
  const file = join(root, 'out', 'bench', 'single-bundle', 'extension.js');
  await build({
    entryPoints: [join(root, 'src', 'extension.ts')], outfile: file, bundle: true, minify: true, platform: 'node', format: 'cjs',
    target: 'node20', external: ['vscode'], legalComments: 'none', logLevel: 'warning', absWorkingDir: root,
  });
  return { file, bytes: statSync(file).size };
}
