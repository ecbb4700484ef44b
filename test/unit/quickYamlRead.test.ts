// The quick reader (js-yaml events, plain texts without markdown-it) must give exactly what the
// careful reader gives: the same records, the same values, the same diagnostics at the same line
// and column, for sound and broken banks alike. parseFile falls back to the careful reader on
// anything the quick one declines, so the property holds for every text, and the tests also check
// the quick way is taken.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Lexer } from 'yaml';
import { parseEvents } from 'js-yaml';
import { readYamlFast, tokenBound } from '../../src/core/bank/fastYamlSource';
import { parseFile, type ParsedFile } from '../../src/core/bank/parseFile';
import type { BankRules } from '../../src/core/bank/fieldRules';
import { markdownItTree, paragraphTree } from '../../src/core/markdown';
import { oneParagraph, plainMarkdown, simpleInline } from '../../src/core/plainMarkdown';
import { BANK } from './fixtures';

const root = join(__dirname, '..', '..');
const shipped = readdirSync(join(root, 'questions'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ path: `questions/${f}`, text: readFileSync(join(root, 'questions', f), 'utf8') }));

// JSON leaves out `at`, which answers from `fields`, which JSON keeps.
const same = (file: string, text: string, rules: BankRules): { quick: ParsedFile; careful: ParsedFile } => {
  const quick = parseFile(file, text, rules);
  const careful = parseFile(file, text, rules, 'careful');
  assert.deepEqual(JSON.parse(JSON.stringify(quick)), JSON.parse(JSON.stringify(careful)), `quick and careful reads differ for:\n${text.slice(0, 2000)}`);
  return { quick, careful };
};

/** Whether parseFile kept the quick read (taken, and it found no error). */
const quickKept = (text: string, parsed: ParsedFile) => readYamlFast(text) !== undefined && !parsed.diagnostics.some((d) => d.severity === 'error');

// Scalars YAML 1.1 and 1.2, js-yaml and the yaml library could each read their own way.
const TRICKY = [
  'yes', 'no', 'on', 'off', 'Y', 'n', 'True', 'FALSE', 'true', '~', 'null', 'Null', '017', '0o17', '0x1F', '0b101', '1_000',
  '+12', '-0', '1.0', '1e3', '.inf', '-.Inf', '.NaN', '2024-01-01', '2001-12-14t21:59:43.10-05:00', '12:30:00', '<<', '=',
  "it's", 'a "quoted" word', 'x # not a comment', 'café au lait', 'Amazon S3 in File mode', 'plain words, and more.',
];
const text = fc.oneof(
  { arbitrary: fc.lorem({ maxCount: 6 }), weight: 6 },
  { arbitrary: fc.constantFrom(...TRICKY), weight: 1 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 20 }), weight: 1 },
);
const style = fc.constantFrom('plain', 'single', 'double', 'literal', 'literalStrip', 'folded', 'comment');
const indentBlock = (v: string, pad: string) => v.split('\n').map((l) => (l ? pad + l : l)).join('\n');

function scalar(v: string, how: string, pad: string): string {
  switch (how) {
    case 'single': return `'${v.replace(/'/g, "''")}'`;
    case 'double': return JSON.stringify(v);
    case 'literal': return `|\n${indentBlock(v, pad)}`;
    case 'literalStrip': return `|-\n${indentBlock(v, pad)}`;
    case 'folded': return `>\n${indentBlock(v, pad)}`;
    case 'comment': return `${v}  # a note`;
    default: return v;
  }
}

const choice = fc.record({ text, textStyle: style, why: fc.option(text, { freq: 4 }), whyStyle: style });
const question = fc.record({
  stem: text, stemStyle: style,
  difficulty: fc.oneof({ arbitrary: fc.constantFrom('1', '2', '3'), weight: 10 }, fc.constantFrom('0x2', '02', '+2', '2.0', '0o3', '"2"', '1_0', '4')),
  correct: fc.oneof({ arbitrary: fc.constant('true'), weight: 12 }, fc.constantFrom('True', 'TRUE', 'yes', 'on', '"true"', 'y')),
  choices: fc.array(choice, { minLength: 3, maxLength: 5 }),
  explanation: fc.option(text), explanationStyle: style,
  terms: fc.constantFrom('', '    terms: [a-term]\n', '    terms:\n      - a-term\n', '    terms: []\n'),
  extra: fc.constantFrom('', '', '', '', '', '', '    id: again\n', '    <<: {x: 1}\n', '    stme: typo\n', '    links: [https://docs.aws.amazon.com/x]\n', '    tags: [yes, no]\n'),
});
const bank = fc.record({
  id: fc.oneof({ arbitrary: fc.constant('team'), weight: 6 }, fc.constantFrom('"team"', "'team'", 'Team', 'yes', '017')),
  guide: fc.oneof({ arbitrary: fc.constant('"1.0"'), weight: 6 }, fc.constantFrom('1.0', "'1.0'", '1')),
  questions: fc.array(question, { minLength: 1, maxLength: 4 }),
  eol: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'),
  header: fc.constantFrom('', '', '', '', '---\n', '# my bank\n', '%YAML 1.1\n---\n'),
  trailer: fc.constantFrom('', '', '', '', '...\n', '---\nid: second\n', '# end\n'),
});

