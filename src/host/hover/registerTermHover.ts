// Registers the hover for the languages the settings pick, again whenever they change, and keeps
// the editor context menu's "Quiz Me on Term at Cursor" to the same languages.
import * as vscode from 'vscode';
import { HOVER_SECTION, readHoverSettings } from './hoverSettings';

/** The context key package.json's editor/context menu tests: `editorLangId in sagemakerStudy.hoverLanguages`. */
export const HOVER_LANGUAGES_CONTEXT = 'sagemakerStudy.hoverLanguages';

export function registerTermHover(provider: vscode.HoverProvider, log?: vscode.LogOutputChannel): vscode.Disposable {
  let registration: vscode.Disposable | undefined;
  const apply = () => {
    registration?.dispose();
    registration = undefined;
    const { enabled, languages } = readHoverSettings();
    const served = enabled ? languages : [];
    // A language selector without a scheme also covers untitled files and notebook cells.
    if (served.length > 0) registration = vscode.languages.registerHoverProvider(served.map((language) => ({ language })), provider);
    void vscode.commands.executeCommand('setContext', HOVER_LANGUAGES_CONTEXT, served);
    log?.info(served.length > 0 ? `Term hovers for: ${served.join(', ')}` : 'Term hovers are off');
  };
  apply();
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(HOVER_SECTION)) apply();
  });
  return new vscode.Disposable(() => {
    listener.dispose();
    registration?.dispose();
    // The provider may hold subscriptions of its own (TermHoverProvider does).
    (provider as Partial<vscode.Disposable>).dispose?.();
  });
}
