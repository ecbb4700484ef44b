// What Import Questions… and Export Questions for Anki… need, loaded together on the first use of
// either: the importers (markdown-it, csv-parse, the HTML parsers), the YAML writer and the Anki
// writer would otherwise be most of what the extension reads when it starts.
export { stringify } from 'yaml';
export { IMPORT_FORMATS } from '../../core/import/draft';
export { detectFormat } from '../../core/import/detect';
export { importQuestions } from '../../core/import/importQuestions';
export { ankiNotes } from '../../core/export/ankiNotes';
export { isWorkspaceId } from '../../core/catalog/workspaceCatalog';
