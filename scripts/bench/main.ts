// The benchmark figures the issues ask for. Run through scripts/bench.mjs, which builds first.
// `main.js <root> --cold <file>` and `--v2-load <file>` are the fresh child processes of the cold-start figures.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { benchCatalog } from './catalogBench';
import { coldChild, type ColdOptions, coldRuns, formatTwoChild, formatTwoRuns } from './coldStart';
import { singleBundle } from './singleBundle';
import { benchProgress } from './progressBench';
import { benchHover } from './hoverBench';
import { formatTwoText, progressOf, storedAsTheStoreLeavesIt } from './progressFixtures';
import { benchWorkspaceBanks, workspaceColdChild } from './workspaceBanksBench';
import { benchStats } from './statsBench';
import { benchStatsDraw } from './statsDrawBench';
import { benchInYourCode } from './inYourCodeBench';
import { benchFuzz } from './fuzzBench';

const root = resolve(process.argv[2] ?? '.');
if (process.argv[3] === '--cold') coldChild(root, process.argv[4], JSON.parse(process.argv[5] ?? '{}') as ColdOptions);
else if (process.argv[3] === '--v2-load') formatTwoChild(process.argv[4]);
else if (process.argv[3] === '--workspace-cold') workspaceColdChild(root, process.argv[4] === 'yaml' ? 'yaml' : 'merge');
else void main();

function hostFiles(dir: string): string[] {
  return readdirSync(join(dir, 'dist', 'host')).filter((f) => f.endsWith('.js'));
}
function mainSize(dir: string): number {
  return hostFiles(dir).filter((f) => f.startsWith('main-')).reduce((n, f) => n + statSync(join(dir, 'dist', 'host', f)).size, 0);
}
function hostSize(dir: string): number {
  return statSync(join(dir, 'dist', 'extension.js')).size + hostFiles(dir).reduce((n, f) => n + statSync(join(dir, 'dist', 'host', f)).size, 0);
}

/** The parts asked for on the command line; all when none is named. */
function want(part: string): boolean {
  const parts = process.argv.slice(3).filter((a) => !a.startsWith('--'));
  return parts.length === 0 || parts.includes(part);
}

