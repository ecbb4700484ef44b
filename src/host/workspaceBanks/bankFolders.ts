// Where a learner's banks live: `.sagemaker-study/` in each workspace folder, and the folders the
// setting `sagemakerStudy.banks.folders` names (relative to each workspace folder, or absolute).
import * as vscode from 'vscode';

export const BANK_FOLDER = '.sagemaker-study';
export const BANK_GLOB = '**/*.{yaml,yml}';

export function bankFolders(): vscode.Uri[] {
  const configured = vscode.workspace.getConfiguration('sagemakerStudy').get<string[]>('banks.folders', []);
  const out = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const add = (uri: vscode.Uri) => out.set(uri.toString(), uri);
    add(vscode.Uri.joinPath(folder.uri, BANK_FOLDER));
    for (const entry of Array.isArray(configured) ? configured : []) {
      if (typeof entry !== 'string' || !entry.trim()) continue;
      add(entry.startsWith('/') || /^[a-z]:[\\/]/i.test(entry) ? vscode.Uri.file(entry) : vscode.Uri.joinPath(folder.uri, entry));
    }
  }
  return [...out.values()];
}

/** Whether a document is one of the learner's bank files. */
export function isBankFile(uri: vscode.Uri, folders: vscode.Uri[] = bankFolders()): boolean {
  if (!/\.ya?ml$/i.test(uri.path)) return false;
  return folders.some((f) => uri.scheme === f.scheme && uri.path.startsWith(f.path.replace(/\/?$/, '/')));
}

/** Every YAML file under the bank folders, in a stable order. */
export async function findBankFiles(folders: vscode.Uri[] = bankFolders()): Promise<vscode.Uri[]> {
  const found = await Promise.all(folders.map((f) => vscode.workspace.findFiles(new vscode.RelativePattern(f, BANK_GLOB), undefined, 500)));
  const unique = new Map(found.flat().map((u) => [u.toString(), u]));
  return [...unique.values()].sort((a, b) => a.path.localeCompare(b.path));
}
