// Problems in question-bank YAML files written in the bundled format (this repository's questions/,
// or *.bank.yaml anywhere), shown in the Problems view as the author types: the loader's errors and
// the item-writing warnings, the same list `sagemaker-study check` prints. A learner's own banks in
// the workspace bank folders are checked by WorkspaceBanks instead.
import * as vscode from 'vscode';
import type { Exam, GlossaryTerm } from '../core/bank/model';
import type { Diagnostic as BankDiagnostic } from '../core/diagnostics';
import type { CatalogService } from './catalogService';
import { isBankFile as isWorkspaceBankFile } from './workspaceBanks/bankFolders';

const isOwnId = (id: string) => id.startsWith('ws:');

/** File names the bank JSON Schemas apply to (package.json yamlValidation), plus exams.yaml. */
const BANK_FILE = /(^|\/)((mla|aif|glossary)-[^/]*|[^/]*\.(bank|glossary)|exams)\.ya?ml$/i;
const DEBOUNCE_MS = 400;

export class BankDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sagemaker-study');
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  constructor(
    private readonly catalog: CatalogService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document.uri)),
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d.uri)),
    );
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc.uri);
  }

  static isBankFile(uri: vscode.Uri): boolean {
    return uri.scheme === 'file' && BANK_FILE.test(uri.path) && !isWorkspaceBankFile(uri);
  }

  private schedule(uri: vscode.Uri): void {
    if (!BankDiagnostics.isBankFile(uri)) return;
    const folder = vscode.Uri.joinPath(uri, '..');
    const key = folder.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      this.checkFolder(folder).catch((err: unknown) => this.log.warn(`Bank check of ${folder.fsPath}: ${String(err)}`));
    }, DEBOUNCE_MS));
  }

  /** Checks every YAML file of the folder together (references cross files), open editors' text first. */
  async checkFolder(folder: vscode.Uri): Promise<void> {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    const files = entries.filter(([name, type]) => type === vscode.FileType.File && /\.ya?ml$/i.test(name)).map(([name]) => vscode.Uri.joinPath(folder, name));
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const sources = await Promise.all(files.map(async (uri) => ({
      path: uri.fsPath,
      text: open.get(uri.toString())?.getText() ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)),
    })));
    // The bank compiler (yaml, markdown-it) loads with the first bank file opened, not with the extension.
    const { checkBankSources } = await import('../core/bank/checkBanks');
    const found = checkBankSources(sources, await this.bundled());
    for (const uri of files) {
      if (!BankDiagnostics.isBankFile(uri)) continue;
      const doc = open.get(uri.toString());
      this.collection.set(uri, found.filter((d) => d.file === uri.fsPath).map((d) => toVscode(d, doc)));
    }
  }

  /** The diagnostics currently shown for a file (for tests). */
  diagnosticsFor(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  /** The bundled exams and glossary, for a folder of banks that has none of its own. */
  private async bundled(): Promise<{ exams: Exam[]; terms: GlossaryTerm[] } | undefined> {
    try {
      const { catalog } = await this.catalog.load();
      return { exams: catalog.exams, terms: catalog.terms.filter((t) => !isOwnId(t.id)) };
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

/** Underlines from the reported column to the end of its line when the file is open, else one character. */
function toVscode(d: BankDiagnostic, doc: vscode.TextDocument | undefined): vscode.Diagnostic {
  const line = Math.max(0, d.line - 1);
  const col = Math.max(0, d.column - 1);
  const end = doc && line < doc.lineCount ? Math.max(col + 1, doc.lineAt(line).range.end.character) : col + 1;
  const out = new vscode.Diagnostic(new vscode.Range(line, col, line, end), d.message, d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  out.source = 'SageMaker Study';
  return out;
}
