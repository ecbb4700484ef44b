// Undo (issue 17) in a real VS Code: the Undo Last Answer command takes back the round's last
// rating or answer and shows the question again, several steps back; and an undo made after a
// reload of the store holds after another reload.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SageMakerStudyApi } from '../../src/extension';
import { ProgressSerializer } from '../../src/core/progress/serializer';
import { CommandId } from '../../src/host/commandIds';
import { ProgressStore, readStudySettings, type Mementos, type StoreContext } from '../../src/host/storage/progressStore';

const EXTENSION_ID = 'sagemaker-study.sagemaker-study';

async function api(): Promise<SageMakerStudyApi> {
  const ext = vscode.extensions.getExtension<SageMakerStudyApi>(EXTENSION_ID)!;
  return ext.isActive ? ext.exports : ext.activate();
}

interface PanelInside {
  onMessage(m: unknown): Promise<void>;
  round?: { view(): { type: string; question?: { id: string }; attempt?: number } };
}

function memoryMementos(): Mementos {
  const data = new Map<string, unknown>();
  const memento = {
    keys: () => [...data.keys()],
    get: <T>(k: string, d?: T) => (data.has(k) ? (data.get(k) as T) : d),
    // VS Code keeps a JSON copy of what it is given.
    update: async (k: string, v: unknown) => void (v === undefined ? data.delete(k) : data.set(k, JSON.parse(JSON.stringify(v)))),
  };
  return { workspaceState: memento as vscode.Memento, globalState: Object.assign({}, memento, { setKeysForSync: () => undefined }) as Mementos['globalState'] };
}

const log = vscode.window.createOutputChannel('SageMaker Study undo tests', { log: true });
const serializer = new ProgressSerializer();

describe('undo in VS Code (issue 17)', () => {
  it('Undo Last Answer takes back the round\'s ratings one by one and shows each card again', async () => {
    const { quiz, progress, catalog } = await api();
    const index = await catalog.load();
    const [a, b, c] = index.catalog.terms.slice(-5, -2).map((t) => index.question(`term:${t.id}`)!);
    await progress.reset([a.id, b.id, c.id]);
    const reviewsBefore = (await progress.readReviews()).length;
    await quiz.start('Undo', [a, b, c]);
    const inside = (await quiz.load()) as unknown as PanelInside;
    for (const [i, card] of [a, b].entries()) {
      await inside.onMessage({ type: 'reveal', questionId: card.id, attempt: i });
      await inside.onMessage({ type: 'answer', questionId: card.id, attempt: i, answer: { type: 'flashcard', rating: i === 0 ? 'good' : 'again' } });
    }
    assert.equal(inside.round?.view().question?.id, c.id);
    assert.equal((await progress.readReviews()).length, reviewsBefore + 2);

    await vscode.commands.executeCommand(CommandId.undoLastAnswer);
    let view = inside.round?.view();
    assert.equal(view?.type, 'question');
    assert.equal(view?.question?.id, b.id, 'the card rated last is back');
    assert.equal(progress.current.cards[b.id], undefined);
    assert.ok(progress.current.cards[a.id]);

    // From the panel (the Undo button, or Ctrl+Z through the keybinding): one more step back.
    await inside.onMessage({ type: 'undo' });
    view = inside.round?.view();
    assert.equal(view?.question?.id, a.id);
    assert.equal(progress.current.cards[a.id], undefined);
    assert.equal((await progress.readReviews()).length, reviewsBefore, 'both reviews are withdrawn from the log');

    // Nothing left to take back in this round: the command says so and changes nothing.
    await vscode.commands.executeCommand(CommandId.undoLastAnswer);
    assert.equal(inside.round?.view().question?.id, a.id);
    // Finish the round, so a later start does not ask about it.
    for (let i = 0; i < 3; i++) await inside.onMessage({ type: 'skip', attempt: (inside.round?.view().attempt ?? 0) });
    assert.equal(inside.round?.view().type, 'summary');
  });

  it('takes back the last answer after a reload of the store, and the undo holds after another reload', async () => {
    const { progress, catalog } = await api();
    const [q1, q2] = (await catalog.load()).catalog.questions.slice(7, 9);
    const real = (progress as unknown as { context: StoreContext }).context;
    const folder = vscode.Uri.joinPath(real.globalStorageUri, `integration-undo-${Date.now()}`);
    const context: StoreContext = { ...memoryMementos(), storageUri: vscode.Uri.joinPath(folder, 'ws'), globalStorageUri: folder };
    const open = () => new ProgressStore(context, () => ({ ...readStudySettings(), scope: 'workspace' }), log);

    const first = open();
    await first.record(q1.id, 3, 5_000);
    const before = serializer.serialize(first.current);
    const reviewsBefore = (await first.readReviews()).map((e) => `${e.at},${e.id}`);
    await first.record(q2.id, 1, 9_000);
    await first.flush();
    first.dispose();

    const reloaded = open();
    assert.equal(reloaded.lastUndoable, q2.id);
    assert.equal(await reloaded.undoLast(), q2.id);
    assert.equal(serializer.serialize(reloaded.current), before);
    await reloaded.flush();
    reloaded.dispose();

    const again = open();
    assert.equal(serializer.serialize(again.current), before);
    assert.deepEqual((await again.readReviews()).map((e) => `${e.at},${e.id}`), reviewsBefore);
    assert.equal(again.lastUndoable, q1.id, 'the answer before it can still be taken back');
    again.dispose();
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });
});
