// `npm test`: build, type-check, lint, then unit, integration (real VS Code) and end-to-end (real
// VS Code UI in Chromium) tests. Ends with one line "N passed, N failed" summing every suite.
//   node scripts/test.mjs [--only unit,integration,e2e,checks]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set(process.argv[onlyArg + 1].split(',')) : undefined;
const wanted = (name) => !only || only.has(name);
const bin = (name) => join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, pending: 0 };
const failures = [];

function step(title, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${title}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  process.stdout.write(`=== ${title}: ${ok ? 'ok' : `failed (${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return ok;
}

/** A step that is one check: it counts as one test passed or failed. */
function check(title, cmd, args) {
  const ok = step(title, cmd, args);
  if (ok) totals.passed++;
  else {
    totals.failed++;
    failures.push(title);
  }
  return ok;
}

/** A mocha suite whose counts come back through a stats file. */
function suite(title, cmd, args, statsFile, env = {}) {
  rmSync(statsFile, { force: true });
  const ok = step(title, cmd, args, { ...env, SAGEMAKER_STUDY_STATS: statsFile });
  let stats;
  try {
    stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  } catch {
    stats = undefined;
  }
  if (!stats) {
    // The suite died before reporting: count it as one failure so it cannot pass silently.
    totals.failed++;
    failures.push(`${title} (did not report)`);
    return;
  }
  totals.passed += stats.passed;
  totals.failed += stats.failed;
  totals.pending += stats.pending ?? 0;
  if (stats.failed > 0 || !ok) failures.push(title);
  if (!ok && stats.failed === 0) totals.failed++;
}

// Before anything slow: the machine's prerequisites, then the rig (pinned Node 24 + code-server) the
// VS Code suites run on, installed once into the cache with its time printed.
const needsRig = wanted('integration') || wanted('e2e');
let rigReady = !needsRig;
if (needsRig) {
  const { preflight } = await import('./rig/prerequisites.mjs');
  const { codeServerInstalled } = await import('./rig/install.mjs');
  preflight({ chromium: true, buildTools: !codeServerInstalled() });
  rigReady = step('test rig (Node 24 and code-server, installed once into the cache)', process.execPath, ['scripts/rig/install.mjs']);
  if (!rigReady) {
    totals.failed++;
    failures.push('test rig (integration and end-to-end tests not run)');
  }
}

const stats = mkdtempSync(join(tmpdir(), 'sms-stats-'));
const built = check('build (bundles and bank catalog)', process.execPath, ['esbuild.js']);
if (wanted('checks')) {
  check('typecheck', bin('tsc'), ['-p', 'tsconfig.json']);
  check('typecheck webview', bin('tsc'), ['-p', 'tsconfig.webview.json']);
  check('lint', bin('eslint'), ['.', '--max-warnings=0']);
  const overlap = join(root, '..', 'shared', 'tools', 'seed-overlap.mjs');
  if (existsSync(overlap)) check('question banks in our own words (seed overlap)', process.execPath, [overlap, 'questions']);
  // Item-writing checks: warnings are printed for authors; only errors fail.
  if (built) check('question banks: loader and item-writing checks', process.execPath, ['dist/cli.js', 'check', 'questions', '--figures']);
}
if (wanted('unit')) {
  suite('unit tests', bin('mocha'), ['--reporter', join(root, 'test', 'support', 'countingReporter.cjs')], join(stats, 'unit.json'));
}
if (built && rigReady && wanted('integration')) {
  if (check('build integration tests', process.execPath, ['scripts/build-tests.mjs'])) {
    const statsFile = join(root, 'out', 'test', 'integration', 'stats.json');
    suite('integration tests (real VS Code)', process.execPath, ['scripts/test-integration.mjs'], statsFile);
  }
}
if (built && rigReady && wanted('e2e')) {
  suite('end-to-end tests (VS Code UI in Chromium)', bin('mocha'), ['--config', 'test/e2e/.mocharc.json', '--reporter', join(root, 'test', 'support', 'countingReporter.cjs')], join(stats, 'e2e.json'));
}
rmSync(stats, { recursive: true, force: true });

if (failures.length > 0) process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${totals.pending ? `, ${totals.pending} skipped` : ''}\n`);
process.exitCode = totals.failed > 0 || failures.length > 0 ? 1 : 0;
