// The banks that ship: they load with no errors and no warnings, and meet the coverage the exams need.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCatalog } from '../../src/core/bank/compile';
import { formatDiagnostic } from '../../src/core/diagnostics';

const dir = join(__dirname, '..', '..', 'questions');
const sources = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `questions/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
const { catalog, diagnostics } = compileCatalog(sources);

describe('shipped question banks', () => {
  it('load with zero errors and zero warnings', () => {
    assert.deepEqual(diagnostics.map(formatDiagnostic), []);
  });

  it('have at least 260 MLA-C01 and 120 AIF-C01 questions, spread over every domain', () => {
    const topicExam = new Map(catalog.topics.map((t) => [t.id, t]));
    const count = (exam: string, domain?: number) => catalog.questions.filter((q) => {
      const t = topicExam.get(q.topic)!;
      return t.exam === exam && (domain === undefined || t.domain === domain);
    }).length;
    assert.ok(count('MLA-C01') >= 260, `MLA-C01 has ${count('MLA-C01')}`);
    assert.ok(count('AIF-C01') >= 120, `AIF-C01 has ${count('AIF-C01')}`);
    for (const d of [1, 2, 3, 4]) assert.ok(count('MLA-C01', d) >= 55, `MLA-C01 domain ${d} has ${count('MLA-C01', d)}`);
    for (const d of [1, 2, 3, 4, 5]) assert.ok(count('AIF-C01', d) >= 9, `AIF-C01 domain ${d} has ${count('AIF-C01', d)}`);
  });

  it('use every question type, with case studies of 2 to 4 questions', () => {
    const byType = (t: string) => catalog.questions.filter((q) => q.type === t).length;
    assert.ok(byType('multiple') >= 25, `multiple: ${byType('multiple')}`);
    assert.ok(byType('ordering') >= 12, `ordering: ${byType('ordering')}`);
    assert.ok(byType('matching') >= 12, `matching: ${byType('matching')}`);
    assert.ok(byType('flashcard') >= 1);
    assert.ok(catalog.cases.length >= 4, `cases: ${catalog.cases.length}`);
  });

  it('have a glossary of at least 180 terms with every term a question names', () => {
    assert.ok(catalog.terms.length >= 180, `terms: ${catalog.terms.length}`);
    const ids = new Set(catalog.terms.map((t) => t.id));
    for (const q of catalog.questions) for (const t of q.terms) assert.ok(ids.has(t), `${q.id} names ${t}`);
  });
});
