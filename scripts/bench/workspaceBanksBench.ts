// A learner's workspace of 50 bank files and 2,000 questions: the time to check and merge them
// into the bundled catalog (target <= 300 ms), against YAML.parse of the same files, the floor
// any parse pays: first with nothing stored (the first start in a workspace, or after an update),
// then as every later start does, with the parses the last session stored (read from the file,
// decoded, each text hashed and checked). And the importers on a generated CSV of 2,000 rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Catalog } from '../../src/core/bank/model';
import { mergeWorkspaceBanks, ParseCache } from '../../src/core/catalog/workspaceCatalog';
import { decodeStoredParses, encodeStoredParses } from '../../src/core/catalog/storedParses';
import { importQuestions } from '../../src/core/import/importQuestions';
import { median, timeRuns } from './timing';

export function generatedWorkspace(files: number, perFile: number): { path: string; text: string }[] {
  return Array.from({ length: files }, (_, f) => {
    const questions = Array.from({ length: perFile }, (_, q) => `  - id: f${f}-q${q}
    topic: f${f}-topic
    type: single
    difficulty: 2
    stem: |
      Team question ${q} of file ${f}: which storage option keeps **training data** close to the GPUs
      when the job reads the same files many times over several epochs?
    choices:
      - text: Amazon FSx for Lustre linked to the bucket
        correct: true
        why: It caches the files near the instances.
      - text: Amazon S3 in File mode
        correct: false
        why: It copies the data before training starts.
      - text: An Amazon EBS snapshot
        correct: false
    explanation: A linked file system serves repeated reads at low latency.
    terms: [fsx-lustre]
`).join('');
    return { path: `.sagemaker-study/team-${f}.bank.yaml`, text: `id: team-${f}\ntitle: Team bank ${f}\nexams:\n  - code: MLA-C01\n    guide: "1.0"\ntopics:\n  - id: f${f}-topic\n    title: Topic ${f}\n    summary: Generated.\n    domain: 1\nquestions:\n${questions}` };
  });
}

export function benchWorkspaceBanks(root: string): Record<string, string> {
  const bundled = JSON.parse(readFileSync(join(root, 'dist', 'catalog.json'), 'utf8')) as Catalog;
  const sources = generatedWorkspace(50, 40);
  const merge = timeRuns(5, () => mergeWorkspaceBanks(bundled, sources));
  const check = mergeWorkspaceBanks(bundled, sources);
  if (check.added.questions !== 2000 || check.diagnostics.some((d) => d.severity === 'error')) throw new Error(`workspace bench: ${check.added.questions} questions, ${check.diagnostics.length} diagnostics`);
  const yamlOnly = timeRuns(5, () => sources.map((s) => parse(s.text) as unknown));
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
  return {
    'workspace banks, 50 files / 2,000 questions, nothing stored (first start): check + merge, median of 5 (target <= 300 ms)': `${median(merge).toFixed(1)} ms (${(median(merge) / median(yamlOnly)).toFixed(2)}x YAML.parse of the same files, ${median(yamlOnly).toFixed(1)} ms)`,
    'workspace banks, 50 files / 2,000 questions, later starts (parses stored by the last session): check + merge, median of 5 (target <= 300 ms)': `${median(warm).toFixed(1)} ms (${(median(warm) / median(yamlOnly)).toFixed(2)}x YAML.parse, ${(median(merge) / median(warm)).toFixed(1)}x faster than nothing stored; stored parses ${(storedText.length / 1048576).toFixed(1)} MB)`,
    'workspace banks: check again after one of the 50 files changes (parse cache), median of 5': `${median(recheck).toFixed(1)} ms`,
    'import a 2,000-row CSV into a checked bank, median of 3': `${median(imports).toFixed(0)} ms`,
  };
}
