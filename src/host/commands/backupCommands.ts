// Restore Progress Backup…: every backup (taken before a reset, an import, a scope move, a
// migration, a restore, or of state that could not be read) with its date and card count.
import * as vscode from 'vscode';
import type { BackupReason } from '../storage/backups';
import { CommandId } from '../commandIds';
import type { ProgressStore } from '../storage/progressStore';

const REASON_LABELS: Record<BackupReason, string> = {
  reset: 'before a reset',
  import: 'before an import',
  'scope-move': 'before moving between scopes',
  migration: 'before upgrading the saved format',
  unreadable: 'saved progress that could not be fully read',
  restore: 'before restoring a backup',
};

export function registerBackupCommands(progress: ProgressStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandId.restoreProgressBackup, async (file?: string) => {
      const backups = await progress.listBackups();
      if (backups.length === 0) {
        void vscode.window.showInformationMessage('SageMaker Study: there are no progress backups yet. One is kept before every reset, import, scope move and upgrade.');
        return;
      }
      let chosen = typeof file === 'string' ? backups.find((b) => b.file === file) : undefined;
      if (!chosen) {
        const pick = await vscode.window.showQuickPick(
          backups.map((b) => ({
            label: b.createdAt.toLocaleString(),
            description: `${b.cards} card${b.cards === 1 ? '' : 's'} · ${b.scope} state`,
            detail: REASON_LABELS[b.reason],
            backup: b,
          })),
          { title: 'Restore progress from a backup', placeHolder: 'Your current progress is backed up before it is replaced' },
        );
        if (!pick) return;
        chosen = pick.backup;
        const ok = await vscode.window.showWarningMessage(
          `Replace your ${progress.currentScope} progress with the backup of ${chosen.createdAt.toLocaleString()} (${chosen.cards} cards)?`,
          { modal: true, detail: 'Your current progress is backed up first, so this can be undone with the same command.' },
          'Restore',
        );
        if (ok !== 'Restore') return;
      }
      try {
        const n = await progress.restoreBackup(chosen.file);
        void vscode.window.showInformationMessage(`SageMaker Study: restored ${n} card(s) from the backup of ${chosen.createdAt.toLocaleString()}.`);
      } catch (err) {
        void vscode.window.showErrorMessage(`SageMaker Study: could not restore the backup: ${String(err)}. Nothing was changed.`);
      }
    }),
  ];
}