function render(b: typeof bank extends fc.Arbitrary<infer T> ? T : never): string {
  const qs = b.questions.map((q, i) => {
    // Numbered, so no two choices read the same; the first is the correct one.
    const choices = q.choices.map((c, n) => `      - text: ${scalar(`${n + 1}) ${c.text}`, c.textStyle, '          ')}\n        correct: ${n === 0 ? q.correct : 'false'}\n` +
      (c.why !== null ? `        why: ${scalar(c.why, c.whyStyle, '          ')}\n` : '')).join('');
    return `  - id: q-${i}\n    topic: t\n    type: single\n    difficulty: ${q.difficulty}\n    stem: ${scalar(q.stem, q.stemStyle, '      ')}\n` +
      `    choices:\n${choices}` + (q.explanation !== null ? `    explanation: ${scalar(q.explanation, q.explanationStyle, '      ')}\n` : '') + q.terms + q.extra;
  }).join('');
  const body = `${b.header}id: ${b.id}\ntitle: Team bank\nexams:\n  - code: MLA-C01\n    guide: ${b.guide}\ntopics:\n  - id: t\n    title: T\n    summary: S.\n    domain: 1\nquestions:\n${qs}${b.trailer}`;
  return body.replace(/\n/g, b.eol);
}

describe('quick bank reading (js-yaml events) against the careful reader', () => {
  it('reads every shipped bank, glossary and exams file the quick way, exactly as the careful reader does', function () {
    this.timeout(120_000);
    for (const f of shipped) {
      for (const rules of ['bundled', 'personal'] as const) {
        const { quick } = same(f.path, f.text, rules);
        assert.ok(quickKept(f.text, quick), `${f.path} (${rules}) was not read the quick way`);
      }
    }
  });

  it('agrees on generated banks: YAML 1.1 words, numbers, dates, merge and duplicate keys, every scalar style, line endings, warnings and errors', function () {
    this.timeout(120_000);
    let kept = 0;
    let runs = 0;
    fc.assert(fc.property(bank, fc.constantFrom<BankRules>('personal', 'bundled'), (b, rules) => {
      const yaml = render(b);
      const { quick } = same('.sagemaker-study/team.bank.yaml', yaml, rules);
      runs++;
      if (quickKept(yaml, quick)) kept++;
    }), { numRuns: 600 });
    // Enough generated banks are sound to be kept from the quick read; the rest prove the fallback.
    assert.ok(kept > runs / 20 && kept < runs, `kept the quick read for ${kept} of ${runs}`);
  });

  it('agrees on a bank with lines deleted, doubled, re-indented or spliced with YAML punctuation', function () {
    this.timeout(120_000);
    const source = BANK.text.split('\n');
    const junk = fc.constantFrom(': ', '- ', '[', ']', '{', '}', '"', "'", '&a ', '*a', '!!str ', '|', '>', '#', '\t', '  ', '---', '...', '? ', '<<: ', 'yes', '0o7', '`x`', '**b**');
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('delete', 'duplicate', 'indent', 'outdent', 'insert'), col: fc.nat(), junk });
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
      const lines = [...source];
      for (const e of edits) {
        const i = e.at % lines.length;
        if (e.kind === 'delete') lines.splice(i, 1);
        else if (e.kind === 'duplicate') lines.splice(i, 0, lines[i]);
        else if (e.kind === 'indent') lines[i] = ` ${lines[i]}`;
        else if (e.kind === 'outdent') lines[i] = lines[i].replace(/^ /, '');
        else lines[i] = lines[i].slice(0, e.col % (lines[i].length + 1)) + e.junk + lines[i].slice(e.col % (lines[i].length + 1));
      }
      same('.sagemaker-study/edited.bank.yaml', lines.join('\n'), 'personal');
    }), { numRuns: 200 });
  });

  it('declines what the careful reader reports: tags, anchors, aliases, duplicate keys, directives, a second document, deep nesting, a BOM, keys over 1024 characters', () => {
    const base = 'id: team\ntitle: T\n';
    for (const text of [
      `${base}extra: !!str x\n`, `${base}a: &x 1\nb: *x\n`, `${base}title: again\n`, `%YAML 1.1\n---\n${base}`,
      `${base}---\nid: two\n`, `${base}deep: ${'['.repeat(40)}${']'.repeat(40)}\n`, `\ufeff${base}`, `${base}empty:\n`,
      `${base}${'k'.repeat(1100)}: x\n`, `${base}t: {"${'k'.repeat(1100)}": x}\n`,
    ]) {
      assert.equal(readYamlFast(text), undefined, JSON.stringify(text));
      same('x.yaml', text, 'personal');
    }
    assert.ok(readYamlFast(base));
  });

  it('bounds the yaml lexer tokens from js-yaml events, so the careful token cap is never what the quick way skips', () => {
    const texts = [...shipped.map((f) => f.text), ...fc.sample(bank, 200).map(render)];
    for (const t of texts) {
      let events: number;
      try {
        events = parseEvents(t.replace(/\r(?!\n)/g, '\n'), {}).length;
      } catch {
        continue;
      }
      const lines = t.split(/\r\n|\r|\n/).length;
      const tokens = [...new Lexer().lex(t.replace(/\r(?!\n)/g, '\n'))].length;
      assert.ok(tokens <= tokenBound(events, lines), `${tokens} tokens > bound ${tokenBound(events, lines)}`);
    }
  });
});

