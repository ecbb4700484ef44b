// One entry point for every importer: read a file in a known format (or detect it), turn it into
// a bank, and check that bank with the same compiler the extension loads banks with. A bank that
// would not load is never returned; every question not taken is reported with its line.
import { compileCatalog, type SourceFile } from '../bank/compile';
import { sortDiagnostics, type Diagnostic } from '../diagnostics';
import { parseAnkiText } from './ankiText';
import { parseCsvTable } from './csvTable';
import { detectFormat } from './detect';
import { IMPORT_FORMATS, MAX_IMPORT_BYTES, normalizeNewlines, type DraftSet, type ImportFormat, type Skipped } from './draft';
import { parseGiftFile } from './gift';
import { parseMkdocsAdmonitions } from './mkdocsAdmonition';
import { parseMkdocsQuiz } from './mkdocsQuiz';
import { parsePracticeTest } from './practiceTest';
import { buildBank, slug } from './toBank';

const READERS: Record<ImportFormat, (text: string) => DraftSet> = {
  'mkdocs-quiz': parseMkdocsQuiz,
  'mkdocs-admonition': parseMkdocsAdmonitions,
  'practice-test': parsePracticeTest,
  gift: parseGiftFile,
  anki: parseAnkiText,
  csv: parseCsvTable,
};

export interface ImportRequest {
  fileName: string;
  text: string;
  format?: ImportFormat;
  exam?: string;
  domain?: number;
  /** the exams file (exams.yaml) the bank is checked against */
  exams: SourceFile;
  /** where the bank will be written, for the check's messages */
  outPath?: string;
}

export type ImportOutcome =
  | { ok: true; format: ImportFormat; yaml: string; bankId: string; questions: number; skipped: Skipped[]; warnings: Diagnostic[] }
  | { ok: false; error: string; skipped: Skipped[]; diagnostics: Diagnostic[] };

export function importQuestions(req: ImportRequest): ImportOutcome {
  const fail = (error: string, skipped: Skipped[] = [], diagnostics: Diagnostic[] = []): ImportOutcome => ({ ok: false, error, skipped, diagnostics });
  if (req.format !== undefined && !IMPORT_FORMATS.includes(req.format)) return fail(`unknown format '${String(req.format)}' (one of ${IMPORT_FORMATS.join(', ')})`);
  if (req.text.length > MAX_IMPORT_BYTES) return fail(`${req.fileName} is ${(req.text.length / 1048576).toFixed(1)} MB; files over ${MAX_IMPORT_BYTES / 1048576} MB are not imported`);
  const text = normalizeNewlines(req.text);
  const format = req.format ?? detectFormat(req.fileName, text);
  if (!format) return fail(`could not tell the format of ${req.fileName}; name it with --format (${IMPORT_FORMATS.join(', ')})`);
  const drafts = READERS[format](text);
  const base = req.fileName.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '');
  const bankId = `my-${slug(base)}`;
  const exam = req.exam ?? 'MLA-C01';
  const guide = guideOf(req.exams.text, exam);
  if (guide === undefined) return fail(`exam '${exam}' is not in ${req.exams.path}`, drafts.skipped);
  const built = buildBank(drafts.questions, {
    bankId, title: drafts.title ?? `${base} (imported)`, exam, guide, domain: req.domain ?? 1, source: req.fileName.split(/[\\/]/).pop()!, format,
  });
  const skipped = [...drafts.skipped, ...built.skipped].sort((a, b) => a.line - b.line);
  if (built.questions === 0) return fail(`no question in ${req.fileName} could be imported`, skipped);
  const outPath = req.outPath ?? `${bankId}.yaml`;
  const { diagnostics } = compileCatalog([req.exams, { path: outPath, text: built.yaml, personal: true }]);
  const mine = sortDiagnostics(diagnostics.filter((d) => d.file === outPath));
  const errors = mine.filter((d) => d.severity === 'error');
  if (errors.length > 0) return fail(`the imported bank would not load (${errors.length} error${errors.length === 1 ? '' : 's'}); nothing was written`, skipped, mine);
  return { ok: true, format, yaml: built.yaml, bankId, questions: built.questions, skipped, warnings: mine };
}

/** The guide version of an exam in an exams.yaml text, without parsing the whole catalog. */
function guideOf(examsYaml: string, code: string): string | undefined {
  const { catalog } = compileCatalog([{ path: 'exams.yaml', text: examsYaml }]);
  return catalog.exams.find((e) => e.code === code)?.guide;
}
