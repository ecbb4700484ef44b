// One test per kind of bank error: the message a bank author reads, at the line and column they wrote.
import * as assert from 'node:assert/strict';
import { compileCatalog, type SourceFile } from '../../src/core/bank/compile';
import { formatDiagnostic } from '../../src/core/diagnostics';
import { BANK, EXAMS, GLOSSARY } from './fixtures';

/** Compiles the fixture bank with one edit and returns the formatted diagnostics. */
function diagnosticsAfter(edit: (text: string) => string, extra: SourceFile[] = []): string[] {
  const bank = { ...BANK, text: edit(BANK.text) };
  assert.notEqual(bank.text, BANK.text, 'the edit changed the bank');
  return compileCatalog([EXAMS, GLOSSARY, bank, ...extra]).diagnostics.map(formatDiagnostic);
}

describe('bank validator', () => {
  it('accepts the fixture bank with no diagnostics', () => {
    assert.deepEqual(compileCatalog([EXAMS, GLOSSARY, BANK]).diagnostics, []);
  });

  it('reports an unknown field with a suggestion', () => {
    const d = diagnosticsAfter((t) => t.replace('    explanation: Endpoints serve.', '    explanaton: Endpoints serve.'));
    assert.ok(d.includes("questions/mla-test.yaml:29:5: error: question q-single: unknown field 'explanaton' (did you mean 'explanation'?)"), d.join('\n'));
  });

  it('reports a field that belongs to another question type', () => {
    const d = diagnosticsAfter((t) => t.replace('    type: single\n    difficulty: 1', '    type: single\n    select: 1\n    difficulty: 1'));
    assert.ok(d.includes("questions/mla-test.yaml:19:5: error: question q-single: unknown field 'select' ('select' belongs to multiple questions, not single)"), d.join('\n'));
  });

  it('reports a duplicate question id across banks, naming the first', () => {
    const other: SourceFile = { path: 'questions/mla-other.yaml', text: BANK.text.replace('id: mla-test', 'id: mla-other').replace(/id: t-deploy/, 'id: t-other').replace(/topic: t-deploy/g, 'topic: t-other').replace('id: case-a', 'id: case-b').replace(/case: case-a/g, 'case: case-b') };
    const d = compileCatalog([EXAMS, GLOSSARY, BANK, other]).diagnostics.map(formatDiagnostic);
    assert.ok(d.includes("questions/mla-other.yaml:16:9: error: duplicate question id 'q-single' (first defined at questions/mla-test.yaml:16:9)"), d.join('\n'));
  });

  it('reports a single-choice question with no correct choice', () => {
    const d = diagnosticsAfter((t) => t.replace('      - text: An endpoint\n        correct: true\n', '      - text: An endpoint\n'));
    assert.ok(d.includes('questions/mla-test.yaml:22:7: error: question q-single: no choice is marked correct'), d.join('\n'));
  });

  it('reports select: 2 with three correct choices', () => {
    const d = diagnosticsAfter((t) => t.replace('      - { text: B, why: b }', '      - { text: B, correct: true, why: b }'));
    assert.ok(d.includes('questions/mla-test.yaml:35:13: error: question q-multi: select: 2 but 3 choices are marked correct'), d.join('\n'));
  });

  it('reports an ordering with one item', () => {
    const d = diagnosticsAfter((t) => t.replace('      - { text: Create endpoint config, why: second }\n      - { text: Create endpoint, why: third }\n', ''));
    assert.ok(d.includes("questions/mla-test.yaml:53:7: error: question q-order: 'steps' needs at least 3 items"), d.join('\n'));
  });

  it('reports a missing glossary reference with a suggestion', () => {
    const d = diagnosticsAfter((t) => t.replace('    terms: [endpoint]', '    terms: [endpont]'));
    assert.ok(d.includes("questions/mla-test.yaml:30:12: error: question q-single: glossary term 'endpont' is not in the glossary (did you mean 'endpoint'?)"), d.join('\n'));
  });

  it('reports a link that is not https', () => {
    const d = diagnosticsAfter((t) => t.replace('    links: [https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints.html]', '    links: [http://docs.aws.amazon.com/x]'));
    assert.ok(d.includes("questions/mla-test.yaml:31:13: error: question q-single: 'links' 'http://docs.aws.amazon.com/x' is not an https link"), d.join('\n'));
  });

  it('reports an empty explanation', () => {
    const d = diagnosticsAfter((t) => t.replace('    explanation: Endpoints serve.', '    explanation: ""'));
    assert.ok(d.includes("questions/mla-test.yaml:29:18: error: question q-single: 'explanation' is empty"), d.join('\n'));
  });

  it('reports a topic that does not exist', () => {
    const d = diagnosticsAfter((t) => t.replace('    topic: t-deploy\n    type: single', '    topic: t-deplo\n    type: single'));
    assert.ok(d.includes("questions/mla-test.yaml:17:12: error: question q-single: topic 't-deplo' does not exist (did you mean 't-deploy'?)"), d.join('\n'));
  });

  it('reports a domain the exam does not have', () => {
    const d = diagnosticsAfter((t) => t.replace('    domain: 3', '    domain: 6'));
    assert.ok(d.includes('questions/mla-test.yaml:10:13: error: topic t-deploy: MLA-C01 has no domain 6 (it has 1, 2, 3, 4)'), d.join('\n'));
  });

  it('reports a case study with one question', () => {
    const d = diagnosticsAfter((t) => t.replace('    case: case-a\n    stem: Order the steps.', '    stem: Order the steps.'));
    assert.ok(d.includes('questions/mla-test.yaml:12:5: error: case case-a has 1 question; a case study has 2 to 4'), d.join('\n'));
  });

  it('reports YAML syntax errors with their position, and still loads the other banks', () => {
    const broken: SourceFile = { path: 'questions/mla-broken.yaml', text: 'id: broken\ntitle: [unclosed\nquestions: []\n' };
    const { diagnostics, catalog } = compileCatalog([EXAMS, GLOSSARY, BANK, broken]);
    const d = diagnostics.map(formatDiagnostic);
    assert.ok(d.some((x) => x.startsWith('questions/mla-broken.yaml:3:')), d.join('\n'));
    assert.equal(catalog.questions.length, 5);
  });

  it('drops only the broken question of a bank', () => {
    const bank = { ...BANK, text: BANK.text.replace('    explanation: Endpoints serve.', '    explanation: ""') };
    const { catalog } = compileCatalog([EXAMS, GLOSSARY, bank]);
    assert.deepEqual(catalog.questions.map((q) => q.id), ['q-multi', 'q-order', 'q-match', 'q-card']);
  });

  it('reports a glossary code name claimed by two terms', () => {
    const glossary = { ...GLOSSARY, text: GLOSSARY.text.replace('    code: [FeatureGroup]', '    code: [FeatureGroup, Estimator]') };
    const d = compileCatalog([EXAMS, glossary, BANK]).diagnostics.map(formatDiagnostic);
    assert.ok(d.some((x) => x.includes("error: code name 'Estimator' already belongs to term estimator")), d.join('\n'));
  });

  it('warns about raw HTML outside code, not inside it', () => {
    const d = diagnosticsAfter((t) => t.replace('    stem: Which hosts a model for real-time inference?', '    stem: Which hosts <b>a model</b> at `/opt/ml/<channel>`?'));
    assert.ok(d.includes("questions/mla-test.yaml:20:11: warning: question q-single: 'stem' contains raw HTML, which is shown as text"), d.join('\n'));
    assert.equal(d.length, 1);
  });
});