async function main(): Promise<void> {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const size = (p: string) => statSync(join(root, p)).size;
  const bundle = process.argv[1];
  const rows: Record<string, string> = {};
  rows['vsix size (target <= 400 KB)'] = kb(size('sagemaker-study.vsix'));
  rows['host code dist/extension.js + dist/host/*.js (target <= 150 KB parsed at activation; see below)'] = kb(hostSize(root));
  rows['webview bundle dist/webview/quiz.js (target <= 60 KB)'] = kb(size('dist/webview/quiz.js'));
  rows['compiled catalog dist/catalog.json.br (JSON before compression)'] = `${kb(size('dist/catalog.json.br'))} (${kb(size('dist/catalog.json'))})`;

  const catalog = JSON.parse(readFileSync(join(root, 'dist', 'catalog.json'), 'utf8')) as { questions: { id: string }[]; terms: { id: string }[] };
  const bankIds = [...catalog.questions.map((q) => q.id), ...catalog.terms.map((t) => `term:${t.id}`)];
  const RUNS = 7;
  rows['host code parsed at activation: dist/extension.js loader + dist/host/main-*.js (the rest of dist/host/ loads on first use)'] = `${kb(size('dist/extension.js') + mainSize(root))} of ${kb(hostSize(root))} in all`;
  rows['load average (1 min) at the start of the cold runs (2 cores; every figure below is wall time on this machine)'] = loadavg()[0].toFixed(2);
  const single = want('cold') ? await singleBundle(root) : { file: '', bytes: 0 };
  for (const n of want('cold') ? [0, bankIds.length, 10_000] : []) {
    const stored = n === 0 ? { snapshot: '' } : storedAsTheStoreLeavesIt(progressOf(n).state);
    const first = coldRuns(root, bundle, stored, RUNS, 'none');
    const c = coldRuns(root, bundle, stored, RUNS, 'written by a first start');
    const whole = coldRuns(root, bundle, stored, RUNS, 'none', single.file);
    const label = `${n.toLocaleString('en-US')} cards stored`;
    rows[`  baseline: the same code as one bundle (${kb(single.bytes)}, as built before the split), no code cache, ${label}`] = `${whole.activateMs.toFixed(2)} ms wall, ${whole.activateCpuMs.toFixed(2)} ms processor; later starts now take ${(whole.activateCpuMs / c.activateCpuMs).toFixed(1)}x less processor time, ${(whole.activateMs / c.activateMs).toFixed(1)}x less wall time`;
    rows[`cold load + activate, fresh process, ${label}, later starts (code cache), median of ${RUNS} (target <= 10 ms)`] = `${c.activateMs.toFixed(2)} ms wall, ${c.activateCpuMs.toFixed(2)} ms processor (of which the loader's activate(), which loads the bundle, ${c.activateOnlyMs.toFixed(2)} ms; garbage collection ${c.gcMs.toFixed(2)} ms)${c.catalogRead ? ' (READ THE CATALOG)' : ', catalog not read'}`;
    rows[`  the first start after installing or updating (no code cache yet), ${label}`] = `${first.activateMs.toFixed(2)} ms wall, ${first.activateCpuMs.toFixed(2)} ms processor; the code cache saves ${(first.activateCpuMs / c.activateCpuMs).toFixed(1)}x processor time`;
    rows[`  first due count after activation (due index + journal; no progress, no catalog read), ${label}`] = `${c.firstDueMs.toFixed(2)} ms (${c.due} due)`;
    rows[`  then progress read in full, on first real use, ${label}`] = `${c.fullReadMs.toFixed(2)} ms`;
    if (n > 0) {
      const v2 = formatTwoRuns(root, bundle, formatTwoText(progressOf(n).state), RUNS);
      rows[`  baseline: the previous build read this progress (format 2) inside activate(), fresh process, ${label}`] = `${v2.toFixed(2)} ms of activate(); activate() itself is now ${(v2 / c.activateOnlyMs).toFixed(0)}x shorter`;
    }
  }
  if (want('catalog')) Object.assign(rows, benchCatalog(root));
  if (want('hover')) Object.assign(rows, benchHover(root));
  if (want('workspace')) Object.assign(rows, benchWorkspaceBanks(root));
  if (want('stats')) Object.assign(rows, benchStats(root), await benchStatsDraw(root));
  if (want('fuzz')) Object.assign(rows, benchFuzz());
  if (want('progress')) Object.assign(rows, await benchProgress(bankIds));
  if (want('code')) Object.assign(rows, await benchInYourCode(root));

  // Measured in the end-to-end run, in the real VS Code.
  const timings = join(root, 'test-output', 'e2e', 'timings.json');
  const t = existsSync(timings) ? (JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number | undefined>) : {};
  const e2e = (key: string, label: string) => (rows[label] = t[key] !== undefined ? `${t[key]} ms` : 'not measured in the last E2E run (run npm test)');
  e2e('commandToFirstQuestionMs', 'quiz panel: command to first question visible, last E2E run (target <= 300 ms)');
  e2e('statsPanelOpenToDrawnMs', 'statistics panel: palette click to the frame with all charts drawn, median of 5 in the last E2E run (target <= 500 ms)');
  e2e('emptyPanelOpenToDrawnMs', "  floor: an empty webview panel opened the same way, median of 5 alternated with the panel's");
  if (t.statsPanelOpenToDrawnMs !== undefined && t.emptyPanelOpenToDrawnMs) rows['  statistics panel over the floor'] = `${t.statsPanelOpenToDrawnMs - t.emptyPanelOpenToDrawnMs} ms (ratio ${(t.statsPanelOpenToDrawnMs / t.emptyPanelOpenToDrawnMs).toFixed(2)})`;
  e2e('quickQuizFirstQuestionMs', 'Quick Quiz: command to first question on screen, last E2E run (target <= 100 ms)');
  e2e('windowStartToDueCountMs', 'window start to the status bar due count, last E2E run');
  e2e('extensionActivateMs', "extension activate time from VS Code's Startup Performance data, last E2E run");
  e2e('extensionCodeLoadMs', '  of which loading our code (the loader timed it), last E2E run');
  e2e('extensionActivateCallMs', '  and our activate() itself, last E2E run');
  e2e('workspaceBanksLoadMs', 'workspace banks, 50 files / 2,000 questions, first load in the real VS Code (find, read, check, merge), last E2E run (target <= 300 ms)');
  e2e('workspaceBanksProblemsAfterLoadMs', '  then every problem in the Problems panel, item-writing warnings included, this long after, last E2E run');

  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(width)}  ${v}`);
}
