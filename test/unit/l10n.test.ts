// Translations: the exported bundle is up to date with the code, the Spanish translation covers
// every string (placeholders and links kept), a pseudo-locale leaves no English in what the core
// and the webview string tables produce, and no UI string in the code bypasses l10n.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { getL10nPseudoLocalized } from '@vscode/l10n-dev';
import './vscodeFake';
import { quizStrings } from '../../src/host/panels/quizStrings';
import { statsStrings } from '../../src/host/panels/statsStrings';
import { categoryTitle, glossaryTopic, termFlashcard } from '../../src/core/catalog/glossaryCards';
import { masteryDefinition } from '../../src/core/progress/mastery';
import { statusLine } from '../../src/core/progress/statusLine';
import { feedbackRows, feedbackTitle } from '../../src/core/quiz/quickQuizRound';
import { readinessModel } from '../../src/core/stats/statsView';
import { categoryLabel, termHoverMarkdown } from '../../src/core/terms/hoverMarkdown';
import { termTooltipMarkdown } from '../../src/core/terms/termTooltip';
import { TERM_CATEGORIES, type GlossaryTerm } from '../../src/core/bank/model';
import { bareStrings, readsAsWords } from './l10nLiterals';

const root = join(import.meta.dirname, '..', '..');
const json = (path: string): Record<string, string | { message: string }> => JSON.parse(readFileSync(join(root, path), 'utf8'));
const message = (v: string | { message: string }) => (typeof v === 'string' ? v : v.message);
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
/** Link targets (commands, documentation), which a translation must keep as they are. */
const fixedParts = (s: string) => [...(s.match(/\]\([^)]+\)/g) ?? [])].sort();
const walk = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(root, dir, e.name)] : []));

/** The translations shipped, each with the values it keeps as in English (names, formats, words spelt alike). */
const LANGUAGES: Record<string, Set<string>> = {
  es: new Set(['SageMaker Study', 'GIFT (Moodle)', 'no', 'SageMaker Study: {0}.']),
};

