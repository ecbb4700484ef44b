// A learner's own bank in the workspace: it joins the Topics tree, is checked as it is edited, comes
// back when fixed, is studied like any other, and an import lands in .sagemaker-study.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SageMakerStudyApi } from '../../src/extension';
import { CommandId } from '../../src/host/commandIds';

const EXTENSION_ID = 'sagemaker-study.sagemaker-study';
const BANK = `id: team-notes
title: Team notes
exams:
  - code: MLA-C01
    guide: "1.0"
topics:
  - id: team-endpoints
    title: Our endpoints
    summary: What our team deploys.
    domain: 3
questions:
  - id: team-q1
    topic: team-endpoints
    type: single
    difficulty: 2
    stem: Which endpoint type does our batch scoring use?
    choices:
      - text: Batch transform
        correct: true
      - text: Real-time endpoint
      - text: Serverless endpoint
`.replace(/      - text: (Real-time|Serverless) endpoint/g, '      - text: $1 endpoint\n        correct: false');

async function api(): Promise<SageMakerStudyApi> {
  const ext = vscode.extensions.getExtension<SageMakerStudyApi>(EXTENSION_ID)!;
  return ext.isActive ? ext.exports : ext.activate();
}

// Generous: file watchers and the debounced reload are slow on a loaded machine.
async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 45_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('workspace banks in VS Code', () => {
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const bankUri = () => vscode.Uri.joinPath(folder(), '.sagemaker-study', 'team.bank.yaml');

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), '.sagemaker-study'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await (await api()).catalog.reload();
  });

  it('adds a bank in .sagemaker-study to the Topics tree, namespaced so it cannot collide with a bundled id', async () => {
    const { catalog, topics } = await api();
    await catalog.load();
    await vscode.workspace.fs.writeFile(bankUri(), new TextEncoder().encode(BANK));
    // A bank already in the folder is read when the catalog loads; merge again as a new window would.
    await catalog.reload();
    const index = await until('the workspace topic', async () => {
      const i = await catalog.load();
      return i.topic('ws:team-endpoints') ? i : undefined;
    });
    assert.equal(index.question('ws:team-q1')?.type, 'single');
    const exams = await topics.getChildren();
    const mla = exams.find((n) => n.kind === 'exam' && n.exam === 'MLA-C01')!;
    const domain3 = (await topics.getChildren(mla)).find((n) => n.kind === 'domain' && n.domain === 3)!;
    const nodes = await topics.getChildren(domain3);
    assert.ok(nodes.some((n) => n.kind === 'topic' && n.topic === 'ws:team-endpoints'), 'the topic is under MLA-C01 domain 3');
  });

  it('finds banks in folders under .sagemaker-study, and reads only YAML files', async () => {
    const { catalog } = await api();
    const nested = vscode.Uri.joinPath(folder(), '.sagemaker-study', 'team', 'drills', 'nested.bank.yml');
    const nestedBank = BANK.replace('id: team-notes', 'id: team-nested').replace(/team-endpoints/g, 'team-nested-topic').replace('team-q1', 'team-nested-q1');
    await vscode.workspace.fs.writeFile(nested, new TextEncoder().encode(nestedBank));
    // Not a bank file: a YAML error here would show if it were read.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), '.sagemaker-study', 'team', 'notes.txt'), new TextEncoder().encode('id: [unclosed\n'));
    await catalog.reload();
    const index = await until('the nested topic', async () => {
      const i = await catalog.load();
      return i.topic('ws:team-nested-topic') ? i : undefined;
    });
    assert.equal(index.question('ws:team-nested-q1')?.type, 'single');
    assert.ok(index.topic('ws:team-endpoints'), 'the bank at the top of the folder is still there');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), '.sagemaker-study', 'team'), { recursive: true, useTrash: false });
    await catalog.reload();
    await until('the nested topic to go', async () => ((await catalog.load()).topic('ws:team-nested-topic') ? undefined : true));
  });

  it('marks a mistake in the Problems panel as it is typed, and clears it when fixed', async () => {
    const { catalog } = await api();
    const doc = await vscode.workspace.openTextDocument(bankUri());
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('difficulty: 2');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'difficulty'.length)), 'dificulty'));
    const problem = await until('a diagnostic', () =>
      vscode.languages.getDiagnostics(bankUri()).find((x) => x.source === 'SageMaker Study' && /unknown field 'dificulty' \(did you mean 'difficulty'\?\)/.test(x.message)),
    );
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problem.range.start.line, doc.positionAt(at).line, 'on the line of the mistake');
    // The quick fix is the certain one.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', bankUri(), problem.range);
    const fix = actions.find((a) => a.title === "Change 'dificulty' to 'difficulty'");
    assert.ok(fix?.edit, 'a quick fix is offered');
    await doc.save();
    // Saved broken: the question drops out, the bundled banks stay.
    await until('the broken question to leave', async () => ((await catalog.load()).question('ws:team-q1') ? undefined : true));
    assert.ok((await catalog.load()).catalog.questions.length > 500, 'the bundled banks still load');
    await vscode.workspace.applyEdit(fix.edit);
    await doc.save();
    await until('the diagnostic to clear', () => (vscode.languages.getDiagnostics(bankUri()).some((x) => x.severity === vscode.DiagnosticSeverity.Error) ? undefined : true));
    await until('the question to come back', async () => (await catalog.load()).question('ws:team-q1'));
  });

  it('records progress on a workspace question like any other', async () => {
    const { progress } = await api();
    await vscode.commands.executeCommand(CommandId.startTopicQuiz, 'ws:team-endpoints');
    await progress.record('ws:team-q1', 1);
    await progress.flush();
    assert.equal(progress.current.cards['ws:team-q1']?.attempts, 1);
  });

  it('imports a quiz file into .sagemaker-study and opens it', async () => {
    const { catalog } = await api();
    const source = vscode.Uri.joinPath(folder(), 'drill.csv');
    await vscode.workspace.fs.writeFile(source, new TextEncoder().encode('question,a,b,c,answer\nWhich store is columnar?,Parquet,CSV,JSON,A\n'));
    try {
      // The exam domain is named in the command's arguments, so no picker is asked (the e2e import test clicks through it).
      const target = await vscode.commands.executeCommand<vscode.Uri | undefined>(CommandId.importQuestions, source, { exam: 'MLA-C01', domain: 1 });
      assert.ok(target, 'the command returned the new bank');
      assert.match(target.path, /\.sagemaker-study\/my-drill\.bank\.yaml$/);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'the bank is open');
      await until('the imported question', async () => (await catalog.load()).catalog.questions.find((q) => q.id.startsWith('ws:my-drill-')));
    } finally {
      await vscode.workspace.fs.delete(source);
    }
  });
});