describe('plain texts without markdown-it', () => {
  it('gives the tree markdown-it gives whenever it takes a text', () => {
    const chars = fc.constantFrom(...'aZ9é 01.)-+=\n\n ,;:?\'"()/%$@#*_`[]!<>&\\|~\t'.split(''));
    const words = fc.array(fc.oneof(fc.lorem({ maxCount: 1 }), fc.constantFrom(' ', '\n', '1.', '2)', '- ', '+ ', '==', '--', '  ', '. ', '5', '(', '"', "'")), { maxLength: 12 }).map((a) => a.join(''));
    let taken = 0;
    fc.assert(fc.property(fc.oneof(fc.array(chars, { maxLength: 30 }).map((a) => a.join('')), words), (s) => {
      const tree = plainMarkdown(s);
      if (tree === undefined) return;
      taken++;
      assert.deepEqual(tree, markdownItTree(s), JSON.stringify(s));
    }), { numRuns: 20_000 });
    assert.ok(taken > 1_000, `took ${taken}`);
    assert.deepEqual(plainMarkdown('Amazon S3 in File mode\nand more\n'), [{ t: 'p', c: ['Amazon S3 in File mode and more'] }]);
    for (const s of ['- a', '1. a', '# a', 'a  \nb', '    code', 'a\n\nb', 'a\n===', '**b**', 'a `b`', '<b>', 'a &amp; b', 'a\\*']) assert.equal(plainMarkdown(s), undefined, s);
  });

  it('reads one-paragraph texts with inline Markdown from the inline rules alone, as the whole parser does', () => {
    // Inline and block markers at every place a line can hold them, among words, spaces and breaks.
    const pieces = fc.oneof(
      { arbitrary: fc.lorem({ maxCount: 2 }), weight: 4 },
      { arbitrary: fc.constantFrom(' ', '  ', '\n', '\n\n', '\n   ', '\t', '\r\n', '\0', '\u00a0', '  \n'), weight: 3 },
      { arbitrary: fc.constantFrom('**', '*', '_', '__', '`', '``', '~~', '[', ']', '(', ')', '](https://a.example/x)', '![', '<', '>', '&amp;', '&', '\\', '#', '-', '+', '=', '===', '---', '|', ':', '1.', '2)', '10.', '~~~', '```'), weight: 3 },
    );
    // Bold words and code spans as authors write them, so the direct reading is taken often.
    const styled = fc.tuple(fc.constantFrom('**', '`'), fc.lorem({ maxCount: 2 }), fc.constantFrom('', ' ', '.', '?', ',', ')', 'x', '*', '`'))
      .map(([mark, words, after]) => `${mark}${words}${mark}${after}`);
    let taken = 0;
    let direct = 0;
    const text = fc.array(fc.oneof({ arbitrary: pieces, weight: 3 }, { arbitrary: styled, weight: 1 }), { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (s) => {
      const tree = paragraphTree(s);
      if (tree === undefined) return;
      taken++;
      if (simpleInline(oneParagraph(s)!)) direct++;
      assert.deepEqual(tree, markdownItTree(s), JSON.stringify(s));
    }), { numRuns: 30_000 });
    assert.ok(taken > 3_000 && direct > 1_000, `took ${taken}, ${direct} read directly`);
    for (const s of ['Which keeps **training data** close\nto the `GPUs`?\n', 'a ` b ` c', 'a ` b` c', 'x **a**b', 'x a**b**', 'x **a **b', 'x `a``b`', 'x **a\nb** c', 'x `a*b` y', 'x **a**, **b**.', 'x (**a**)', 'x **a**']) {
      const tree = paragraphTree(s);
      assert.ok(tree, JSON.stringify(s));
      assert.deepEqual(tree, markdownItTree(s), JSON.stringify(s));
    }
    for (const s of ['- a', 'a\n- b', 'a\n  1. b', '# a', 'a\n===', 'a\n\nb', ' a', 'a ', '    code', 'a\n> b', '[a]: https://x.example', 'a\n| b', 'a\tb', 'a\r\nb', '```\nx\n```']) {
      assert.equal(oneParagraph(s), undefined, JSON.stringify(s));
    }
  });
});
