// sagemaker-study: checks and compiles question banks from the command line.
//   sagemaker-study check [paths...] [--figures]  compiler-style diagnostics and item-writing warnings; exit 1 on errors
//   sagemaker-study compile <out.json> [dirs]  the catalog the extension loads (the build runs this)
//   sagemaker-study schema <dir>              JSON Schemas for bank and glossary files
//   sagemaker-study terms <file|dir>          the glossary terms a file mentions (JSON lines), or a folder uses (a summary)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileCatalog, type SourceFile } from '../core/bank/compile';
import { bankJsonSchema, glossaryJsonSchema } from '../core/bank/jsonSchema';
import { checkQuality, figuresTable, qualityFigures } from '../core/bank/quality';
import { countErrors, formatDiagnostic, sortDiagnostics } from '../core/diagnostics';
import { expandPaths, readWithContext } from './bankFiles';
import { hoverTablesCommand } from './hoverTables';
import { banksDir, exportAnkiCommand, importCommand } from './importCommand';
import { termsCommand } from './terms';

const USAGE = `usage: sagemaker-study <command>
  check [paths...] [--personal] [--figures]  check bank and glossary files (default: questions); --personal
                            applies the rules of a learner's own bank (why, explanation, links optional);
                            --figures prints each exam's item-writing figures
  compile <out.json> [dirs...]  compile the banks in the folders (default: questions) into the catalog
  schema <dir>              write the JSON Schemas for bank and glossary files
  terms <file|dir> [--json] [--glossary=<dir>]  the glossary terms a file (JSON lines) or a folder (a summary) uses
  import <file> --out <bank.yaml> [--format f] [--exam code] [--domain n]  a quiz file to a bank
  export-anki <out.txt> [--exam code]  every question as Anki notes`;

/** A learner's bank: in a .sagemaker-study folder, or checked with --personal. */
const isPersonal = (path: string, flag: boolean) => flag || /(^|[\\/])\.sagemaker-study[\\/]/.test(path);

function check(paths: string[], personal = false, figures = false): number {
  const files = expandPaths(paths.length > 0 ? paths : ['questions']);
  const { sources: read, requested } = readWithContext(files);
  const sources: SourceFile[] = read.map((s) => ({ ...s, personal: isPersonal(s.path, personal && requested.has(s.path)) }));
  // A learner's bank refers to the bundled exams and glossary: read them beside it when missing.
  if (sources.some((s) => s.personal) && !sources.some((s) => /(^|[\\/])exams\.ya?ml$/.test(s.path))) {
    const bundled = readWithContext(expandPaths([banksDir()])).sources.filter((s) => /(^|[\\/])(exams|glossary-[^\\/]*)\.ya?ml$/.test(s.path));
    sources.push(...bundled);
  }
  const result = compileCatalog(sources);
  const { catalog } = result;
  const diagnostics = sortDiagnostics([...result.diagnostics, ...checkQuality(result)]);
  // A problem in another file that involves a requested one (a duplicate of its id) is shown too.
  const shown = diagnostics.filter((d) => requested.has(d.file) || d.related?.some((r) => requested.has(r.file)));
  for (const d of shown) console.log(formatDiagnostic(d));
  const errors = countErrors(shown);
  const warnings = shown.length - errors;
  console.error(`${requested.size} file${requested.size === 1 ? '' : 's'}: ${catalog.questions.length} questions, ${catalog.terms.length} terms; ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  if (figures) console.log(`\n${figuresTable(qualityFigures(result))}`);
  return errors > 0 ? 1 : 0;
}

function compile(out: string | undefined, dirs: string[], allowErrors = false): number {
  if (!out) {
    console.error(USAGE);
    return 2;
  }
  const { sources } = readWithContext(expandPaths(dirs.length > 0 ? dirs : ['questions']));
  const { diagnostics, catalog } = compileCatalog(sources);
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  if (countErrors(diagnostics) > 0 && !allowErrors) {
    console.error(`compile: ${countErrors(diagnostics)} error(s); the catalog was not written`);
    return 1;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(catalog));
  console.error(`compile: ${catalog.questions.length} questions, ${catalog.topics.length} topics, ${catalog.terms.length} terms -> ${out}`);
  return 0;
}

function schema(dir: string | undefined): number {
  if (!dir) {
    console.error(USAGE);
    return 2;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bank.schema.json'), JSON.stringify(bankJsonSchema(), null, 2) + '\n');
  writeFileSync(join(dir, 'bank.personal.schema.json'), JSON.stringify(bankJsonSchema(true), null, 2) + '\n');
  writeFileSync(join(dir, 'glossary.schema.json'), JSON.stringify(glossaryJsonSchema(), null, 2) + '\n');
  return 0;
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const flags = rest.filter((a) => a.startsWith('--'));
  const args = rest.filter((a) => !a.startsWith('--'));
  try {
    switch (command) {
      case 'check':
        return check(args, flags.includes('--personal'), flags.includes('--figures'));
      case 'compile':
        return compile(args[0], args.slice(1), flags.includes('--allow-errors'));
      case 'schema':
        return schema(args[0]);
      case 'terms':
        return termsCommand(rest);
      case 'hover-tables':
        return hoverTablesCommand(args);
      case 'import':
        return importCommand(rest);
      case 'export-anki':
        return exportAnkiCommand(rest);
      default:
        console.error(USAGE);
        return command === '--help' || command === '-h' ? 0 : 2;
    }
  } catch (err) {
    console.error(`sagemaker-study: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
