// Quick fixes where the fix is certain: an unknown field or id with one "did you mean" suggestion
// is replaced by it. Nothing is offered where the checker could only guess.
import * as vscode from 'vscode';

const DID_YOU_MEAN = /'([^']+)' \(did you mean '([^']+)'\?\)/;

export class BankQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'SageMaker Study') continue;
      const m = DID_YOU_MEAN.exec(diagnostic.message);
      if (!m) continue;
      const [, wrong, right] = m;
      const line = document.lineAt(diagnostic.range.start.line).text;
      const column = line.indexOf(wrong, diagnostic.range.start.character);
      if (column < 0) continue;
      const action = new vscode.CodeAction(vscode.l10n.t("Change '{0}' to '{1}'", wrong, right), vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, new vscode.Range(diagnostic.range.start.line, column, diagnostic.range.start.line, column + wrong.length), right);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }
}
