// Everything `sagemaker-study check` reports for a folder of banks, in one call for the editor: the
// loader's errors and warnings, then the item-writing checks. A folder without its own exams.yaml or
// glossary is checked against the bundled ones.
import { sortDiagnostics, type Diagnostic } from '../diagnostics';
import { compileCatalog, type CompileContext, type SourceFile } from './compile';
import { checkQuality } from './quality';

const isExamsFile = (text: string) => /^exams:/m.test(text) && !/^(questions|topics|id):/m.test(text);
const isGlossary = (text: string) => /^terms:/m.test(text);

export function checkBankSources(sources: SourceFile[], bundled: Required<CompileContext> | undefined = undefined): Diagnostic[] {
  const context: CompileContext = {};
  if (bundled && !sources.some((s) => isExamsFile(s.text))) context.exams = bundled.exams;
  if (bundled && !sources.some((s) => isGlossary(s.text))) context.terms = bundled.terms;
  const result = compileCatalog(sources, context);
  const mine = new Set(sources.map((s) => s.path));
  return sortDiagnostics([...result.diagnostics, ...checkQuality(result)].filter((d) => mine.has(d.file)));
}
