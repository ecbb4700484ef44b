// The extension in a real VS Code: activation, commands, the Topics view, hovers, the quiz panel.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CommandId } from '../../src/host/commandIds';
import type { SageMakerStudyApi } from '../../src/extension';

const EXTENSION_ID = 'sagemaker-study.sagemaker-study';

async function api(): Promise<SageMakerStudyApi> {
  const ext = vscode.extensions.getExtension<SageMakerStudyApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext.isActive ? ext.exports : ext.activate();
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function hoverText(file: string, needle: string, offsetInNeedle = 1): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(file));
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} is in ${file}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + offsetInNeedle));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

describe('SageMaker Study in VS Code', () => {
  it('activates without errors and registers every command in package.json', async () => {
    await api();
    const manifest = JSON.parse(readFileSync(join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'package.json'), 'utf8')) as {
      contributes: { commands: { command: string }[] };
    };
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const { command } of manifest.contributes.commands) assert.ok(registered.has(command), `${command} is registered`);
    assert.deepEqual(new Set(manifest.contributes.commands.map((c) => c.command)), new Set(Object.values(CommandId)));
  });

  it('loads the bundled banks into the Topics tree: exams, domains, topics with counts', async () => {
    const { topics } = await api();
    const exams = await topics.getChildren();
    assert.deepEqual(exams.map((e) => e.kind === 'exam' && e.exam), ['MLA-C01', 'AIF-C01']);
    const domains = await topics.getChildren(exams[0]);
    assert.ok(domains.length >= 1);
    const topicNodes = await topics.getChildren(domains[0]);
    assert.ok(topicNodes.length >= 1);
    const item = await topics.getTreeItem(topicNodes[0]);
    assert.match(String(item.description), /^\d+\/\d+( · \d+%)?( · \d+ due)?$/);
    assert.equal(item.command?.command, CommandId.startTopicQuiz);
  });

  it('shows a definition when hovering Estimator in Python', async () => {
    const text = await hoverText('train.py', 'Estimator(');
    assert.match(text, /Estimator/);
    assert.match(text, /Exam tip/);
    assert.match(text, new RegExp(`command:${CommandId.quizTerm.replace('.', '\\.')}`));
  });

  it('shows a definition when hovering AWS::SageMaker::Endpoint in YAML', async () => {
    const text = await hoverText('template.yaml', 'AWS::SageMaker::Endpoint\n', 18);
    assert.match(text, /endpoint/i);
  });

  it('shows nothing inside identifiers that merely contain a term', async () => {
    assert.equal(await hoverText('train.py', 'my_endpoint_name', 4), '');
    assert.equal(await hoverText('train.py', 'preprocessor', 6), '');
  });

  it('opens the quiz panel on a topic and records an answer in workspace state', async () => {
    const { topics, progress, catalog } = await api();
    const index = await catalog.load();
    const exams = await topics.getChildren();
    const domains = await topics.getChildren(exams[0]);
    const topic = (await topics.getChildren(domains[0])).find((t) => t.kind === 'topic' && index.questionsOfTopic(t.topic).length > 0);
    assert.ok(topic?.kind === 'topic');
    await vscode.commands.executeCommand(CommandId.startTopicQuiz, topic.topic);
    const quizTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'SageMaker Study Quiz');
    for (let i = 0; i < 50 && !quizTab(); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(quizTab(), 'the quiz panel opened');
    assert.ok(quizTab()!.input instanceof vscode.TabInputWebview);
    const question = index.questionsOfTopic(topic.topic)[0];
    const before = progress.current.cards[question.id]?.attempts ?? 0;
    await progress.record(question.id, 3);
    await progress.flush();
    const item = await topics.getTreeItem(topic);
    assert.match(String(item.description), /^[1-9]\d*\/\d+ · /);
    assert.equal(progress.current.cards[question.id].attempts, before + 1);
  });

  it('studies glossary entries as flashcards with their own cards in progress', async () => {
    const { progress, catalog } = await api();
    const index = await catalog.load();
    const term = index.catalog.terms[0];
    const card = index.question(`term:${term.id}`);
    assert.ok(card && card.type === 'flashcard');
    await vscode.commands.executeCommand(CommandId.studyGlossary);
    const quizTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'SageMaker Study Quiz');
    for (let i = 0; i < 50 && !quizTab(); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(quizTab(), 'the quiz panel opened on the flashcards');
    await progress.record(card.id, 4);
    await progress.flush();
    assert.equal(progress.current.cards[card.id].attempts, 1);
    // A term card is known to the banks, so reconciling keeps it in place rather than aside.
    await progress.reconcile(new Set([...index.catalog.questions.map((q) => q.id), ...index.catalog.terms.map((t) => `term:${t.id}`)]));
    assert.ok(progress.current.cards[card.id]);
  });
});
