// sagemaker-study import FILE [--format F] [--exam CODE] [--domain N] --out BANK.yaml
// sagemaker-study export-anki OUT.txt [--exam CODE]
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { compileCatalog } from '../core/bank/compile';
import { formatDiagnostic } from '../core/diagnostics';
import { IMPORT_FORMATS, MAX_IMPORT_BYTES, type ImportFormat } from '../core/import/draft';
import { importQuestions } from '../core/import/importQuestions';
import { ankiNotes } from '../core/export/ankiNotes';
import { expandPaths, readWithContext } from './bankFiles';

export const IMPORT_USAGE = `usage: sagemaker-study import <file> --out <bank.yaml> [--format <f>] [--exam <code>] [--domain <n>]
  turns a quiz file into a question bank; the format is detected when --format is absent
  formats: ${IMPORT_FORMATS.join(', ')}
  --exam    the exam the bank targets (default MLA-C01); --domain its domain number (default 1)
  --exams   the exams.yaml to check against (default: the banks beside this tool, else ./questions)
usage: sagemaker-study export-anki <out.txt> [--exam <code>] [--banks <dir>]
  writes every question as an Anki "Notes in Plain Text" file (File > Import in Anki)`;

/** `--name value` and `--name=value` options, and the plain arguments. */
export function parseOptions(args: string[], names: string[]): { options: Record<string, string>; rest: string[]; unknown?: string } {
  const options: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      rest.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (!names.includes(name)) return { options, rest, unknown: a };
    const value = inline ?? args[++i];
    if (value === undefined) return { options, rest, unknown: a };
    options[name] = value;
  }
  return { options, rest };
}

/** The bundled banks folder: beside the built tool in a checkout, else ./questions. */
export function banksDir(explicit?: string): string {
  const candidates = [explicit, join(__dirname, '..', 'questions'), 'questions'].filter((c): c is string => !!c);
  const found = candidates.find((c) => existsSync(join(c, 'exams.yaml')));
  if (!found) throw new Error(`no exams.yaml found in ${candidates.join(' or ')}; pass --exams <file> or --banks <dir>`);
  return found;
}

export function importCommand(args: string[]): number {
  const { options, rest, unknown } = parseOptions(args, ['out', 'format', 'exam', 'domain', 'exams']);
  if (unknown || rest.length !== 1 || !options.out) {
    console.error(unknown ? `import: unknown or incomplete option ${unknown}\n${IMPORT_USAGE}` : IMPORT_USAGE);
    return 2;
  }
  const file = rest[0];
  if (options.format && !(IMPORT_FORMATS as readonly string[]).includes(options.format)) {
    console.error(`import: unknown format '${options.format}' (one of ${IMPORT_FORMATS.join(', ')})`);
    return 2;
  }
  const domain = options.domain === undefined ? undefined : Number(options.domain);
  if (domain !== undefined && !(Number.isInteger(domain) && domain >= 1 && domain <= 9)) {
    console.error(`import: --domain must be a whole number from 1 to 9`);
    return 2;
  }
  const size = statSync(file).size;
  if (size > MAX_IMPORT_BYTES) {
    console.error(`import: ${file} is ${(size / 1048576).toFixed(1)} MB; files over ${MAX_IMPORT_BYTES / 1048576} MB are not imported`);
    return 1;
  }
  const examsPath = options.exams ?? join(banksDir(), 'exams.yaml');
  const out = relative(process.cwd(), options.out) || options.out;
  const result = importQuestions({
    fileName: file,
    text: readFileSync(file, 'utf8'),
    format: options.format as ImportFormat | undefined,
    exam: options.exam,
    domain,
    exams: { path: relative(process.cwd(), examsPath) || examsPath, text: readFileSync(examsPath, 'utf8') },
    outPath: out,
  });
  for (const s of result.skipped) console.log(`${file}:${s.line}: ${s.reason}`);
  if (!result.ok) {
    for (const d of result.diagnostics) console.log(formatDiagnostic(d));
    console.error(`import: ${result.error}`);
    return 1;
  }
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, result.yaml);
  console.error(`import: ${result.questions} question${result.questions === 1 ? '' : 's'} from ${file} (${result.format}) -> ${out}; ${result.skipped.length} skipped, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'} (sagemaker-study check --personal ${out})`);
  return 0;
}

export function exportAnkiCommand(args: string[]): number {
  const { options, rest, unknown } = parseOptions(args, ['exam', 'banks']);
  if (unknown || rest.length !== 1) {
    console.error(IMPORT_USAGE);
    return 2;
  }
  const { sources } = readWithContext(expandPaths([banksDir(options.banks)]));
  const { catalog, diagnostics } = compileCatalog(sources);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const d of errors) console.error(formatDiagnostic(d));
  const { text, notes } = ankiNotes(catalog, options.exam ? { exams: [options.exam] } : {});
  if (notes === 0) {
    console.error(`export-anki: no questions${options.exam ? ` for exam ${options.exam}` : ''}`);
    return 1;
  }
  mkdirSync(dirname(rest[0]), { recursive: true });
  writeFileSync(rest[0], text);
  console.error(`export-anki: ${notes} notes -> ${rest[0]} (in Anki: File > Import)`);
  return 0;
}
