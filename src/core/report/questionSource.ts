// Where a question comes from: its bank file and line (kept in the catalog at build time), or the
// glossary for a term's flashcard, or the learner's own bank, which is theirs to fix, not ours.
import type { CatalogIndex } from '../catalog/catalogIndex';
import { isWorkspaceId } from '../catalog/workspaceIds';
import { mdToPlainText } from '../mdTree';
import type { QuestionReport } from './questionReport';

export interface QuestionSource {
  /** a question of the learner's own bank (a `ws:` id): report problems in that file, not to the project */
  workspace: boolean;
  file?: string;
  line?: number;
  glossaryTerm?: string;
}

const TERM_CARD = 'term:';

export function questionSource(index: CatalogIndex, id: string): QuestionSource | undefined {
  const q = index.question(id);
  if (!q) return undefined;
  if (id.startsWith(TERM_CARD)) return { workspace: false, glossaryTerm: id.slice(TERM_CARD.length) };
  const bankId = index.topic(q.topic)?.bank;
  const file = index.catalog.banks.find((b) => b.id === bankId)?.file;
  const lines = index.catalog.lines;
  const line = lines && Object.hasOwn(lines, id) ? lines[id] : undefined;
  return { workspace: isWorkspaceId(id), ...(file ? { file } : {}), ...(line !== undefined ? { line } : {}) };
}

/** The report's fields for a question of the bundled banks or glossary (undefined for an unknown id). */
export function reportOf(index: CatalogIndex, id: string, extensionVersion: string, note: string): QuestionReport | undefined {
  const q = index.question(id);
  const source = questionSource(index, id);
  if (!q || !source) return undefined;
  return {
    questionId: id,
    ...(source.file ? { file: source.file } : {}),
    ...(source.line !== undefined ? { line: source.line } : {}),
    ...(source.glossaryTerm ? { glossaryTerm: source.glossaryTerm } : {}),
    topic: index.topic(q.topic)?.title ?? q.topic,
    stem: mdToPlainText(q.stem),
    extensionVersion,
    note,
  };
}
