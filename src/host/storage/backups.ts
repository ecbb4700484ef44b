// Backups of progress before every destructive change (reset, import, scope move, migration,
// restore, and state that could not be fully read): one JSON file each in the extension's global
// storage folder, named so that listing them needs no reading. The newest MAX_BACKUPS are kept.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';

export const BACKUP_FORMAT = 'sagemaker-study-backup';
export const MAX_BACKUPS = 40;

export type BackupReason = 'reset' | 'import' | 'scope-move' | 'migration' | 'unreadable' | 'restore';

export interface BackupInfo {
  file: string;
  createdAt: Date;
  reason: BackupReason;
  scope: string;
  cards: number;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  reason: BackupReason;
  scope: string;
  cards: number;
  /** the stored progress exactly as it was (any format) */
  stored: unknown;
}

const REASONS: readonly string[] = ['reset', 'import', 'scope-move', 'migration', 'unreadable', 'restore'];
// 20261202T011530123Z.reset.workspace.802.json
const NAME = /^(\d{8}T\d{9}Z)\.([a-z-]+)\.([a-z]+)\.(\d+)\.json$/;
const stamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '');
const fromStamp = (s: string) => new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`);

export class BackupShelf {
  constructor(readonly dir: string) {}

  async save(reason: BackupReason, scope: string, cards: number, stored: unknown, now: Date): Promise<string> {
    await fsp.mkdir(this.dir, { recursive: true });
    let file = `${stamp(now)}.${reason}.${scope}.${cards}.json`;
    const taken = new Set(await fsp.readdir(this.dir));
    for (let ms = now.getTime() + 1; taken.has(file); ms++) file = `${stamp(new Date(ms))}.${reason}.${scope}.${cards}.json`;
    const body: BackupFile = { format: BACKUP_FORMAT, version: 1, createdAt: now.toISOString(), reason, scope, cards, stored };
    await fsp.writeFile(join(this.dir, file), JSON.stringify(body));
    await this.prune();
    return file;
  }

  /** Newest first. */
  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await fsp.readdir(this.dir);
    } catch {
      return [];
    }
    const out: BackupInfo[] = [];
    for (const file of names) {
      const m = NAME.exec(file);
      if (!m || !REASONS.includes(m[2])) continue;
      const createdAt = fromStamp(m[1]);
      if (Number.isFinite(createdAt.getTime())) out.push({ file, createdAt, reason: m[2] as BackupReason, scope: m[3], cards: Number(m[4]) });
    }
    return out.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.file < b.file ? 1 : -1));
  }

  async read(file: string): Promise<BackupFile> {
    if (!NAME.test(file)) throw new Error(`not a backup file name: ${file}`);
    const x = JSON.parse(await fsp.readFile(join(this.dir, file), 'utf8')) as Partial<BackupFile>;
    if (x.format !== BACKUP_FORMAT) throw new Error(`${file} is not a SageMaker Study backup`);
    return x as BackupFile;
  }

  private async prune(): Promise<void> {
    const all = await this.list();
    for (const b of all.slice(MAX_BACKUPS)) await fsp.rm(join(this.dir, b.file), { force: true });
  }
}
