// Progress in the real VS Code: it survives a reload of its store, moves between scopes intact,
// and corrupt saved state is kept aside while study goes on.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SageMakerStudyApi } from '../../src/extension';
import { ProgressStore, readStudySettings, type Mementos, type StoreContext } from '../../src/host/storage/progressStore';
import { StorageKey } from '../../src/host/storage/storageKeys';

const EXTENSION_ID = 'sagemaker-study.sagemaker-study';

async function api(): Promise<SageMakerStudyApi> {
  const ext = vscode.extensions.getExtension<SageMakerStudyApi>(EXTENSION_ID)!;
  return ext.isActive ? ext.exports : ext.activate();
}

/** In-memory mementos, as the pull-request extension's tests use, for the corrupt-state case. */
function memoryMementos(initial: Record<string, unknown> = {}): Mementos & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  const memento = {
    keys: () => [...data.keys()],
    get: <T>(k: string, d?: T) => (data.has(k) ? (data.get(k) as T) : d),
    update: async (k: string, v: unknown) => void (v === undefined ? data.delete(k) : data.set(k, v)),
  };
  return { data, workspaceState: memento as vscode.Memento, globalState: Object.assign({}, memento, { setKeysForSync: () => undefined }) as Mementos['globalState'] };
}

const log = vscode.window.createOutputChannel('SageMaker Study tests', { log: true });

describe('progress in VS Code', () => {
  it('is intact after the store is created again from workspace state, as after a window reload', async () => {
    const { progress, catalog } = await api();
    const q = (await catalog.load()).catalog.questions[3];
    await progress.record(q.id, 1);
    await progress.flush();
    // The same state and storage folder the extension uses: its snapshot and its journal of answers.
    const context = (progress as unknown as { context: StoreContext }).context;
    assert.ok(context.storageUri, 'the test workspace has a storage folder');
    const reloaded = new ProgressStore(context, readStudySettings, log);
    assert.deepEqual(reloaded.current.cards[q.id], progress.current.cards[q.id]);
    const reviews = await reloaded.readReviews();
    assert.equal(reviews.at(-1)?.id, q.id);
    assert.equal(reviews.at(-1)?.grade, 1);
    reloaded.dispose();
  });

  it('moves to global state and back with every card intact', async () => {
    const { progress, catalog } = await api();
    const index = await catalog.load();
    await progress.record(index.catalog.questions[5].id, 3);
    await progress.flush();
    const before = JSON.stringify(progress.current.cards);
    const backups = (await progress.listBackups()).length;
    assert.ok(await progress.moveTo('global') > 0);
    assert.ok((await progress.listBackups()).length > backups, 'the move kept a backup');
    assert.ok((await progress.listBackups()).some((b) => b.reason === 'scope-move' && b.scope === 'workspace'));
    assert.equal(progress.currentScope, 'global');
    assert.equal(JSON.stringify(progress.current.cards), before);
    await progress.moveTo('workspace');
    assert.equal(JSON.stringify(progress.current.cards), before);
  });

  it('switches scope when the setting changes', async () => {
    const { progress } = await api();
    const config = vscode.workspace.getConfiguration('sagemakerStudy');
    await config.update('progress.scope', 'global', vscode.ConfigurationTarget.Global);
    for (let i = 0; i < 50 && progress.currentScope !== 'global'; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(progress.currentScope, 'global');
    await config.update('progress.scope', undefined, vscode.ConfigurationTarget.Global);
    for (let i = 0; i < 50 && (progress.currentScope as string) !== 'workspace'; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(progress.currentScope, 'workspace');
  });

  it('keeps corrupt saved state as a backup file and goes on with what it could read', async () => {
    const { progress } = await api();
    const corrupt = { version: 2, cards: { ok: { attempts: 'three' } }, aside: {}, days: {} };
    const m = memoryMementos({ [StorageKey.progress]: corrupt });
    const real = (progress as unknown as { context: StoreContext }).context;
    const folder = vscode.Uri.joinPath(real.globalStorageUri, 'integration-corrupt');
    const store = new ProgressStore({ ...m, storageUri: vscode.Uri.joinPath(folder, 'ws'), globalStorageUri: folder }, () => ({ ...readStudySettings(), scope: 'workspace' }), log);
    assert.equal(Object.keys(store.current.cards).length, 0);
    await store.flush();
    const backups = await store.listBackups();
    assert.equal(backups.length, 1);
    assert.equal(backups[0].reason, 'unreadable');
    await store.record('q', 3);
    await store.flush();
    assert.ok(store.current.cards.q);
    store.dispose();
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it('lists backups in Restore Progress Backup… and restores one, backing up what it replaces', async () => {
    const { progress, catalog } = await api();
    const id = (await catalog.load()).catalog.questions[7].id;
    await progress.record(id, 3);
    const removed = await progress.reset([id]);
    assert.ok(removed[id]);
    await progress.flush();
    const [latest] = await progress.listBackups();
    assert.equal(latest.reason, 'reset');
    assert.equal(progress.current.cards[id], undefined);
    await vscode.commands.executeCommand('sagemakerStudy.restoreProgressBackup', latest.file);
    assert.ok(progress.current.cards[id]);
    assert.equal((await progress.listBackups())[0].reason, 'restore');
  });

  it('imports an export file through the command: merges newer reviews, names unreadable records, changes nothing on a bad file', async () => {
    const { progress, catalog } = await api();
    const index = await catalog.load();
    const [a, b] = [index.catalog.questions[10].id, index.catalog.questions[11].id];
    await progress.record(a, 3);
    await progress.flush();
    const exported = await progress.exportData();
    const later = new Date(Date.now() + 60_000).toISOString();
    const file = {
      ...exported,
      cards: {
        ...exported.cards,
        [b]: { ...exported.cards[a], first: later, last: later, log: [{ at: later, grade: 3 }] },
        broken: { attempts: 'x' },
      },
    };
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = vscode.Uri.joinPath(folder, 'progress-import.json');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(file)));
    const before = JSON.stringify(progress.current.cards[a]);
    await vscode.commands.executeCommand('sagemakerStudy.importProgress', uri);
    assert.equal(progress.current.cards[b].last, later);
    assert.equal(JSON.stringify(progress.current.cards[a]), before);
    assert.equal(progress.current.cards.broken, undefined);
    const bad = vscode.Uri.joinPath(folder, 'not-progress.json');
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('{"hello": 1}'));
    const snapshot = JSON.stringify(progress.current);
    await vscode.commands.executeCommand('sagemakerStudy.importProgress', bad);
    assert.equal(JSON.stringify(progress.current), snapshot);
    await vscode.workspace.fs.delete(uri);
    await vscode.workspace.fs.delete(bad);
  });
});
