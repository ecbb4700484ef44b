// Import Questions… (a quiz file in another format becomes a bank in .sagemaker-study/, opened for
// editing) and Export Questions for Anki… (every question as Anki notes).
import * as vscode from 'vscode';
import { command, type CommandEntry } from './lazyCommands';
import type { ImportFormat } from '../../core/import/draft';
import { CommandId } from '../commandIds';
import type { CatalogService } from '../catalogService';
import { BANK_FOLDER } from '../workspaceBanks/bankFolders';

/** The importers and writers, loaded on first use (a chunk of their own in the build). */
const tools = () => import('./bankTools');

function formatLabel(format: ImportFormat): string {
  switch (format) {
    case 'mkdocs-quiz': return vscode.l10n.t('mkdocs-quiz <quiz> blocks');
    case 'mkdocs-admonition': return vscode.l10n.t('mkdocs-material ??? question admonitions');
    case 'practice-test': return vscode.l10n.t('Numbered practice questions with an italic answer');
    case 'gift': return vscode.l10n.t('GIFT (Moodle)');
    case 'anki': return vscode.l10n.t('Anki notes in plain text');
    case 'csv': return vscode.l10n.t('CSV with a header row');
  }
}

export function bankCommands(catalog: CatalogService, log: vscode.LogOutputChannel): CommandEntry[] {
  return [
    // A second argument { exam, domain } names the exam domain up front (keybindings, tests, other extensions);
    // anything else in it is ignored and the picker asks as usual.
    command(CommandId.importQuestions, (uri?: vscode.Uri, into?: unknown) => importFile(catalog, log, uri instanceof vscode.Uri ? uri : undefined, domainArg(into))),
    command(CommandId.exportAnki, () => exportAnki(catalog)),
  ];
}

function domainArg(into: unknown): { exam: string; domain: number } | undefined {
  if (typeof into !== 'object' || into === null) return undefined;
  const { exam, domain } = into as { exam?: unknown; domain?: unknown };
  return typeof exam === 'string' && typeof domain === 'number' && Number.isInteger(domain) ? { exam, domain } : undefined;
}

async function importFile(catalog: CatalogService, log: vscode.LogOutputChannel, given?: vscode.Uri, into?: { exam: string; domain: number }): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('SageMaker Study: open a folder first; imported banks are kept in its .sagemaker-study folder.'));
    return undefined;
  }
  const source = given ?? (await chooseSource());
  if (!source) return undefined;
  const { detectFormat, IMPORT_FORMATS, importQuestions, isWorkspaceId, stringify } = await tools();
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
  const name = source.path.split('/').pop()!;
  let format = detectFormat(name, text);
  if (!format) {
    const pick = await vscode.window.showQuickPick(IMPORT_FORMATS.map((f) => ({ label: formatLabel(f), format: f })), { title: vscode.l10n.t('What format is {0}?', name) });
    if (!pick) return undefined;
    format = pick.format;
  }
  const index = await catalog.load();
  const exams = index.exams.filter((e) => !isWorkspaceId(e.code));
  const named = into && exams.find((e) => e.code === into.exam)?.domains.some((d) => d.number === into.domain) ? into : undefined;
  const domainPick = named ?? await vscode.window.showQuickPick(
    exams.flatMap((e) => [
      { label: e.code, kind: vscode.QuickPickItemKind.Separator, exam: e.code, domain: 0 },
      ...e.domains.map((d) => ({ label: `${d.number}. ${d.title}`, description: `${e.code} · ${d.weight}%`, exam: e.code, domain: d.number })),
    ]),
    { title: vscode.l10n.t('Which exam domain do the questions of {0} belong to?', name), placeHolder: vscode.l10n.t('You can move questions to other topics in the bank file later') },
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
  for (const s of result.skipped) log.warn(vscode.l10n.t('Import {0}:{1}: {2}', name, s.line, s.reason));
  if (!result.ok) {
    void vscode.window.showErrorMessage(result.skipped.length
      ? vscode.l10n.t('SageMaker Study: {0}. {1} question(s) were skipped; the output channel lists them by line.', result.error, result.skipped.length)
      : vscode.l10n.t('SageMaker Study: {0}.', result.error));
    return undefined;
  }
  const target = vscode.Uri.joinPath(folder.uri, BANK_FOLDER, `${result.bankId}.bank.yaml`);
  const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (exists) {
    const replace = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} exists. Replace it with this import?', `${BANK_FOLDER}/${result.bankId}.bank.yaml`),
      { modal: true, detail: vscode.l10n.t('Questions keep their ids (they come from the text), so your progress on unchanged questions stays. Edits you made to the file are lost.') },
      replace,
    );
    if (answer !== replace) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.yaml));
  await vscode.window.showTextDocument(target, { preview: false });
  const skipped = result.skipped.length;
  void vscode.window
    .showInformationMessage(
      importedMessage(result.questions, name, `${BANK_FOLDER}/${result.bankId}.bank.yaml`, skipped),
      ...(skipped ? [vscode.l10n.t('Show Skipped')] : []),
    )
    .then((a) => a && log.show(true));
  await catalog.reload();
  return target;
}

