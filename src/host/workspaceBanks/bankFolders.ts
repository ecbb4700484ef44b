// Where a learner's banks live: `.sagemaker-study/` in each workspace folder, and the folders the
// setting `sagemakerStudy.banks.folders` names (relative to each workspace folder, or absolute).
import * as vscode from 'vscode';
import { type EntryKind, listFolder } from './bankFiles';

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

/** Most bank files read; a folder of thousands is not a person's banks. */
const MAX_BANK_FILES = 500;
/** How deep under a bank folder files are looked for. */
const MAX_DEPTH = 8;

/**
 * Every YAML file under the bank folders, in a stable order. The folders are listed directly: VS
 * Code's file search starts a search process, which took half a second of a 50-file load in the
 * end-to-end run. Linked folders are not followed (a link may loop).
 */
export async function findBankFiles(folders: vscode.Uri[] = bankFolders()): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  const list = async (dir: vscode.Uri, depth: number): Promise<void> => {
    let entries: [string, EntryKind][];
    try {
      entries = await listFolder(dir);
    } catch {
      return; // no such folder (yet)
    }
    const below: Promise<void>[] = [];
    for (const [name, kind] of entries) {
      const uri = vscode.Uri.joinPath(dir, name);
      if (kind === 'file') {
        if (/\.ya?ml$/i.test(name) && found.size < MAX_BANK_FILES) found.set(uri.toString(), uri);
      } else if (kind === 'folder' && depth < MAX_DEPTH) below.push(list(uri, depth + 1));
    }
    await Promise.all(below);
  };
  await Promise.all(folders.map((f) => list(f, 0)));
  // Numbers in names in number order, as the Explorer lists them: team-2 before team-10.
  return [...found.values()].sort((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true }));
}
