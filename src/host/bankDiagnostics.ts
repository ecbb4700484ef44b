// Problems in question-bank YAML files, shown in the editor and the Problems view as the author types:
// the loader's errors and the item-writing warnings, the same list `sagemaker-study check` prints.
// The checker (YAML parser and all) is a separate bundle loaded the first time a bank file is open.
import * as vscode from 'vscode';
import type { Diagnostic as BankDiagnostic } from '../core/diagnostics';
import type { BundledContext } from '../core/bank/checkBanks';
import type { CatalogService } from './catalogService';

type Checker = { checkBankSources(sources: { path: string; text: string }[], bundled?: BundledContext): BankDiagnostic[] };

/** File names the bank JSON Schemas apply to (package.json yamlValidation), plus exams.yaml. */
const BANK_FILE = /(^|\/)((mla|aif|glossary)-[^/]*|[^/]*\.(bank|glossary)|exams)\.ya?ml$/i;
const DEBOUNCE_MS = 400;

export class BankDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sagemaker-study');
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private checker: Promise<Checker> | undefined;

  constructor(
    private readonly dist: vscode.Uri,
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
    return uri.scheme === 'file' && BANK_FILE.test(uri.path);
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
    const [checker, bundled] = await Promise.all([this.loadChecker(), this.bundled()]);
    const found = checker.checkBankSources(sources, bundled);
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

  private loadChecker(): Promise<Checker> {
    // A path computed at run time keeps esbuild from bundling the checker into the extension.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.checker ??= Promise.resolve(require(vscode.Uri.joinPath(this.dist, 'bankCheck.js').fsPath) as Checker);
    return this.checker;
  }

  private async bundled(): Promise<BundledContext | undefined> {
    try {
      const { catalog } = await this.catalog.load();
      return { exams: catalog.exams, terms: catalog.terms };
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
  out.source = 'sagemaker-study';
  return out;
}
