// Builds the extension host, the quiz webview and the CLI, copies the webview's assets, and
// compiles the question banks into dist/catalog.json (failing the build on any bank error).
//   node esbuild.js [--production] [--watch]
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// --cli builds only the command-line tool (for `npm run check:banks`).
const cliOnly = process.argv.includes('--cli');
const dist = path.join(__dirname, 'dist');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * js-yaml's ES module build makes its parser state with object spread, which V8 keeps in dictionary
 * mode: the quick bank reader's event parser runs three times slower from it than from the CommonJS
 * build of the same code. The bundles that read banks take that one.
 */
const alias = { 'js-yaml': require.resolve('js-yaml') };

/**
 * Every `import * as vscode from 'vscode'` of a module would become its own copy of the API's
 * hundreds of properties when rewritten as CommonJS; all of them import one module that re-exports it.
 */
const vscodeOnce = {
  name: 'vscode-once',
  setup(b) {
    b.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    b.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

/** Where the host's ES modules wait to be rewritten as CommonJS (see lowerHost). */
const hostEsm = path.join(dist, '.host-esm');

// The extension host is split: dist/host/main-<hash>.js holds what activation needs, and what waits
// for a first use (the bank parser, importers, statistics) sits in other dist/host/*.js files,
// required on that use. Parsing the bundle is most of what activation costs. esbuild splits only ES
// modules, and VS Code ^1.100 runs extensions as CommonJS, so the split ES modules are written
// aside and then rewritten, file by file, as CommonJS (dynamic import() becomes require()).
// dist/extension.js is a small loader that runs main through V8's code cache (src/extensionLoader.ts).
const hostBuild = {
  ...common, entryPoints: { 'host/main': 'src/extension.ts' }, outdir: hostEsm, splitting: true, entryNames: '[dir]/[name]-[hash]', chunkNames: 'host/[name]-[hash]',
  platform: 'node', format: 'esm', target: 'node20', external: ['vscode'], alias,
  // Caches the extension keeps between sessions (parsed workspace banks) are used by the build that wrote them only.
  define: { SAGEMAKER_STUDY_BUILD: JSON.stringify(`${Date.now().toString(36)}-${process.pid}`) },
  plugins: [vscodeOnce, { name: 'commonjs', setup: (b) => b.onEnd((r) => (r.errors.length === 0 ? lowerHost() : undefined)) }],
};

async function lowerHost() {
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) files.push(p);
    }
  };
  walk(hostEsm);
  fs.rmSync(path.join(dist, 'host'), { recursive: true, force: true });
  await esbuild.build({
    ...common, entryPoints: files, outbase: hostEsm, outdir: dist, bundle: false, platform: 'node', format: 'cjs', target: 'node20',
    supported: { 'dynamic-import': false },
  });
  if (!watch) fs.rmSync(hostEsm, { recursive: true, force: true });
  const main = fs.readdirSync(path.join(dist, 'host')).find((f) => /^main-[A-Z0-9]+\.js$/.test(f));
  foldStartChunks(path.join(dist, 'host'), main);
  await esbuild.build({
    ...common, entryPoints: ['src/extensionLoader.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'],
    define: { HOST_MAIN_FILE: JSON.stringify(main) },
  });
}

const CHUNK_REQUIRE = /require\("\.\/(chunk-[A-Z0-9]+\.js)"\)/g;

/**
 * The shared chunks main requires as it starts (code that main and a lazily loaded module both use)
 * move into main, so that they are read with it through the code cache instead of file by file.
 * Main registers each in Node's module cache under the chunk's real path (as Node resolves it) before
 * running it; a lazy module's require of that chunk then gets the same instance. The file left in dist/host only
 * says so: it is never run.
 */
