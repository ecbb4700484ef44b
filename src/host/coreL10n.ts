// The core's strings (status line, hovers, statistics, round summaries…) go through @vscode/l10n,
// which knows nothing of VS Code: hand it the bundle VS Code loaded for the display language. In
// English there is no bundle and every string is its own translation.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

export function configureCoreL10n(): void {
  const bundle = vscode.l10n.bundle;
  if (bundle) l10n.config({ contents: bundle });
}