function importedMessage(questions: number, name: string, bankFile: string, skipped: number): string {
  const imported = questions === 1
    ? vscode.l10n.t('SageMaker Study: imported 1 question from {0} into {1}.', name, bankFile)
    : vscode.l10n.t('SageMaker Study: imported {0} questions from {1} into {2}.', questions, name, bankFile);
  return skipped ? `${imported} ${vscode.l10n.t('{0} skipped (see the output channel for their lines).', skipped)}` : imported;
}

/** The file in the active editor when it is a quiz file we can read, else (or on request) a file dialog. */
async function chooseSource(): Promise<vscode.Uri | undefined> {
  const { detectFormat } = await tools();
  const doc = vscode.window.activeTextEditor?.document;
  const fileName = doc?.uri.path.split('/').pop() ?? '';
  if (doc && doc.uri.scheme === 'file' && detectFormat(fileName, doc.getText())) {
    const pick = await vscode.window.showQuickPick(
      [
        { label: `$(file) ${fileName}`, description: vscode.l10n.t('the file open in the editor'), uri: doc.uri as vscode.Uri | undefined },
        { label: `$(folder-opened) ${vscode.l10n.t('Choose a file…')}`, uri: undefined },
      ],
      { title: vscode.l10n.t('Import questions from…') },
    );
    if (!pick) return undefined;
    if (pick.uri) return pick.uri;
  }
  return (await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Import questions into a SageMaker Study bank'),
    canSelectMany: false,
    filters: { [vscode.l10n.t('Quiz files')]: ['md', 'markdown', 'txt', 'gift', 'csv'], [vscode.l10n.t('All files')]: ['*'] },
  }))?.[0];
}

async function exportAnki(catalog: CatalogService): Promise<vscode.Uri | undefined> {
  const index = await catalog.load();
  const pick = await vscode.window.showQuickPick(
    [{ label: vscode.l10n.t('All exams'), exams: undefined as string[] | undefined }, ...index.exams.map((e) => ({ label: e.code, description: e.name, exams: [e.code] }))],
    { title: vscode.l10n.t('Export questions for Anki') },
  );
  if (!pick) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const fileName = `sagemaker-study-${pick.exams?.[0]?.toLowerCase() ?? 'all'}-anki.txt`;
  const target = await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export questions as Anki notes'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, fileName) : undefined,
    filters: { [vscode.l10n.t('Anki notes (plain text)')]: ['txt'] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return undefined;
  const { ankiNotes } = await tools();
  const { text, notes } = ankiNotes(index.catalog, pick.exams ? { exams: pick.exams } : {});
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(vscode.l10n.t('SageMaker Study: wrote {0} notes to {1}. In Anki: File → Import.', notes, target.fsPath));
  return target;
}
