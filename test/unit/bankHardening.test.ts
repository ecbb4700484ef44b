// Regression tests for the bank side of issue 13 ("hostile banks must never crash, hang or lose
// progress"), one per finding, at the lowest level that sees it. The generated cases are in
// test/hostile/.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileCatalog, type CompileResult, type SourceFile } from '../../src/core/bank/compile';
import { parseFile } from '../../src/core/bank/parseFile';
import { MAX_FILE_CHARS } from '../../src/core/bank/yamlSource';
import { CatalogIndex } from '../../src/core/catalog/catalogIndex';
import { closest, editDistance } from '../../src/core/diagnostics';
import { cpuTimedWithin } from '../support/cpuTime';
import { BANK, EXAMS, GLOSSARY } from './fixtures';

const PROTO = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
// The fixture bank's header under ids of its own, so it loads beside the fixture bank.
const head = BANK.text.split('cases:\n')[0].replace('id: mla-test', 'id: mla-x').replace('id: t-deploy', 'id: x-deploy') + 'questions:\n';
const flashcard = (id: string, extra = '') =>
  `  - id: ${id}\n    topic: x-deploy\n    type: flashcard\n    difficulty: 1\n    stem: S\n    answer: A\n    explanation: E\n    links: [https://docs.aws.amazon.com/x]\n${extra}`;
/** Lines of the first question written after the header. */
const ID_LINE = head.split('\n').length;
const STEM_LINE = ID_LINE + 4;
const withBank = (text: string, path = 'questions/mla-x.yaml'): CompileResult => compileCatalog([EXAMS, GLOSSARY, BANK, { path, text }]);
const errorsIn = (r: CompileResult, file: string) => r.diagnostics.filter((d) => d.file === file && d.severity === 'error');
const at = (r: CompileResult, file: string) => errorsIn(r, file).map((d) => `${d.line}:${d.column} ${d.message}`);

/** Loads within a second of CPU time a file (the goal of finding 8). */
function withinASecond<T>(fn: () => T, files = 1): T {
  const { result, cpuMs } = cpuTimedWithin(fn, 1_000 * files);
  assert.ok(cpuMs <= 1_000 * files, `took ${cpuMs.toFixed(0)} ms of CPU`);
  return result;
}