function foldStartChunks(dir, main) {
  const folded = [];
  const visit = (file) => {
    for (const [, chunk] of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(CHUNK_REQUIRE)) {
      if (!folded.includes(chunk)) {
        folded.push(chunk);
        visit(chunk);
      }
    }
  };
  visit(main);
  if (folded.length === 0) return;
  const local = (code) => code.replace(CHUNK_REQUIRE, (m, chunk) => (folded.includes(chunk) ? `__startChunk("./${chunk}")` : m));
  const bodies = folded.map((chunk) => `${JSON.stringify(`./${chunk}`)}:function(exports,require,module,__filename,__dirname){${local(fs.readFileSync(path.join(dir, chunk), 'utf8'))}\n}`);
  const prelude = `var __startDir,__startChunks={${bodies.join(',')}};function __startChunk(n){__startDir??=require("node:fs").realpathSync(__dirname);var f=require("node:path").join(__startDir,n),c=require.cache[f];if(c)return c.exports;var M=require("node:module"),m=new M(f,module);m.filename=f;m.paths=module.paths;require.cache[f]=m;__startChunks[n].call(m.exports,m.exports,require,m,f,__dirname);m.loaded=!0;return m.exports}\n`;
  const source = fs.readFileSync(path.join(dir, main), 'utf8');
  const body = local(source.replace(/^"use strict";/, ''));
  fs.writeFileSync(path.join(dir, main), `"use strict";${prelude}${body}`);
  for (const chunk of folded) fs.writeFileSync(path.join(dir, chunk), `throw new Error(${JSON.stringify(`${chunk} is part of ${main}, which loads it`)});\n`);
}

const builds = [
  hostBuild,
  { ...common, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview/quiz.js', platform: 'browser', format: 'iife', target: 'es2022' },
  // The statistics panel is its own bundle: its charts never load with the quiz.
  { ...common, entryPoints: ['src/webview/stats/main.ts'], outfile: 'dist/webview/stats.js', platform: 'browser', format: 'iife', target: 'es2022' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', alias, banner: { js: '#!/usr/bin/env node' } },
];

function copy(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

function copyAssets() {
  const codicons = path.dirname(require.resolve('@vscode/codicons/dist/codicon.css'));
  copy(path.join(codicons, 'codicon.css'), path.join(dist, 'codicons', 'codicon.css'));
  copy(path.join(codicons, 'codicon.ttf'), path.join(dist, 'codicons', 'codicon.ttf'));
  copy('media/quiz.css', path.join(dist, 'webview', 'quiz.css'));
  copy('media/stats.css', path.join(dist, 'webview', 'stats.css'));
  copy('media/quiz-tab.svg', path.join(dist, 'media', 'quiz-tab.svg'));
}

function compileBanks() {
  // --allow-bank-errors builds with the valid part of the banks (for authoring); releases never pass it.
  const allow = process.argv.includes('--allow-bank-errors') ? ['--allow-errors'] : [];
  // SAGEMAKER_STUDY_EXTRA_BANKS adds folders of banks (the end-to-end tests' fixtures) to this build only.
  const extra = (process.env.SAGEMAKER_STUDY_EXTRA_BANKS || '').split(path.delimiter).filter(Boolean);
  execFileSync(process.execPath, [path.join(dist, 'cli.js'), 'compile', path.join(dist, 'catalog.json'), 'questions', ...extra, ...allow], { stdio: 'inherit' });
  // The extension ships the catalog brotli-compressed: about a quarter smaller in the .vsix than
  // the zip's own compression, for a few milliseconds of decompression once per session.
  const json = fs.readFileSync(path.join(dist, 'catalog.json'));
  const zlib = require('node:zlib');
  const br = zlib.brotliCompressSync(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: json.length } });
  fs.writeFileSync(path.join(dist, 'catalog.json.br'), br);
  compileHoverTables();
}

/** The hover's own file: glossary, matcher tables and question ids, so the first hover skips the catalog. */
function compileHoverTables() {
  execFileSync(process.execPath, [path.join(dist, 'cli.js'), 'hover-tables', path.join(dist, 'catalog.json'), path.join(dist, 'terms.json')], { stdio: 'inherit' });
}

async function main() {
  if (cliOnly) {
    await esbuild.build(builds.find((b) => b.outfile === 'dist/cli.js'));
    return;
  }
  if (!watch) fs.rmSync(dist, { recursive: true, force: true });
  copyAssets();
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.rebuild()));
    compileBanks();
    await Promise.all(contexts.map((c) => c.watch()));
    fs.watch('questions', () => {
      try {
        compileBanks();
      } catch {
        // the errors were printed; keep watching
      }
    });
    console.log('watching for changes…');
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync(path.join(dist, 'cli.js'), 0o755);
  compileBanks();
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
