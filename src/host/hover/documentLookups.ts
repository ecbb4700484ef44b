// What a lookup needs to know about a document (its syntax and imports), kept per document version.
// A notebook cell takes its imports from every cell of its notebook: they usually sit in the first.
import * as vscode from 'vscode';
import { NO_IMPORTS } from '../../core/terms/fileImports';
import { syntaxOf } from '../../core/terms/languages';
import { lookupContext, type LookupContext } from '../../core/terms/termLookup';

export class DocumentLookups {
  private readonly cache = new WeakMap<vscode.TextDocument, { key: string; ctx: LookupContext }>();

  contextOf(doc: vscode.TextDocument): LookupContext {
    const syntax = syntaxOf(doc.languageId);
    // JSON, YAML and the like import nothing: no need to read a large file at all.
    if (syntax.imports.length === 0) return { syntax, imports: NO_IMPORTS };
    const notebook = doc.uri.scheme === 'vscode-notebook-cell' ? notebookOf(doc) : undefined;
    const cells = notebook?.getCells().filter((c) => c.document.languageId === doc.languageId) ?? [];
    const key = notebook ? `${doc.languageId}:${cells.map((c) => c.document.version).join(',')}` : `${doc.languageId}:${doc.version}`;
    const cached = this.cache.get(doc);
    if (cached?.key === key) return cached.ctx;
    const text = notebook ? cells.map((c) => c.document.getText()).join('\n') : doc.getText();
    const ctx = lookupContext(doc.languageId, text);
    this.cache.set(doc, { key, ctx });
    return ctx;
  }
}

function notebookOf(cell: vscode.TextDocument): vscode.NotebookDocument | undefined {
  const uri = cell.uri.toString();
  return vscode.workspace.notebookDocuments.find((nb) => nb.getCells().some((c) => c.document.uri.toString() === uri));
}