describe('translations (issue 17)', () => {
  after(() => l10n.config({ contents: {} }));

  it('l10n/bundle.l10n.json is what @vscode/l10n-dev exports from the code now (npm run l10n:export)', function () {
    this.timeout(60_000);
    const out = mkdtempSync(join(tmpdir(), 'sms-l10n-'));
    try {
      const r = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/l10n-dev/dist/cli.js'), 'export', '--outDir', out, './src'], { cwd: root, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const fresh = JSON.parse(readFileSync(join(out, 'bundle.l10n.json'), 'utf8'));
      const committed = json('l10n/bundle.l10n.json');
      assert.deepEqual(Object.keys(committed).filter((k) => !(k in fresh)), [], 'strings in the bundle that no code uses any more: run npm run l10n:export');
      assert.deepEqual(Object.keys(fresh).filter((k) => !(k in committed)), [], 'strings in the code missing from the bundle: run npm run l10n:export');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  for (const [language, sameAsEnglish] of Object.entries(LANGUAGES)) for (const [english, translated] of [['l10n/bundle.l10n.json', `l10n/bundle.l10n.${language}.json`], ['package.nls.json', `package.nls.${language}.json`]]) {
    it(`${translated} translates every key of ${english}, no more, keeping placeholders and links`, () => {
      const en = json(english);
      const es = json(translated);
      assert.deepEqual(Object.keys(en).filter((k) => !(k in es)), [], 'keys without a translation');
      assert.deepEqual(Object.keys(es).filter((k) => !(k in en)), [], 'translated keys the English file no longer has');
      for (const [key, value] of Object.entries(en)) {
        const source = message(value);
        const target = message(es[key]);
        assert.equal(typeof target, 'string', key);
        assert.ok(target.trim().length > 0, `empty translation of ${key}`);
        assert.deepEqual(placeholders(target), placeholders(source), `placeholders of ${key}`);
        assert.deepEqual(fixedParts(target), fixedParts(source), `command links and code of ${key}`);
        if (readsAsWords(source) && !sameAsEnglish.has(source)) assert.notEqual(target, source, `${key} is left in English`);
      }
    });
  }

  it('package.json shows no text of its own: every title, name and description is a %key% of package.nls.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const nls = json('package.nls.json');
    const texts: [string, string][] = [['displayName', pkg.displayName], ['description', pkg.description]];
    const visit = (x: unknown, path: string, key: string) => {
      if (typeof x === 'string') {
        if (/^(title|name|description|markdownDescription|contents|altText|label|contextualTitle|category)$/.test(key) || path.includes('enumDescriptions')) texts.push([path, x]);
      } else if (Array.isArray(x)) x.forEach((v, i) => visit(v, `${path}.${i}`, key));
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) visit(v, `${path}.${k}`, k);
    };
    visit(pkg.contributes, 'contributes', '');
    assert.ok(texts.length > 60, `only ${texts.length} texts found`);
    for (const [path, text] of texts) {
      const m = /^%(.+)%$/.exec(text);
      assert.ok(m, `${path} is not a %key%: ${text}`);
      assert.ok(m[1] in nls, `${path}: ${m[1]} is not in package.nls.json`);
    }
    assert.equal(pkg.l10n, './l10n');
  });

  describe('in a pseudo-locale', () => {
    /** Every ASCII word of 3 letters or more the output holds that neither came in nor is a name: English left over. */
    const english = (out: string, given: string[] = []) => {
      const allowed = new Set(['SageMaker', 'Study', 'command', 'sagemakerStudy', 'quizTerm', 'lookUpTerm', 'mortar', 'board', 'flame', 'lightbulb', 'checklist', 'book', 'pass', 'error', 'circle', 'large', 'outline', 'blank', 'link', 'external', 'https', 'docs', 'aws', 'amazon', 'com', 'term']);
      for (const g of given) for (const w of g.match(/[A-Za-z]{3,}/g) ?? []) allowed.add(w);
      return (out.replace(/%[0-9A-F]{2}/g, ' ').match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !allowed.has(w));
    };
    const term: GlossaryTerm = { id: 'spot', name: 'Managed Spot Training', category: 'sagemaker-feature', aliases: ['spot'], code: [], definition: 'Training on spare capacity.', tip: 'Use checkpoints.', related: [], link: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-managed-spot-training.html' };

    before(() => l10n.config({ contents: getL10nPseudoLocalized(json('l10n/bundle.l10n.json') as never) as never }));

    it('the core’s status line, hover, tooltips, mastery text, Quick Quiz rows, glossary titles and readiness model', () => {
      const now = new Date(2026, 11, 2, 10);
      const state = { version: 3, cards: { q: { attempts: 1, correct: 1, first: now.toISOString(), last: now.toISOString(), lastCorrect: true, card: {} } }, aside: {}, days: { '2026-12-02': 1 } } as never;
      const line = statusLine(3, state, now);
      const outputs: [string, string[]][] = [
        [line.accessibleLabel, []], [line.tooltip, []], [line.text, []],
        [termHoverMarkdown({ term, matchedText: 'ml.p4d.24xlarge', questions: 2, attempts: 4, correct: 3, related: [{ id: 'x', name: 'Estimator' }], commands: { quizTerm: 'sagemakerStudy.quizTerm', lookUpTerm: 'sagemakerStudy.lookUpTerm' } }), [term.name, term.definition, term.tip, 'Estimator', 'ml.p4d.24xlarge', 'P4d', 'accelerated computing', 'NVIDIA A100 Tensor Core GPU', 'large-scale distributed training of deep learning models', 'sagemaker latest model managed spot training html', 'GB', 'xlarge']],
        [termTooltipMarkdown(term), [term.name, term.definition, term.tip]],
        [masteryDefinition(now), []], [masteryDefinition(now, new Date(2026, 11, 20)), []],
        [feedbackTitle(true, 'Xx'), []], [feedbackTitle(false, 'Xx'), []],
        ...feedbackRows('A', { text: 'Spot', correct: false, picked: true, why: 'Because.' }).map((r): [string, string[]] => [`${r.label} ${r.detail ?? ''} ${r.description ?? ''}`, ['Spot', 'Because']]),
        ...TERM_CATEGORIES.flatMap((c): [string, string[]][] => [[categoryTitle(c), []], [categoryLabel(c), []], [glossaryTopic(c).title, []]]),
        [JSON.stringify(termFlashcard(term).stem), [term.name, 'strong']], [JSON.stringify(termFlashcard(term).explanation), [term.tip, 'strong']],
        [readinessModel(), []],
      ];
      for (const [out, given] of outputs) assert.deepEqual(english(out, given), [], `English left in: ${out}`);
    });

    it('the quiz and statistics panels’ string tables, as the host builds them', () => {
      for (const [name, table] of [['quiz', quizStrings()], ['stats', statsStrings()]] as const) {
        for (const [key, value] of Object.entries(table)) {
          assert.deepEqual(english(value), [], `${name}.${key} is English in the pseudo-locale: ${value}`);
        }
      }
    });
  });

  it('no UI string in the host, the webviews or the UI-building core bypasses l10n', () => {
    const core = walk('src/core').filter((f) => readFileSync(f, 'utf8').includes("from '@vscode/l10n'"));
    const files = [...walk('src/host'), join(root, 'src/extension.ts'), ...walk('src/webview'), ...core];
    assert.ok(core.length >= 8, 'the core files that build UI text import @vscode/l10n');
    const bare = bareStrings(files).map((b) => `${b.file.slice(root.length + 1)}:${b.line}: ${JSON.stringify(b.text)}`);
    assert.deepEqual(bare, [], 'put these through vscode.l10n.t (host), @vscode/l10n (core) or the webview string table');
  });

  it('the lint catches a bare UI string (it can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sms-l10n-lint-'));
    try {
      const file = join(dir, 'bare.ts');
      writeFileSync(file, "import * as vscode from 'vscode';\nvoid vscode.window.showInformationMessage('Your progress was saved');\nconst label = `${3} due`;\nvoid vscode.l10n.t('Fine: {0}', label);\nlog.warn('developer diagnostics stay English');\n");
      assert.deepEqual(bareStrings([file]).map((b) => `${b.line}: ${b.text}`), ['2: Your progress was saved', '3: Xx due']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
