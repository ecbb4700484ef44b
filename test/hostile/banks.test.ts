// Hostile bank, glossary and exams files, generated with fast-check. Whatever a file holds, the
// loader never throws, gives every malformed file an error at a line and column inside it (at the
// exact place where the attack says), still loads every other file, leaves Object.prototype alone
// and stays within a second of CPU time.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileCatalog, type CompileResult } from '../../src/core/bank/compile';
import { CatalogIndex } from '../../src/core/catalog/catalogIndex';
import { MAX_DIAGNOSTICS_PER_FILE } from '../../src/core/bank/fieldRules';
import { cpuTimedWithin } from '../support/cpuTime';
import {
  aliases, byteOrderMarks, controlChars, deepNesting, duplicateKeys, GOOD_BANK, hugeScalar, lineEnding, protoKey, protoValue,
  tags, TARGETS, withLineEnding, type Attack, type Target,
} from './bankAttacks';

/** CPU time any one file may take to load, with the others. */
const BUDGET_MS = 1_000;
/** SAGEMAKER_STUDY_FUZZ_FACTOR=20 runs twenty times as many cases, for a longer hunt. */
const FACTOR = Math.max(1, Number(process.env.SAGEMAKER_STUDY_FUZZ_FACTOR) || 1);

const stats = { cases: 0, malformed: 0, slowestMs: 0, slowest: '', totalMs: 0 };
const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const prototypeBefore = prototypeNames();

function compileAlone(t: Target): CompileResult {
  return compileCatalog([...t.others, { path: t.path, text: t.base }]);
}
const baseResults = new Map(TARGETS.map((t) => [t.kind, compileAlone(t)]));

/** The text's lines as the loader and an editor count them (CRLF, CR and LF each end a line). */
const linesOf = (text: string) => text.split(/\r\n|\r|\n/);

function check(t: Target, attack: Attack, ending: Parameters<typeof withLineEnding>[1], seed: number): void {
  const text = withLineEnding(attack.text, ending, seed);
  const what = `${t.kind} ${attack.name} (${JSON.stringify(ending)})`;
  const { result, cpuMs } = cpuTimedWithin(() => compileCatalog([...t.others, { path: t.path, text }]), BUDGET_MS);
  stats.cases++;
  stats.totalMs += cpuMs;
  if (cpuMs > stats.slowestMs) Object.assign(stats, { slowestMs: cpuMs, slowest: what });
  assert.ok(cpuMs <= BUDGET_MS, `${what}: took ${cpuMs.toFixed(0)} ms of CPU`);
  assert.equal(prototypeNames(), prototypeBefore, `${what}: Object.prototype changed`);

  // Every diagnostic points inside its file and says something short.
  const lines = linesOf(text);
  const mine = result.diagnostics.filter((d) => d.file === t.path);
  for (const d of mine) {
    assert.ok(d.line >= 1 && d.line <= lines.length, `${what}: line ${d.line} of ${lines.length}: ${d.message}`);
    assert.ok(d.column >= 1 && d.column <= lines[d.line - 1].length + 1, `${what}: column ${d.column} on line ${d.line}: ${d.message}`);
    assert.ok(d.message.length > 0 && d.message.length <= 1_000, `${what}: message of ${d.message.length} characters`);
    assert.doesNotMatch(d.message, /internal error|[\r\n]/, `${what}: ${JSON.stringify(d.message)}`);
  }
  assert.ok(mine.length <= MAX_DIAGNOSTICS_PER_FILE + 1, `${what}: ${mine.length} diagnostics`);

  // The other files load as if the hostile one were not there.
  const others = result.diagnostics.filter((d) => d.file !== t.path);
  assert.deepEqual(others, [], `${what}: problems reported in the good files`);
  const ids = new Set(result.catalog.questions.map((q) => q.id));
  for (const id of ['good-q1', 'good-q2']) assert.ok(ids.has(id), `${what}: ${GOOD_BANK.path} lost ${id}`);
  new CatalogIndex(result.catalog);

  const errors = mine.filter((d) => d.severity === 'error');
  if (attack.malformed) {
    stats.malformed++;
    assert.ok(errors.length > 0, `${what}: no error for a malformed file`);
  }
  if (attack.at) {
    const { line, column, message } = attack.at;
    const hit = (attack.at.anySeverity ? mine : errors).some((d) => (line === undefined || d.line === line) && (column === undefined || d.column === column) && (!message || message.test(d.message)));
    assert.ok(hit, `${what}: expected an error at ${line ?? '?'}:${column ?? '?'} ${message ?? ''}; got ${errors.slice(0, 5).map((d) => `${d.line}:${d.column} ${d.message}`).join(' | ')}`);
  }
  if (attack.sameAsBase) {
    const base = baseResults.get(t.kind)!;
    assert.deepEqual(result.catalog, base.catalog, `${what}: loads differently from the untouched file`);
    assert.deepEqual(mine, base.diagnostics.filter((d) => d.file === t.path), what);
  }
}

type Family = [name: string, make: (t: Target) => fc.Arbitrary<Attack>, runs: number];

const FAMILIES: Family[] = [
  ['keys named like Object.prototype members, in every mapping', protoKey, 150],
  ['prototype names as ids, references and texts', protoValue, 100],
  ['anchors, aliases and alias bombs', aliases, 60],
  ['nesting from 2 to 30,000 levels, five shapes', deepNesting, 40],
  ['scalars and keys of up to 2 million characters', hugeScalar, 30],
  ['duplicate keys, once or by the thousand', duplicateKeys, 60],
  ['tags, core and unknown', tags, 80],
  ['control characters, raw and escaped', controlChars, 80],
  ['byte-order marks', byteOrderMarks, 20],
];

describe('hostile bank, glossary and exams files (fast-check)', () => {
  before(() => {
    for (const t of TARGETS) {
      const base = baseResults.get(t.kind)!;
      assert.deepEqual(base.diagnostics.filter((d) => d.severity === 'error'), [], `${t.kind}: the untouched file has errors`);
    }
  });

  for (const [name, make, runs] of FAMILIES) {
    it(`${name}: never a throw, an error where it stands, the other files load`, function () {
      this.timeout(120_000 * FACTOR);
      // Counterexamples print as their names, not as megabytes of text.
      const named = <T extends object>(value: T, name: string) => Object.assign(value, { [fc.toStringMethod]: () => name });
      const target = fc.constantFrom(...TARGETS).chain((t) => fc.tuple(fc.constant(named(t, t.kind)), make(t).map((a) => named(a, a.name))));
      fc.assert(fc.property(target, lineEnding, fc.nat(), ([t, attack], ending, seed) => check(t, attack, ending, seed)), { numRuns: runs * FACTOR });
    });
  }

  it('any line ending, and a leading BOM, loads exactly as LF does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TARGETS), lineEnding, fc.boolean(), fc.nat(), (t, ending, bom, seed) =>
        check(t, { name: bom ? 'BOM and line endings' : 'line endings', text: `${bom ? '\ufeff' : ''}${t.base}`, malformed: false, sameAsBase: true }, ending, seed)),
      { numRuns: 40 * FACTOR },
    );
  });

  after(() => {
    console.log(`      ${stats.cases} bank cases (${stats.malformed} malformed), ${(stats.totalMs / 1000).toFixed(1)} s of CPU; slowest ${stats.slowestMs.toFixed(0)} ms: ${stats.slowest}`);
  });
});
