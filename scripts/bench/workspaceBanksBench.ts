// A learner's workspace of 50 bank files and 2,000 questions: the time to check and merge them
// into the bundled catalog (target <= 300 ms; the item-writing warnings, which only the Problems
// panel shows, are worked out after the catalog is handed over, and timed too), against YAML.parse
// of the same files (the yaml library, the floor of the careful reader) and js-yaml's load (the
// floor of the quick one), timed in the same run: first with nothing stored (the first start in a
// workspace, or after an update), for files with no problem, files where every question has a
// warning (a missing why), files with one error each (all three read the quick way) and files the
// quick way declines (the warning files with a byte-order mark: read the careful way, the worst
// case); then as every later start does, with the parses the last session stored (read from the
// file, decoded, each text hashed and checked). And the importers on a generated CSV of 2,000 rows.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as jsYamlLoad } from 'js-yaml';
import { parse } from 'yaml';
import type { Catalog } from '../../src/core/bank/model';
import { mergeWorkspaceBanks, ParseCache } from '../../src/core/catalog/workspaceCatalog';
import { decodeStoredParses, encodeStoredParses } from '../../src/core/catalog/storedParses';
import { importQuestions } from '../../src/core/import/importQuestions';
import { generatedWorkspace, type WorkspaceShape } from '../../test/fixtures/banks/generatedWorkspace';
import { median, timeRuns, timeRunsWithCpu } from './timing';

/**
 * In a fresh process (`main.js <root> --workspace-cold <what>`): one first read of the warning-shaped
 * workspace with nothing warmed up, as an extension host does it once at start, then its item-writing
 * warnings (worked out after the catalog is handed over); or, as the baseline, one YAML.parse of the
 * same files, also cold. Prints the milliseconds (two figures for a read: catalog, then warnings).
 */
export function workspaceColdChild(root: string, what: 'merge' | 'yaml'): void {
  const bundled = JSON.parse(readFileSync(join(root, 'dist', 'catalog.json'), 'utf8')) as Catalog;
  const sources = generatedWorkspace(50, 40);
  const t0 = process.hrtime.bigint();
  if (what === 'yaml') {
    for (const s of sources) parse(s.text);
    process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6));
    return;
  }
  const merged = mergeWorkspaceBanks(bundled, sources);
  const t1 = process.hrtime.bigint();
  merged.writingWarnings();
  process.stdout.write(`${Number(t1 - t0) / 1e6} ${Number(process.hrtime.bigint() - t1) / 1e6}`);
}

/** Fresh-process first reads (the catalog, then its warnings) and cold YAML.parse runs, taken in turn. */
function coldWorkspaceRuns(root: string, runs: number): { merge: number[]; warnings: number[]; yaml: number[] } {
  const out = { merge: [] as number[], warnings: [] as number[], yaml: [] as number[] };
  const child = (what: string) => execFileSync(process.execPath, [process.argv[1], root, '--workspace-cold', what], { encoding: 'utf8' }).split(' ').map(Number);
  for (let i = 0; i < runs; i++) {
    const [merge, warnings] = child('merge');
    out.merge.push(merge);
    out.warnings.push(warnings);
    out.yaml.push(child('yaml')[0]);
  }
  return out;
}

