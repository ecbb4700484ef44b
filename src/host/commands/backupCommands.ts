// Restore Progress Backup…: every backup (taken before a reset, an import, a scope move, a
// migration, a restore, or of state that could not be read) with its date and card count.
import * as vscode from 'vscode';
import { command, type CommandEntry } from './lazyCommands';
import type { BackupReason } from '../storage/backups';
import { CommandId } from '../commandIds';
import type { ProgressStore } from '../storage/progressStore';

function reasonLabel(reason: BackupReason): string {
  switch (reason) {
    case 'reset': return vscode.l10n.t('before a reset');
    case 'import': return vscode.l10n.t('before an import');
    case 'scope-move': return vscode.l10n.t('before moving between scopes');
    case 'migration': return vscode.l10n.t('before upgrading the saved format');
    case 'unreadable': return vscode.l10n.t('saved progress that could not be fully read');
    case 'restore': return vscode.l10n.t('before restoring a backup');
  }
}

export function backupCommands(progress: ProgressStore): CommandEntry[] {
  return [
    command(CommandId.restoreProgressBackup, async (file?: string) => {
      const backups = await progress.listBackups();
      if (backups.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: there are no progress backups yet. One is kept before every reset, import, scope move and upgrade.'));
        return;
      }
      let chosen = typeof file === 'string' ? backups.find((b) => b.file === file) : undefined;
      if (!chosen) {
        const pick = await vscode.window.showQuickPick(
          backups.map((b) => ({
            label: b.createdAt.toLocaleString(),
            description: b.scope === 'global'
              ? (b.cards === 1 ? vscode.l10n.t('1 card · global state') : vscode.l10n.t('{0} cards · global state', b.cards))
              : (b.cards === 1 ? vscode.l10n.t('1 card · workspace state') : vscode.l10n.t('{0} cards · workspace state', b.cards)),
            detail: reasonLabel(b.reason),
            backup: b,
          })),
          { title: vscode.l10n.t('Restore progress from a backup'), placeHolder: vscode.l10n.t('Your current progress is backed up before it is replaced') },
        );
        if (!pick) return;
        chosen = pick.backup;
        const restore = vscode.l10n.t('Restore');
        const ok = await vscode.window.showWarningMessage(
          progress.currentScope === 'global'
            ? vscode.l10n.t('Replace your global progress with the backup of {0} ({1} cards)?', chosen.createdAt.toLocaleString(), chosen.cards)
            : vscode.l10n.t('Replace your workspace progress with the backup of {0} ({1} cards)?', chosen.createdAt.toLocaleString(), chosen.cards),
          { modal: true, detail: vscode.l10n.t('Your current progress is backed up first, so this can be undone with the same command.') },
          restore,
        );
        if (ok !== restore) return;
      }
      try {
        const n = await progress.restoreBackup(chosen.file);
        void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: restored {0} card(s) from the backup of {1}.', n, chosen.createdAt.toLocaleString()));
      } catch (err) {
        void vscode.window.showErrorMessage(vscode.l10n.t('SageMaker Study: could not restore the backup: {0}. Nothing was changed.', String(err)));
      }
    }),
  ];
}
