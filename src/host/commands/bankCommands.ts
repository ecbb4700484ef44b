// Import Questions… (a quiz file in another format becomes a bank in .sagemaker-study/, opened for
// editing) and Export Questions for Anki… (every question as Anki notes).
import * as vscode from 'vscode';
import type { ImportFormat } from '../../core/import/draft';
import { CommandId } from '../commandIds';
import type { CatalogService } from '../catalogService';
import { BANK_FOLDER } from '../workspaceBanks/bankFolders';

/** The importers and writers, loaded on first use (a chunk of their own in the build). */
const tools = () => import('./bankTools');

const FORMAT_LABELS: Record<ImportFormat, string> = {
  'mkdocs-quiz': 'mkdocs-quiz <quiz> blocks',
  'mkdocs-admonition': 'mkdocs-material ??? question admonitions',
  'practice-test': 'Numbered practice questions with an italic answer',
  gift: 'GIFT (Moodle)',
  anki: 'Anki notes in plain text',
  csv: 'CSV with a header row',
};

export function registerBankCommands(catalog: CatalogService, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandId.importQuestions, (uri?: vscode.Uri) => importFile(catalog, log, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(CommandId.exportAnki, () => exportAnki(catalog)),
  ];
}

async function importFile(catalog: CatalogService, log: vscode.LogOutputChannel, given?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('SageMaker Study: open a folder first; imported banks are kept in its .sagemaker-study folder.');
    return undefined;
  }
  const source = given ?? (await chooseSource());
  if (!source) return undefined;
  const { detectFormat, IMPORT_FORMATS, importQuestions, isWorkspaceId, stringify } = await tools();
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
  const name = source.path.split('/').pop()!;
  let format = detectFormat(name, text);
  if (!format) {
    const pick = await vscode.window.showQuickPick(IMPORT_FORMATS.map((f) => ({ label: FORMAT_LABELS[f], format: f })), { title: `What format is ${name}?` });
    if (!pick) return undefined;
    format = pick.format;
  }
  const index = await catalog.load();
  const exams = index.exams.filter((e) => !isWorkspaceId(e.code));
  const domainPick = await vscode.window.showQuickPick(
    exams.flatMap((e) => [
      { label: e.code, kind: vscode.QuickPickItemKind.Separator, exam: e.code, domain: 0 },
      ...e.domains.map((d) => ({ label: `${d.number}. ${d.title}`, description: `${e.code} · ${d.weight}%`, exam: e.code, domain: d.number })),
    ]),
    { title: `Which exam domain do the questions of ${name} belong to?`, placeHolder: 'You can move questions to other topics in the bank file later' },
  );
  if (!domainPick) return undefined;
  const examsYaml = stringify({ exams: exams.map(({ code, name: examName, guide, questions, scored, minutes, passScore, domains }) => ({ code, name: examName, guide, questions, scored, minutes, passScore, domains })) });
  const result = importQuestions({
    fileName: name,
    text,
    format,
    exam: domainPick.exam,
    domain: domainPick.domain,
    exams: { path: 'exams.yaml', text: examsYaml },
  });
  for (const s of result.skipped) log.warn(`Import ${name}:${s.line}: ${s.reason}`);
  if (!result.ok) {
    void vscode.window.showErrorMessage(`SageMaker Study: ${result.error}.${result.skipped.length ? ` ${result.skipped.length} question(s) were skipped; the output channel lists them by line.` : ''}`);
    return undefined;
  }
  const target = vscode.Uri.joinPath(folder.uri, BANK_FOLDER, `${result.bankId}.bank.yaml`);
  const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (exists) {
    const answer = await vscode.window.showWarningMessage(
      `${BANK_FOLDER}/${result.bankId}.bank.yaml exists. Replace it with this import?`,
      { modal: true, detail: 'Questions keep their ids (they come from the text), so your progress on unchanged questions stays. Edits you made to the file are lost.' },
      'Replace',
    );
    if (answer !== 'Replace') return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.yaml));
  await vscode.window.showTextDocument(target, { preview: false });
  const skipped = result.skipped.length;
  void vscode.window
    .showInformationMessage(
      `SageMaker Study: imported ${result.questions} question${result.questions === 1 ? '' : 's'} from ${name} into ${BANK_FOLDER}/${result.bankId}.bank.yaml.${skipped ? ` ${skipped} skipped (see the output channel for their lines).` : ''}`,
      ...(skipped ? ['Show Skipped'] : []),
    )
    .then((a) => a && log.show(true));
  await catalog.reload();
  return target;
}

/** The file in the active editor when it is a quiz file we can read, else (or on request) a file dialog. */
async function chooseSource(): Promise<vscode.Uri | undefined> {
  const { detectFormat } = await tools();
  const doc = vscode.window.activeTextEditor?.document;
  const fileName = doc?.uri.path.split('/').pop() ?? '';
  if (doc && doc.uri.scheme === 'file' && detectFormat(fileName, doc.getText())) {
    const pick = await vscode.window.showQuickPick(
      [
        { label: `$(file) ${fileName}`, description: 'the file open in the editor', uri: doc.uri as vscode.Uri | undefined },
        { label: '$(folder-opened) Choose a file…', uri: undefined },
      ],
      { title: 'Import questions from…' },
    );
    if (!pick) return undefined;
    if (pick.uri) return pick.uri;
  }
  return (await vscode.window.showOpenDialog({
    title: 'Import questions into a SageMaker Study bank',
    canSelectMany: false,
    filters: { 'Quiz files': ['md', 'markdown', 'txt', 'gift', 'csv'], 'All files': ['*'] },
  }))?.[0];
}

async function exportAnki(catalog: CatalogService): Promise<vscode.Uri | undefined> {
  const index = await catalog.load();
  const pick = await vscode.window.showQuickPick(
    [{ label: 'All exams', exams: undefined as string[] | undefined }, ...index.exams.map((e) => ({ label: e.code, description: e.name, exams: [e.code] }))],
    { title: 'Export questions for Anki' },
  );
  if (!pick) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const fileName = `sagemaker-study-${pick.exams?.[0]?.toLowerCase() ?? 'all'}-anki.txt`;
  const target = await vscode.window.showSaveDialog({
    title: 'Export questions as Anki notes',
    defaultUri: folder ? vscode.Uri.joinPath(folder, fileName) : undefined,
    filters: { 'Anki notes (plain text)': ['txt'] },
    saveLabel: 'Export',
  });
  if (!target) return undefined;
  const { ankiNotes } = await tools();
  const { text, notes } = ankiNotes(index.catalog, pick.exams ? { exams: pick.exams } : {});
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(`SageMaker Study: wrote ${notes} notes to ${target.fsPath}. In Anki: File → Import.`);
  return target;
}