describe('hostile banks (issue 13)', () => {
  describe('finding 1: keys named like Object.prototype members', () => {
    const files: [string, SourceFile, string][] = [
      ['bank root', BANK, 'title: Test bank'],
      ['question', BANK, '    stem: Which hosts'],
      ['choice', BANK, '        why: It serves requests.'],
      ['glossary term', GLOSSARY, '    tip: Know fit'],
      ['glossary root', GLOSSARY, 'terms:'],
      ['exam domain', EXAMS, '        weight: 28'],
      ['exams root', EXAMS, 'exams:'],
    ];
    for (const name of PROTO) {
      it(`a field named ${name} is an unknown field where it stands, in every kind of file`, () => {
        for (const [where, file, before] of files) {
          const lines = file.text.split('\n');
          const index = lines.findIndex((l) => l.startsWith(before));
          const indent = lines[index].length - lines[index].trimStart().length;
          lines.splice(index, 0, `${' '.repeat(indent)}${name}: x`);
          const hostile = { path: `questions/zz-${where.replace(' ', '-')}.yaml`, text: lines.join('\n').replace(/MLA-C01/g, 'ZZ-MLA').replace(/AIF-C01/g, 'ZZ-AIF') };
          const r = compileCatalog([EXAMS, GLOSSARY, BANK, hostile]);
          assert.ok(at(r, hostile.path).some((m) => m.startsWith(`${index + 1}:${indent + 1} `) && m.includes(`unknown field '${name}'`)), `${where}: ${at(r, hostile.path).join(' | ')}`);
          // The other files still load.
          assert.equal(r.catalog.questions.filter((q) => q.topic === 't-deploy').length, 5, where);
          assert.equal(r.catalog.terms.length >= 6, true, where);
        }
      });
    }
  });

  describe('finding 2 (bank side): ids named constructor', () => {
    it('load as ordinary ids, and the catalog index finds only its own entries', () => {
      const text = head.replace('id: x-deploy', 'id: constructor') +
        flashcard('constructor').replace('topic: x-deploy', 'topic: constructor') + flashcard('prototype').replace('topic: x-deploy', 'topic: constructor');
      const glossary = GLOSSARY.text.replace('- id: p4d', '- id: constructor');
      const r = compileCatalog([EXAMS, { path: 'glossary-test.yaml', text: glossary }, { path: 'questions/mla-proto.yaml', text: text.replace('id: mla-x', 'id: constructor') }]);
      assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
      const index = new CatalogIndex(r.catalog);
      assert.equal(index.question('constructor')?.id, 'constructor');
      assert.equal(index.topic('constructor')?.id, 'constructor');
      assert.equal(index.term('constructor')?.id, 'constructor');
      assert.equal(index.question('term:constructor')?.id, 'term:constructor');
      assert.deepEqual(index.questionsOfTopic('constructor').map((q) => q.id), ['constructor', 'prototype']);
      for (const name of ['toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
        assert.equal(index.question(name), undefined, name);
        assert.equal(index.topic(name), undefined, name);
        assert.equal(index.term(name), undefined, name);
        assert.deepEqual(index.questionsOfTopic(name), [], name);
        assert.deepEqual(index.questionsAboutTerm(name), [], name);
      }
    });
  });

  describe('finding 8: linear time, size caps with a position', () => {
    it('4,000 keys, each written twice, are reported at their second place within a second; 100,000 keys are refused', () => {
      const keys = Array.from({ length: 4_000 }, (_, i) => `k${i}: 1`);
      const text = `${keys.join('\n')}\n${keys.join('\n')}\n`;
      const r = withinASecond(() => parseFile('dup.yaml', text));
      assert.equal(r.diagnostics[0].message, "the key 'k0' appears twice in this mapping");
      assert.deepEqual([r.diagnostics[0].line, r.diagnostics[0].column], [4_001, 1]);
      assert.equal(r.diagnostics[r.diagnostics.length - 1].message, '3800 more problems in this file not shown');
      const many = withinASecond(() => parseFile('dup.yaml', Array.from({ length: 40_000 }, (_, i) => `k${i % 10}: 1\n`).join('')));
      assert.deepEqual(many.diagnostics.map((d) => d.message), ['the file holds more than 250,000 YAML tokens (keys, values, indicators); split it into several files']);
      assert.ok(many.diagnostics[0].line > 35_000 && many.diagnostics[0].line < 36_500, String(many.diagnostics[0].line));
    });

    it('800 unknown references among 800 long ids get their messages within a second', () => {
      const terms = Array.from({ length: 800 }, (_, i) => `  - id: term-${'x'.repeat(40)}-${i}\n    name: N${i}\n    category: ml-concept\n    definition: d\n    tip: t\n    link: https://docs.aws.amazon.com/x\n`);
      const questions = Array.from({ length: 800 }, (_, i) => flashcard(`q${i}`, `    terms: [term-${'x'.repeat(39)}y-${i}]\n`));
      // Two files of 400 questions: one of 800 would pass the cap of 60,000 YAML tokens.
      const files = [
        { path: 'questions/mla-x.yaml', text: head + questions.slice(0, 400).join('') },
        { path: 'questions/mla-y.yaml', text: head.replace('mla-x', 'mla-y').replace('x-deploy', 'y-deploy') + questions.slice(400).join('').replace(/x-deploy/g, 'y-deploy') },
      ];
      // Three files near the token cap: a second each (the suggestions took 25 s before).
      const r = withinASecond(() => compileCatalog([EXAMS, { path: 'g.yaml', text: `terms:\n${terms.join('')}` }, ...files]), 3);
      assert.deepEqual(r.diagnostics.filter((d) => d.file === 'g.yaml'), []);
      const refs = r.diagnostics.filter((d) => d.severity === 'error' && /is not in the glossary/.test(d.message));
      assert.equal(refs.length, 800);
      assert.match(refs[0].message, /did you mean 'term-x+-0'\?/);
    });

    it('a 5,000-deep `- - - … x` line is an error where the 65th level opens', () => {
      const r = withinASecond(() => parseFile('deep.yaml', `${'- '.repeat(5_000)}x\n`));
      assert.deepEqual(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`), ['1:129 collections nest more than 64 levels deep here']);
      const flow = parseFile('deep.yaml', `a: ${'['.repeat(90_000)}${']'.repeat(90_000)}`);
      assert.deepEqual(flow.diagnostics.map((d) => `${d.line}:${d.column}`), ['1:67']);
    });

    it('a 10 MB id or stem is refused where the file passes its size cap; long ones under it by the field caps; busy Markdown by its budget', () => {
      const huge = withinASecond(() => withBank(head + flashcard(`a${'-a'.repeat(5_000_000)}`)));
      const beforeCap = (head + flashcard(`a${'-a'.repeat(5_000_000)}`)).slice(0, MAX_FILE_CHARS).split('\n');
      assert.deepEqual(at(huge, 'questions/mla-x.yaml'), [`${beforeCap.length}:${beforeCap[beforeCap.length - 1].length + 1} the file holds 10,000,321 characters; a bank, glossary or exams file may hold at most 1,000,000 (split it into several files)`]);
      const longId = withinASecond(() => withBank(head + flashcard(`a${'-a'.repeat(100_000)}`)));
      assert.match(at(longId, 'questions/mla-x.yaml')[0], new RegExp(`^${ID_LINE}:9 question 'a-a-a.*: 'id' holds 200,001 characters; the most it may hold is 100$`));
      const stem = withinASecond(() => withBank(head + flashcard('q1').replace('stem: S', `stem: ${JSON.stringify('![a'.repeat(40_000))}`)));
      assert.match(at(stem, 'questions/mla-x.yaml')[0], new RegExp(`^${STEM_LINE}:11 question q1: 'stem' holds 120,000 characters; the most it may hold is 5,000$`));
      const busy = Array.from({ length: 10 }, (_, i) => flashcard(`q${i}`).replace('stem: S', `stem: ${JSON.stringify('![a'.repeat(1_600))}`)).join('');
      const marks = withinASecond(() => withBank(head + busy));
      assert.match(at(marks, 'questions/mla-x.yaml')[0], /question q6: 'stem': the file's Markdown holds more than 20,000 marks/);
      // The good banks beside them load.
      for (const r of [huge, longId, stem, marks]) assert.equal(r.catalog.questions.filter((q) => q.topic === 't-deploy').length, 5);
    });

    it('the banded edit distance agrees with the full one, and suggestions keep the first closest id', () => {
      const full = (a: string, b: string) => {
        const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
        for (let j = 1; j <= b.length; j++) d[0][j] = j;
        for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        return d[a.length][b.length];
      };
      const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 12 });
      fc.assert(fc.property(word, word, fc.nat({ max: 6 }), (a, b, limit) => {
        const d = full(a, b);
        assert.equal(editDistance(a, b, limit), d <= limit ? d : limit + 1);
        assert.equal(editDistance(a, b), d);
      }), { numRuns: 2_000 });
      assert.equal(closest('endpont', ['endpoints', 'endpoint', 'endpoint-x']), 'endpoint');
      assert.equal(closest('abcd', ['abce', 'abcf']), 'abce');
      assert.equal(closest('x'.repeat(200), ['x'.repeat(199)]), undefined);
    });
  });

  describe('finding 13: tags, control characters, line endings', () => {
    it('the tags !!js/function and !custom are errors at the tagged value; !!str is plain YAML', () => {
      for (const [tag, shown] of [['!!js/function', '!!js/function'], ['!custom', '!custom'], ['!<tag:example.com,2000:x>', 'tag:example.com,2000:x']]) {
        const r = withBank(head + flashcard('q1').replace('stem: S', `stem: ${tag} S`));
        assert.deepEqual(at(r, 'questions/mla-x.yaml'), [`${STEM_LINE}:${12 + tag.length} the tag '${shown}' is not supported in bank files; remove it`], tag);
      }
      assert.deepEqual(at(withBank(head + flashcard('q1').replace('stem: S', 'stem: !!str S')), 'questions/mla-x.yaml'), []);
    });

    it('a NUL character is an error at its line and column; escaped in a value, it is removed with a warning', () => {
      const raw = withBank(head + flashcard('q1').replace('stem: S', 'stem: S\u0000x'));
      assert.deepEqual(at(raw, 'questions/mla-x.yaml'), [`${STEM_LINE}:12 the control character U+0000 is not allowed in a YAML file`]);
      const escaped = withBank(head + flashcard('q1').replace('stem: S', 'stem: "S\\0x"'));
      // Escaped in a value (importers copy them from CSV), it is removed with a warning; the question loads.
      const warned = escaped.diagnostics.filter((d) => d.file === 'questions/mla-x.yaml' && d.severity === 'warning').map((d) => `${d.line}:${d.column} ${d.message}`);
      assert.ok(warned.some((m) => m.startsWith(`${STEM_LINE}:11 question q1: 'stem' holds a control character`)), warned.join(' | '));
      assert.ok(escaped.catalog.questions.some((q) => q.id === 'q1' && JSON.stringify(q.stem) === '[{"t":"p","c":["Sx"]}]'));
    });

    it('a file with lone CR line breaks loads as the LF file does, with errors on the right lines', () => {
      const lf = compileCatalog([EXAMS, GLOSSARY, BANK]);
      const cr = compileCatalog([EXAMS, GLOSSARY, { ...BANK, text: BANK.text.replace(/\n/g, '\r') }]);
      assert.deepEqual(cr.catalog, lf.catalog);
      assert.deepEqual(cr.diagnostics, []);
      const typo = compileCatalog([EXAMS, GLOSSARY, { ...BANK, text: BANK.text.replace('explanation: Endpoints serve.', 'explanaton: Endpoints serve.').replace(/\n/g, '\r') }]);
      assert.ok(at(typo, BANK.path).includes("29:5 question q-single: unknown field 'explanaton' (did you mean 'explanation'?)"), at(typo, BANK.path).join(' | '));
    });

    it('an alias is an error at the alias, and an alias bomb costs nothing', () => {
      const bomb = ['l0: &l0 "lol"', ...Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`)].join('\n');
      const r = withinASecond(() => withBank(`${bomb}\n${head.slice(head.indexOf('title:'))}`));
      assert.match(at(r, 'questions/mla-x.yaml')[0], /^2:10 aliases such as '\*l0' are not supported in bank files/);
    });
  });
});
