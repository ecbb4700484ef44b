// Term hovers in the real VS Code, through vscode.executeHoverProvider: the fixture files of each
// language the editor knows, a Jupyter notebook, the traps, and the settings that pick languages.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_HOVER_LANGUAGES } from '../../src/core/terms/languages';
import { CommandId, HOVER_COMMANDS } from '../../src/host/commandIds';
import { EXPECTATIONS, locate } from '../fixtures/terms/expectations';

const EXTENSION_ID = 'sagemaker-study.sagemaker-study';
/** The bundled test runs from out/test/integration. */
const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'terms');

interface Found {
  text: string;
  range: vscode.Range | undefined;
  trusted: vscode.MarkdownString['isTrusted'];
}

/** Our hovers at a position: the ones with an exam tip (the editor's own language features may add others). */
async function hoversAt(doc: vscode.TextDocument, offset: number): Promise<Found[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hovers
    .map((h) => {
      const md = h.contents.find((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && c.value.includes('**Exam tip:**'));
      return md && { text: md.value, range: h.range, trusted: md.isTrusted };
    })
    .filter((f): f is Found => f !== undefined);
}

async function activate(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  if (!ext.isActive) await ext.activate();
}

interface Manifest {
  activationEvents?: string[];
  contributes?: { configuration?: { properties?: Record<string, { default?: unknown }> } };
}

const manifest = () => vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;

/** Whether package.json contributes a setting (the language settings need it to be written). */
function contributes(setting: string): boolean {
  return setting in (manifest().contributes?.configuration?.properties ?? {});
}

async function untitled(language: string, content: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument({ language, content });
}

describe('term hovers in VS Code', function () {
  this.timeout(60_000);
  before(activate);

  const known = new Set<string>();
  before(async () => {
    for (const l of await vscode.languages.getLanguages()) known.add(l);
  });

  // Plain text is served only once the user opts in (see the settings below).
  for (const { file, language, hits, traps } of EXPECTATIONS.filter((e) => e.language !== 'plaintext')) {
    it(`${file}: each expected term, with its range, and nothing in the traps`, async function () {
      // Terraform and HCL need a language extension the test profile does not have.
      if (!known.has(language)) this.skip();
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      const doc = await untitled(language, text);
      for (const h of hits) {
        const { start, end } = locate(text, h.find, h.text);
        const found = await hoversAt(doc, start + Math.floor((end - start) / 2));
        assert.equal(found.length, 1, `one hover on ${h.text}`);
        assert.ok(found[0].range, 'the hover has a range');
        assert.deepEqual([doc.offsetAt(found[0].range.start), doc.offsetAt(found[0].range.end)], [start, end], `the range of ${h.text}`);
        assert.ok(found[0].text.includes(`command:${CommandId.lookUpTerm}?${encodeURIComponent(JSON.stringify([h.term]))}`), `${h.text} is ${h.term}`);
      }
      for (const t of traps) {
        const { start, end } = locate(text, t.find, t.text);
        for (const offset of [start + 1, Math.floor((start + end) / 2), end - 1]) assert.deepEqual(await hoversAt(doc, offset), [], `no hover inside ${t.text}`);
      }
    });
  }

  it('shows the name, category, definition, tip, coverage and links, trusting only the two hover commands', async () => {
    const doc = await untitled('python', 'from sagemaker.estimator import Estimator\nest = Estimator(role="r")\n');
    const [hover] = await hoversAt(doc, doc.getText().lastIndexOf('Estimator') + 2);
    assert.ok(hover, 'a hover on Estimator');
    assert.match(hover.text, /^\*\*[^*]*Estimator[^*]*\*\* · _SageMaker feature_/);
    assert.match(hover.text, /\*\*Exam tip:\*\* \S/);
    assert.match(hover.text, /bank questions? covers? this term · not practised yet/);
    assert.match(hover.text, /Quiz me on this term\]\(command:sagemakerStudy\.quizTerm\?/);
    assert.match(hover.text, /Open in glossary\]\(command:sagemakerStudy\.lookUpTerm\?/);
    assert.match(hover.text, /AWS docs\]\(https:\/\//);
    assert.deepEqual(hover.trusted, { enabledCommands: [...HOVER_COMMANDS] });
  });

  it('describes the hardware of an instance type', async () => {
    const doc = await untitled('yaml', 'InstanceType: ml.p4d.24xlarge\n');
    const [hover] = await hoversAt(doc, 20);
    assert.ok(hover?.text.includes('`ml.p4d.24xlarge` · P4d family, accelerated computing: 8 × NVIDIA A100 Tensor Core GPU, 40 GB each.'));
  });

  it('takes a notebook cell’s imports from the notebook’s other cells', async function () {
    const cells = [
      new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, '# Orchestrate with SageMaker Pipelines', 'markdown'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'from sagemaker.workflow.pipeline import Pipeline', 'python'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'pipeline = Pipeline(name="churn", steps=[])', 'python'),
    ];
    let notebook: vscode.NotebookDocument;
    try {
      notebook = await vscode.workspace.openNotebookDocument('jupyter-notebook', new vscode.NotebookData(cells));
    } catch {
      this.skip(); // no Jupyter notebook support in this VS Code
    }
    const usage = notebook.cellAt(2).document;
    const [hover] = await hoversAt(usage, usage.getText().indexOf('Pipeline(') + 2);
    assert.ok(hover?.text.includes(`command:${CommandId.lookUpTerm}?${encodeURIComponent(JSON.stringify(['sagemaker-pipelines']))}`), 'Pipeline is SageMaker Pipelines: another cell imports it');
    const markdown = notebook.cellAt(0).document;
    assert.equal((await hoversAt(markdown, markdown.getText().indexOf('Pipelines'))).length, 1, 'a Markdown cell');
  });

  it('shows a term from the learner\'s own workspace glossary', async function () {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) this.skip();
    const api = vscode.extensions.getExtension<{ catalog: { reload(): Promise<void>; load(): Promise<unknown> } }>(EXTENSION_ID)!.exports;
    const file = vscode.Uri.joinPath(folder!, '.sagemaker-study', 'hover-team.glossary.yaml');
    const glossary = [
      'terms:',
      '  - id: team-scorer',
      '    name: Team churn scorer',
      '    category: sagemaker-feature',
      '    aliases: [churn scorer]',
      '    code: [team_churn_scorer]',
      '    definition: Our team\'s batch job that scores churn every night.',
      '    tip: It runs on a schedule; see the runbook.',
      '    related: []',
      '    link: https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(glossary));
    try {
      await api.catalog.reload();
      const py = await untitled('python', 'result = team_churn_scorer(rows)\n');
      const at = py.getText().indexOf('team_churn_scorer') + 4;
      // The workspace banks reload on their own watcher too: wait for the term rather than for a fixed time.
      let found: Found[] = [];
      for (const end = Date.now() + 15_000; found.length === 0 && Date.now() < end; ) {
        found = await hoversAt(py, at);
        if (found.length === 0) await new Promise((r) => setTimeout(r, 200));
      }
      assert.equal(found.length, 1, 'a hover for the workspace term');
      assert.ok(found[0].text.includes('Team churn scorer'), found[0].text);
    } finally {
      await vscode.workspace.fs.delete(file, { useTrash: false }).then(undefined, () => undefined);
      await api.catalog.reload();
    }
  });

  describe('settings', () => {
    const section = () => vscode.workspace.getConfiguration('sagemakerStudy.hover');
    const settle = () => new Promise((r) => setTimeout(r, 200));

    before(function () {
      // The settings come with the package.json contribution; until it is there they cannot be written.
      if (!contributes('sagemakerStudy.hover.languages') || !contributes('sagemakerStudy.hover.enabled')) this.skip();
    });

    afterEach(async () => {
      await section().update('languages', undefined, vscode.ConfigurationTarget.Global);
      await section().update('enabled', undefined, vscode.ConfigurationTarget.Global);
      await settle();
    });

    it('defaults to the languages the code serves, each an activation event', () => {
      const m = manifest();
      assert.deepEqual(m.contributes?.configuration?.properties?.['sagemakerStudy.hover.languages']?.default, [...DEFAULT_HOVER_LANGUAGES]);
      for (const language of DEFAULT_HOVER_LANGUAGES) assert.ok(m.activationEvents?.includes(`onLanguage:${language}`), `onLanguage:${language}`);
      assert.ok(!m.activationEvents?.includes('onLanguage:plaintext'), 'plain text is opt-in: it does not start the extension');
    });

    it('serves plain text once it is added to the languages, and stops serving a language taken out', async () => {
      const txt = await untitled('plaintext', 'Amazon Bedrock hosts foundation models.');
      const py = await untitled('python', 'from sagemaker.estimator import Estimator\nEstimator()\n');
      assert.deepEqual(await hoversAt(txt, 10), [], 'plain text is opt-in');
      await section().update('languages', ['plaintext', 'markdown'], vscode.ConfigurationTarget.Global);
      await settle();
      assert.equal((await hoversAt(txt, 10)).length, 1);
      assert.deepEqual(await hoversAt(py, py.getText().lastIndexOf('Estimator') + 1), [], 'python was taken out');
    });

    it('shows no hovers when turned off', async () => {
      const py = await untitled('python', 'from sagemaker.estimator import Estimator\nEstimator()\n');
      const at = py.getText().lastIndexOf('Estimator') + 1;
      assert.equal((await hoversAt(py, at)).length, 1);
      await section().update('enabled', false, vscode.ConfigurationTarget.Global);
      await settle();
      assert.deepEqual(await hoversAt(py, at), []);
    });
  });
});
