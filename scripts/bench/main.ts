// The benchmark figures the issues ask for. Run through scripts/bench.mjs, which builds first.
// `main.js <root> --cold <file>` and `--v2-load <file>` are the fresh child processes of the cold-start figures.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchCatalog } from './catalogBench';
import { coldChild, coldRuns, formatTwoChild, formatTwoRuns } from './coldStart';
import { benchProgress } from './progressBench';
import { benchHover } from './hoverBench';
import { formatTwoText, progressOf, storedAsTheStoreLeavesIt } from './progressFixtures';
import { benchWorkspaceBanks } from './workspaceBanksBench';
import { benchStats } from './statsBench';
import { benchInYourCode } from './inYourCodeBench';
import { benchFuzz } from './fuzzBench';

const root = resolve(process.argv[2] ?? '.');
if (process.argv[3] === '--cold') coldChild(root, process.argv[4]);
else if (process.argv[3] === '--v2-load') formatTwoChild(process.argv[4]);
else void main();

async function main(): Promise<void> {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const size = (p: string) => statSync(join(root, p)).size;
  const bundle = process.argv[1];
  const rows: Record<string, string> = {};
  rows['vsix size (target <= 400 KB)'] = kb(size('sagemaker-study.vsix'));
  rows['host bundle dist/extension.js (target <= 150 KB)'] = kb(size('dist/extension.js'));
  rows['webview bundle dist/webview/quiz.js (target <= 60 KB)'] = kb(size('dist/webview/quiz.js'));
  rows['compiled catalog dist/catalog.json.br (JSON before compression)'] = `${kb(size('dist/catalog.json.br'))} (${kb(size('dist/catalog.json'))})`;

  const catalog = JSON.parse(readFileSync(join(root, 'dist', 'catalog.json'), 'utf8')) as { questions: { id: string }[]; terms: { id: string }[] };
  const bankIds = [...catalog.questions.map((q) => q.id), ...catalog.terms.map((t) => `term:${t.id}`)];
  const RUNS = 5;
  for (const n of [0, bankIds.length, 10_000]) {
    const c = coldRuns(root, bundle, n === 0 ? { snapshot: '' } : storedAsTheStoreLeavesIt(progressOf(n).state), RUNS);
    const label = `${n.toLocaleString('en-US')} cards stored`;
    rows[`cold load + activate, fresh process, ${label}, median of ${RUNS} (target <= 10 ms)`] = `${c.activateMs.toFixed(2)} ms (activate() itself ${c.activateOnlyMs.toFixed(2)} ms)${c.catalogRead ? ' (READ THE CATALOG)' : ', catalog not read'}`;
    rows[`  first due count after activation (due index + journal; no progress, no catalog read), ${label}`] = `${c.firstDueMs.toFixed(2)} ms (${c.due} due)`;
    rows[`  then progress read in full, on first real use, ${label}`] = `${c.fullReadMs.toFixed(2)} ms`;
    if (n > 0) {
      const v2 = formatTwoRuns(root, bundle, formatTwoText(progressOf(n).state), RUNS);
      rows[`  baseline: the previous build read this progress (format 2) inside activate(), fresh process, ${label}`] = `${v2.toFixed(2)} ms of activate(); activate() itself is now ${(v2 / c.activateOnlyMs).toFixed(0)}x shorter`;
    }
  }
  Object.assign(rows, benchCatalog(root));
  Object.assign(rows, benchHover(root));
  Object.assign(rows, benchWorkspaceBanks(root));
  Object.assign(rows, benchStats(root));
  Object.assign(rows, benchFuzz());
  Object.assign(rows, await benchProgress(bankIds));
  Object.assign(rows, await benchInYourCode(root));

  // Measured in the end-to-end run, in the real VS Code.
  const timings = join(root, 'test-output', 'e2e', 'timings.json');
  const t = existsSync(timings) ? (JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number | undefined>) : {};
  const e2e = (key: string, label: string) => (rows[label] = t[key] !== undefined ? `${t[key]} ms` : 'not measured in the last E2E run (run npm test)');
  e2e('commandToFirstQuestionMs', 'quiz panel: command to first question visible, last E2E run (target <= 300 ms)');
  e2e('statsPanelOpenToDrawnMs', 'statistics panel: command to all charts drawn, last E2E run (target <= 500 ms)');
  e2e('quickQuizFirstQuestionMs', 'Quick Quiz: command to first question on screen, last E2E run (target <= 100 ms)');
  e2e('windowStartToDueCountMs', 'window start to the status bar due count, last E2E run');
  e2e('extensionActivateMs', "extension activate time from VS Code's Startup Performance data, last E2E run");

  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(width)}  ${v}`);
}
