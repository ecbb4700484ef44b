// Bank YAML files in the editor show the checker's findings in the Problems view: a loader error and an
// item-writing warning appear at their line, and go away once the author fixes the text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'sagemaker-study.sagemaker-study';

const BANK = `id: aif-integration
title: Integration bank
exams:
  - { code: AIF-C01, guide: "1.0" }
topics:
  - { id: aif-int-topic, title: Topic, summary: A topic., domain: 1 }
questions:
  - id: aif-int-001
    topic: aif-int-topic
    type: single
    difficulty: 2
    stem: A retailer wants product descriptions. Which service is the most cost-effective?
    choices:
      - { text: Amazon Bedrock with a small model, correct: true, why: Pay per token. }
      - { text: Amazon Rekognition image labels, why: Images only. }
      - { text: Amazon Polly neural voices, why: Speech only. }
    explanation: Generative text fits.
    links: [https://docs.aws.amazon.com/bedrock/latest/userguide/what-is-bedrock.html]
`;

async function until<T>(read: () => T, ok: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (ok(value)) return value;
    if (Date.now() - started > timeoutMs) assert.fail(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'SageMaker Study');

describe('bank diagnostics in the editor', () => {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const file = vscode.Uri.joinPath(folder, 'own-banks', 'aif-integration.yaml');

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, 'own-banks'));
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(BANK));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'own-banks'), { recursive: true, useTrash: false });
  });

  it('warns about a lowercase qualifier at its line, with the bundled exams and glossary as context', async () => {
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    const found = await until(() => ours(file), (d) => d.length > 0, 'a diagnostic on the bank');
    assert.deepEqual(found.map((d) => [d.severity, d.range.start.line + 1, d.message]), [
      [vscode.DiagnosticSeverity.Warning, 12, "question aif-int-001: write the qualifier 'most' in capitals (MOST), as the exam does, so the learner does not miss it"],
    ]);
  });

  it('reports a loader error as an error while typing, and clears both once fixed', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    const text = editor.document.getText();
    const broken = text.replace('difficulty: 2', 'difficulty: 7').replace('the most cost-effective', 'the MOST cost-effective');
    await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(text.length)), broken));
    const errors = await until(() => ours(file), (d) => d.some((x) => x.severity === vscode.DiagnosticSeverity.Error), 'the loader error');
    assert.ok(errors.some((d) => /difficulty' must be a whole number from 1 to 3/.test(d.message) && d.range.start.line + 1 === 11), errors.map((d) => d.message).join('\n'));
    await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(broken.length)), broken.replace('difficulty: 7', 'difficulty: 2')));
    await until(() => ours(file), (d) => d.length === 0, 'no diagnostics once fixed');
    // Saved, so closing the editor neither prompts nor writes the file back after it is deleted.
    assert.ok(await editor.document.save(), 'the fixed bank is saved');
  });
});
