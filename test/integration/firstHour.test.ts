// The Topics and Glossary views as a new learner first meets them (issue 11): exams open and domains
// closed, short descriptions, mastery that falls to 0% after wrong answers with its meaning in the
// tooltip, a filter that can be cleared, and tooltips whose words wrap at spaces.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../src/host/commandIds';
import { GlossaryTreeProvider } from '../../src/host/views/glossaryTree';
import { TopicsTreeProvider } from '../../src/host/views/topicsTree';
import type { SageMakerStudyApi } from '../../src/extension';

async function api(): Promise<SageMakerStudyApi> {
  const ext = vscode.extensions.getExtension<SageMakerStudyApi>('sagemaker-study.sagemaker-study');
  assert.ok(ext);
  return ext.isActive ? ext.exports : ext.activate();
}

const tooltipText = (item: vscode.TreeItem) => (item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip ?? ''));

describe('the first hour in VS Code (issue 11)', () => {
  it('opens the Topics tree with exams expanded and domains collapsed, and short descriptions', async () => {
    const { topics } = await api();
    const [exam] = await topics.getChildren();
    assert.equal((await topics.getTreeItem(exam)).collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    const [domain] = await topics.getChildren(exam);
    assert.equal((await topics.getTreeItem(domain)).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    for (const topic of await topics.getChildren(domain)) {
      const d = String((await topics.getTreeItem(topic)).description);
      assert.ok(d.length <= 20, `"${d}" is short enough to read beside a topic title`);
    }
  });

  it('shows 0% mastery and no "mastered" icon after every answer of a topic was wrong (Wrong 1)', async () => {
    const { topics, progress, catalog } = await api();
    const index = await catalog.load();
    const [exam] = await topics.getChildren();
    const [domain] = await topics.getChildren(exam);
    const topic = (await topics.getChildren(domain)).find((t) => t.kind === 'topic' && index.questionsOfTopic(t.topic).length >= 4)!;
    assert.ok(topic.kind === 'topic');
    const ids = index.questionsOfTopic(topic.topic).map((q) => q.id);
    try {
      for (const id of ids) await progress.record(id, 1);
      const item = await topics.getTreeItem(topic);
      assert.match(String(item.description), new RegExp(`^${ids.length}/${ids.length} · 0%`));
      assert.notEqual((item.iconPath as vscode.ThemeIcon).id, 'pass-filled');
      assert.match(item.accessibilityInformation?.label ?? '', /0% mastery/);
      const tip = tooltipText(item);
      assert.match(tip, /Mastery 0%/);
      assert.match(tip, /chance you would still answer these questions right in 7 days/);
      assert.doesNotMatch(tip, /&nbsp;/);
    } finally {
      await progress.reset(ids);
    }
  });

  it('filters the tree to one exam and clears the filter (Rough)', async () => {
    const { topics } = await api();
    topics.setFilter('AIF-C01');
    try {
      assert.deepEqual((await topics.getChildren()).map((n) => n.kind === 'exam' && n.exam), ['AIF-C01']);
    } finally {
      await vscode.commands.executeCommand(CommandId.clearExamFilter);
    }
    assert.equal(topics.filter, undefined);
    assert.deepEqual((await topics.getChildren()).map((n) => n.kind === 'exam' && n.exam), ['MLA-C01', 'AIF-C01']);
  });

  it('keeps the chosen exam across a reload', async () => {
    const { catalog, progress } = await api();
    const store = new Map<string, unknown>();
    const memento = { keys: () => [...store.keys()], get: <T>(k: string) => store.get(k) as T, update: async (k: string, v: unknown) => void store.set(k, v) } as vscode.Memento;
    const before = new TopicsTreeProvider(catalog, progress, undefined, memento);
    before.setFilter('AIF-C01');
    before.dispose();
    const after = new TopicsTreeProvider(catalog, progress, undefined, memento);
    try {
      assert.equal(after.filter, 'AIF-C01');
      assert.deepEqual((await after.getChildren()).map((n) => n.kind === 'exam' && n.exam), ['AIF-C01']);
    } finally {
      after.dispose();
    }
  });

  it('writes glossary tooltips whose words wrap at spaces, not inside words (Wrong 6)', async () => {
    const { catalog } = await api();
    const glossary = new GlossaryTreeProvider(catalog);
    const [category] = await glossary.getChildren();
    const [term] = await glossary.getChildren(category);
    const tip = tooltipText(await glossary.getTreeItem(term));
    assert.doesNotMatch(tip, /&nbsp;/);
    assert.match(tip, /\w \w/);
    assert.match(tip, /Exam tip:(\*\*)? /);
  });
});
