// Everything `sagemaker-study check` reports for a folder of banks, as one call the extension can load
// on demand (dist/bankCheck.js): loader errors and warnings, then the item-writing checks. A folder of
// the author's own banks without exams.yaml or a glossary is checked against the bundled ones.
import { stringify } from 'yaml';
import { sortDiagnostics, type Diagnostic } from '../diagnostics';
import { compileCatalog, type SourceFile } from './compile';
import type { Exam, GlossaryTerm } from './model';
import { checkQuality } from './quality';

export interface BundledContext {
  exams: Exam[];
  terms: GlossaryTerm[];
}

const BUNDLED_EXAMS = '(bundled exams.yaml)';
const BUNDLED_GLOSSARY = '(bundled glossary.yaml)';
const isExamsFile = (text: string) => /^exams:/m.test(text) && !/^(questions|topics|id):/m.test(text);
const isGlossary = (text: string) => /^terms:/m.test(text);

function glossaryYaml(terms: GlossaryTerm[]): string {
  return stringify({
    terms: terms.map((t) => ({ ...t, code: t.code.map((c) => (c.module ? { name: c.name, module: c.module } : c.name)) })),
  });
}

export function checkBankSources(sources: SourceFile[], bundled?: BundledContext): Diagnostic[] {
  const all = [...sources];
  if (bundled && !sources.some((s) => isExamsFile(s.text))) all.push({ path: BUNDLED_EXAMS, text: stringify({ exams: bundled.exams }) });
  if (bundled && !sources.some((s) => isGlossary(s.text))) all.push({ path: BUNDLED_GLOSSARY, text: glossaryYaml(bundled.terms) });
  const result = compileCatalog(all);
  const mine = new Set(sources.map((s) => s.path));
  return sortDiagnostics([...result.diagnostics, ...checkQuality(result)].filter((d) => mine.has(d.file)));
}
