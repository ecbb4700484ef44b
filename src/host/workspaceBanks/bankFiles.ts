// Reading bank files and listing bank folders. Files on disk (the `file` scheme) are read with
// Node's own file system, in the extension host beside them; other schemes (virtual and remote
// workspaces) go through VS Code's file system API. In the end-to-end run, a load of 50 files spent
// 60–90 ms in the API's stat and read calls.
import { promises as fsp } from 'node:fs';
import * as vscode from 'vscode';

export type EntryKind = 'file' | 'folder' | 'other';

/** A folder's entries by name. A link on disk is a 'file', never a 'folder' to walk into (a link may loop). Throws when there is no such folder. */
export async function listFolder(dir: vscode.Uri): Promise<[string, EntryKind][]> {
  if (dir.scheme === 'file') {
    const entries = await fsp.readdir(dir.fsPath, { withFileTypes: true });
    // A link is taken as a file (a linked bank is read like any other), never followed as a folder.
    return entries.map((e) => [e.name, e.isFile() || e.isSymbolicLink() ? 'file' : e.isDirectory() ? 'folder' : 'other']);
  }
  const entries = await vscode.workspace.fs.readDirectory(dir);
  return entries.map(([name, type]) => [name, type & vscode.FileType.File ? 'file' : type === vscode.FileType.Directory ? 'folder' : 'other']);
}

/** A file's size in bytes. */
export async function fileSize(uri: vscode.Uri): Promise<number> {
  return uri.scheme === 'file' ? (await fsp.stat(uri.fsPath)).size : (await vscode.workspace.fs.stat(uri)).size;
}

/** A file's bytes. */
export async function fileBytes(uri: vscode.Uri): Promise<Uint8Array> {
  return uri.scheme === 'file' ? fsp.readFile(uri.fsPath) : vscode.workspace.fs.readFile(uri);
}
