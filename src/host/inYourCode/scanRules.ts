// Which files of a workspace folder the "In Your Code" scan reads, from the settings: the hover's
// languages (and notebooks), `files.exclude`, `search.exclude`, and the folder's `.gitignore` files
// when `search.useIgnoreFiles` is on. findFiles applies files.exclude to a full listing; a watcher
// event does not, so every rule is also checked here.
import * as vscode from 'vscode';
import { extensionsOf } from '../../core/terms/languages';
import { ExcludeGlobs, GitIgnores } from '../../core/terms/usage/scanExcludes';
import { readHoverSettings } from '../hover/hoverSettings';

export interface FolderRules {
  folder: vscode.WorkspaceFolder;
  /** `**\/*.{py,ts,…,ipynb}`: the files of the scanned languages */
  glob: string;
  accepts(uri: vscode.Uri, exists?: (relativePath: string) => boolean): boolean;
}

/** The languages whose files are scanned, and whose notebook cells count: the hover's own. */
export function scannedLanguages(): Set<string> {
  return new Set(readHoverSettings().languages);
}

/** The settings a change of which means a full rescan. */
export const RULE_SETTINGS = ['files.exclude', 'search.exclude', 'search.useIgnoreFiles', 'sagemakerStudy.hover.languages'];

export async function folderRules(folder: vscode.WorkspaceFolder, languages: ReadonlySet<string>): Promise<FolderRules> {
  const extensions = new Set(extensionsOf(languages));
  // Notebooks count when the language of their code cells does (Python, nearly always).
  const notebooks = languages.has('python');
  if (notebooks) extensions.add('ipynb');
  const glob = `**/*.{${[...extensions].sort().join(',')}}`;
  const files = new ExcludeGlobs(vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude'));
  const search = vscode.workspace.getConfiguration('search', folder.uri);
  const excludes = new ExcludeGlobs(search.get<Record<string, unknown>>('exclude'));
  const gitignores = search.get<boolean>('useIgnoreFiles', true) ? await readGitIgnores(folder) : new GitIgnores();
  return {
    folder,
    glob,
    accepts(uri, exists) {
      const rel = relativeTo(folder, uri);
      if (rel === undefined) return false;
      const dot = rel.lastIndexOf('.');
      if (dot < 0 || !extensions.has(rel.slice(dot + 1).toLowerCase())) return false;
      return !files.excludes(rel, exists) && !excludes.excludes(rel, exists) && !gitignores.ignores(rel);
    },
  };
}

async function readGitIgnores(folder: vscode.WorkspaceFolder): Promise<GitIgnores> {
  const out = new GitIgnores();
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'));
  const decoder = new TextDecoder();
  await Promise.all(found.map(async (uri) => {
    const rel = relativeTo(folder, uri);
    if (rel === undefined) return;
    try {
      out.add(rel.slice(0, Math.max(0, rel.lastIndexOf('/'))), decoder.decode(await vscode.workspace.fs.readFile(uri)));
    } catch {
      // A .gitignore that vanished or cannot be read ignores nothing.
    }
  }));
  return out;
}

/** The path of `uri` inside the folder, `/`-separated, or undefined when it lies outside. */
export function relativeTo(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== folder.uri.scheme || uri.authority !== folder.uri.authority) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}