export function benchWorkspaceBanks(root: string): Record<string, string> {
  const bundled = JSON.parse(readFileSync(join(root, 'dist', 'catalog.json'), 'utf8')) as Catalog;
  const sources = generatedWorkspace(50, 40);
  const ratio = (ms: number[], base: number[]) => `${(median(ms) / median(base)).toFixed(2)}x`;
  // The baselines and the three shapes interleaved run by run, so a busy machine weighs on all alike;
  // a collection first, so no run pays for the garbage of the one before.
  const careful = sources.map((s) => ({ ...s, text: `\ufeff${s.text}` }));
  const shapes = { clean: generatedWorkspace(50, 40, 'clean'), warning: sources, error: generatedWorkspace(50, 40, 'error') };
  const runs: Record<'yaml' | 'jsYaml' | WorkspaceShape | 'careful' | 'withWarnings', (() => unknown)> = {
    yaml: () => sources.map((s) => parse(s.text) as unknown),
    jsYaml: () => sources.map((s) => jsYamlLoad(s.text)),
    clean: () => mergeWorkspaceBanks(bundled, shapes.clean),
    warning: () => mergeWorkspaceBanks(bundled, shapes.warning),
    error: () => mergeWorkspaceBanks(bundled, shapes.error),
    careful: () => mergeWorkspaceBanks(bundled, careful),
    withWarnings: () => mergeWorkspaceBanks(bundled, shapes.warning).writingWarnings(),
  };
  const wall: Record<keyof typeof runs, number[]> = { yaml: [], jsYaml: [], clean: [], warning: [], error: [], careful: [], withWarnings: [] };
  const cpu: Record<keyof typeof runs, number[]> = { yaml: [], jsYaml: [], clean: [], warning: [], error: [], careful: [], withWarnings: [] };
  for (let run = 0; run < 7; run++) {
    for (const [name, fn] of Object.entries(runs) as [keyof typeof runs, () => unknown][]) {
      (globalThis as { gc?: () => void }).gc?.();
      const t = timeRunsWithCpu(1, fn);
      wall[name].push(...t.wall);
      cpu[name].push(...t.cpu);
    }
  }
  const times = wall;
  const merge = times.warning;
  const yamlOnly = times.yaml;
  const check = mergeWorkspaceBanks(bundled, sources);
  if (check.added.questions !== 2000 || check.diagnostics.some((d) => d.severity === 'error')) throw new Error(`workspace bench: ${check.added.questions} questions, ${check.diagnostics.length} diagnostics`);
  const withErrors = mergeWorkspaceBanks(bundled, shapes.error);
  if (withErrors.added.questions !== 1950 || withErrors.diagnostics.filter((d) => d.severity === 'error').length !== 50) throw new Error('workspace bench: the files with errors did not give one error each');
  const carefulCheck = mergeWorkspaceBanks(bundled, careful);
  if (carefulCheck.added.questions !== 2000 || carefulCheck.diagnostics.length !== check.diagnostics.length) throw new Error('workspace bench: the files read the careful way gave another result');
  if (mergeWorkspaceBanks(bundled, shapes.clean).diagnostics.some((d) => d.severity === 'error' || d.message.includes("no '"))) throw new Error('workspace bench: the clean files have problems');
  // A later start: the stored parses as the last session wrote them (JSON text; reading the file is
  // not timed, about a millisecond for this size), decoded and checked against each file's text.
  const first = new ParseCache();
  mergeWorkspaceBanks(bundled, sources, first);
  const storedText = encodeStoredParses('bench', first.toStore());
  let reparsed = 0;
  const warm = timeRuns(5, () => {
    const cache = new ParseCache();
    cache.seed(decodeStoredParses('bench', storedText));
    const out = mergeWorkspaceBanks(bundled, sources, cache);
    if (cache.changed) reparsed++;
    return out;
  });
  const warmCheck = (() => {
    const cache = new ParseCache();
    cache.seed(decodeStoredParses('bench', storedText));
    return mergeWorkspaceBanks(bundled, sources, cache);
  })();
  if (reparsed > 0 || JSON.stringify(warmCheck.diagnostics) !== JSON.stringify(check.diagnostics) || warmCheck.added.questions !== 2000) throw new Error('workspace bench: the stored parses gave another result');
  // As the learner edits one file: the others come from the parse cache.
  const cache = new ParseCache();
  mergeWorkspaceBanks(bundled, sources, cache);
  let edit = 0;
  const recheck = timeRuns(5, () => {
    const changed = sources.map((s, i) => (i === 7 ? { ...s, text: s.text.replace('Team bank 7', `Team bank 7 (edit ${++edit})`) } : s));
    return mergeWorkspaceBanks(bundled, changed, cache);
  });
  const rows = Array.from({ length: 2000 }, (_, i) => `"Question ${i}: which format is columnar?",Parquet,CSV,JSON,A,"Columnar storage."`);
  const csv = `question,a,b,c,answer,explanation\n${rows.join('\n')}`;
  const exams = { path: 'questions/exams.yaml', text: readFileSync(join(root, 'questions', 'exams.yaml'), 'utf8') };
  const imports = timeRuns(3, () => importQuestions({ fileName: 'drill.csv', text: csv, exams }));
  const cold = coldWorkspaceRuns(root, 7);
  const cell = (name: keyof typeof runs) => `${median(wall[name]).toFixed(1)} ms (${ratio(wall[name], wall.yaml)} YAML.parse; CPU ${median(cpu[name]).toFixed(1)} ms, ${ratio(cpu[name], cpu.yaml)})`;
  return {
    'workspace banks, 50 files / 2,000 questions: YAML.parse of the files (the baseline), median of 7': `${median(wall.yaml).toFixed(1)} ms (CPU ${median(cpu.yaml).toFixed(1)} ms); js-yaml load ${median(wall.jsYaml).toFixed(1)} ms (${ratio(wall.jsYaml, wall.yaml)}; CPU ${median(cpu.jsYaml).toFixed(1)} ms)`,
    'workspace banks, first start (nothing stored), no problems: catalog ready (checked and merged), median of 7 (target <= 300 ms)': cell('clean'),
    'workspace banks, first start (nothing stored), a warning in every question: catalog ready, median of 7 (target <= 300 ms)': cell('warning'),
    '  the same, with the item-writing warnings worked out after (every problem known), median of 7': cell('withWarnings'),
    'workspace banks, first start (nothing stored), an error in every file: catalog ready, median of 7': cell('error'),
    'workspace banks, first start in a fresh process (no code warmed up, as the extension host reads them once), a warning in every question: catalog ready, median of 7 (target <= 300 ms)': `${median(cold.merge).toFixed(1)} ms (${ratio(cold.merge, cold.yaml)} a cold YAML.parse of the same files, ${median(cold.yaml).toFixed(1)} ms, also in fresh processes)`,
    '  then the item-writing warnings, in the same processes (the Problems panel gets every problem after them), median of 7': `${median(cold.warnings).toFixed(1)} ms more; every problem known after ${median(cold.merge.map((m, i) => m + cold.warnings[i])).toFixed(1)} ms`,
    'workspace banks, first start (nothing stored), files the quick reader declines (byte-order mark): read the careful way, median of 7': cell('careful'),
    'workspace banks, 50 files / 2,000 questions, later starts (parses stored by the last session): catalog ready, median of 5 (target <= 300 ms)': `${median(warm).toFixed(1)} ms (${(median(warm) / median(yamlOnly)).toFixed(2)}x YAML.parse, ${(median(merge) / median(warm)).toFixed(1)}x faster than nothing stored; stored parses ${(storedText.length / 1048576).toFixed(1)} MB)`,
    'workspace banks: check again after one of the 50 files changes (parse cache), median of 5': `${median(recheck).toFixed(1)} ms`,
    'import a 2,000-row CSV into a checked bank, median of 3': `${median(imports).toFixed(0)} ms`,
  };
}
