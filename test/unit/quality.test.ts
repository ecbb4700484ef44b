// Item-writing checks: each one fires on a question written the way the audit found, and stays quiet
// on one written well. All findings are warnings at the line and column of the field they concern.
import * as assert from 'node:assert/strict';
import { compileCatalog, type SourceFile } from '../../src/core/bank/compile';
import { checkBankSources } from '../../src/core/bank/checkBanks';
import { checkQuality, figuresTable, qualityFigures } from '../../src/core/bank/quality';
import type { Item } from '../../src/core/bank/quality/items';
import { findNearDuplicates } from '../../src/core/bank/quality/nearDuplicates';
import { formatDiagnostic } from '../../src/core/diagnostics';
import { EXAMS, GLOSSARY } from './fixtures';

interface Q {
  id: string;
  stem?: string;
  choices?: [string, boolean][];
  type?: 'single' | 'multiple';
  topic?: string;
}

const choiceYaml = (choices: [string, boolean][]) =>
  choices.map(([text, correct]) => `      - text: "${text}"\n${correct ? '        correct: true\n' : ''}        why: Because.\n`).join('');

function questionYaml(q: Q): string {
  const type = q.type ?? 'single';
  const choices = q.choices ?? [['Amazon SageMaker Model Monitor', true], ['Amazon CloudWatch Logs Insights', false], ['AWS CloudTrail Lake queries', false]];
  return `  - id: ${q.id}
    topic: ${q.topic ?? 'd1'}
    type: ${type}
${type === 'multiple' ? `    select: ${choices.filter(([, c]) => c).length}\n` : ''}    difficulty: 2
    stem: "${q.stem ?? 'A team watches a deployed model for drift in production. Which service should it use?'}"
    choices:
${choiceYaml(choices)}    explanation: Explained.
    links: [https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor.html]
`;
}

/** A bank with one topic per AIF-C01 domain, and the given questions. */
function bank(questions: Q[]): SourceFile {
  const topics = [1, 2, 3, 4, 5].map((d) => `  - { id: d${d}, title: Domain ${d}, summary: S., domain: ${d} }`).join('\n');
  return {
    path: 'questions/aif-test.yaml',
    text: `id: aif-test\ntitle: Test\nexams:\n  - { code: AIF-C01, guide: "1.0" }\ntopics:\n${topics}\nquestions:\n${questions.map(questionYaml).join('')}`,
  };
}

function warnings(questions: Q[]): string[] {
  const result = compileCatalog([EXAMS, GLOSSARY, bank(questions)]);
  assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic), [], 'the test bank loads');
  const found = checkQuality(result);
  assert.ok(found.every((d) => d.severity === 'warning'), 'item-writing findings are warnings');
  return found.map(formatDiagnostic);
}

const has = (list: string[], pattern: RegExp) => assert.ok(list.some((d) => pattern.test(d)), list.join('\n'));
const hasNot = (list: string[], pattern: RegExp) => assert.ok(!list.some((d) => pattern.test(d)), list.join('\n'));

describe('item-writing checks', () => {
  it('stays quiet on a well-written question', () => {
    assert.deepEqual(warnings([{ id: 'q1' }]), []);
  });

  describe('a key that is the longest option by a wide margin', () => {
    it('fires on a single-choice key twice as long as any distractor, at its choices', () => {
      const w = warnings([{ id: 'q1', choices: [['Run SageMaker Model Monitor on a schedule against a captured baseline', true], ['Use CloudTrail', false], ['Use Amazon Macie', false]] }]);
      has(w, /^questions\/aif-test\.yaml:\d+:7: warning: question q1: the correct option is the longest by a wide margin \(69 vs 16 characters\)/);
    });

    it('does not fire when the options are of similar length', () => {
      hasNot(warnings([{ id: 'q1' }]), /longest by a wide margin/);
    });

    it('fires on the opposite cue, a key much shorter than padded distractors', () => {
      const w = warnings([{ id: 'q1', choices: [['Model Monitor', true], ['Amazon CloudWatch Logs Insights queries over the endpoint logs', false], ['AWS CloudTrail Lake queries over the management events', false]] }]);
      has(w, /question q1: the correct option is the shortest by a wide margin \(13 vs 54 characters\)/);
    });

    it('fires on multiple-response keys that are all much longer than the distractors', () => {
      const w = warnings([{ id: 'q1', type: 'multiple', stem: 'Which two actions reduce drift? (Select TWO.)', choices: [['Retrain the model on recent labelled data every month', true], ['Compare live traffic with a training baseline', true], ['Add GPUs', false], ['Use Macie', false]] }]);
      has(w, /question q1: the correct options are the longest by a wide margin/);
    });
  });

  describe('a bank-wide length cue', () => {
    const longKeys = (n: number): Q[] => Array.from({ length: n }, (_, i) => ({
      id: `m${i}`, type: 'multiple', stem: 'Which two apply? (Select TWO.)',
      choices: [[`A longer correct option number ${i} here`, true], [`Another longer correct option ${i} here`, true], [`Short wrong ${i}`, false], [`Brief wrong ${i}`, false], [`Terse wrong ${i}`, false]],
    }));
    it('fires at the bank id when the N longest options are correct far above chance', () => {
      has(warnings(longKeys(5)), /^questions\/aif-test\.yaml:1:1: warning: multiple-response length cue: the 5 questions' longest options are correct 100\.0% of the time \(chance 40\.0%\); picking the longest scores full marks on 5/);
    });

    it('does not fire when the longest options are as often wrong as chance says', () => {
      const balanced = longKeys(5).map((q) => ({ ...q, choices: q.choices!.map(([t, c]): [string, boolean] => [c ? t.slice(0, 14) : `${t} padded out to the same length`, c]) }));
      hasNot(warnings(balanced), /length cue/);
    });
  });

  describe('near-duplicate questions', () => {
    const temperature = (id: string, stem: string): Q => ({ id, stem, choices: [['Lower the temperature', true], ['Raise the temperature', false], ['Raise the maximum tokens', false], ['Remove the stop sequences', false]] });
    it('fires on two questions with the same key and a similar stem, naming the first', () => {
      const w = warnings([
        temperature('q1', 'A chatbot gives varied answers to the same question. Which inference parameter change makes answers consistent?'),
        temperature('q2', 'Testers see varied answers to one question from a chatbot. Which inference parameter change makes them consistent?'),
      ]);
      has(w, /warning: question q2 repeats question q1 \(questions\/aif-test\.yaml:\d+\): the same key/);
    });

    it('does not fire when the same key answers a different question', () => {
      const other: Q = { id: 'q2', stem: 'Auditors ask for scheduled reports comparing live credit decisions with last quarter\'s baseline. Which capability provides them?', choices: [['Amazon SageMaker Model Monitor', true], ['Amazon Bedrock Guardrails', false], ['Amazon Comprehend custom classifiers', false]] };
      hasNot(warnings([{ id: 'q1' }, other]), /repeats/);
    });

    it('scales by bucketing: 3,000 distinct questions are checked without comparing every pair', () => {
      const items: Item[] = Array.from({ length: 3000 }, (_, i) => ({
        q: {
          id: `q${i}`, topic: 't', type: 'single', difficulty: 2, stem: [], explanation: [], terms: [], links: [], tags: [],
          choices: [0, 1, 2].map((c) => ({ text: [`Option ${['alpha', 'beta', 'gamma'][c]}${i} for workload w${i}`], correct: c === 0, why: [] })),
        },
        exam: 'AIF-C01', domain: 1, file: 'questions/aif-test.yaml', scenario: '',
        stem: `Scenario ${i} about workload w${i} and dataset k${i}. Which option fits case ${i}?`,
        at: () => ({ file: 'questions/aif-test.yaml', line: 1, column: 1 }),
      }));
      const stats = { compared: 0 };
      assert.deepEqual(findNearDuplicates(items, stats), []);
      // Pairwise this would be 4.5 million comparisons; the buckets leave a handful.
      assert.ok(stats.compared < 3000, `compared ${stats.compared} pairs`);
    });
  });

  describe('a stem without a question', () => {
    it('fires on a stem that only describes', () => {
      has(warnings([{ id: 'q1', stem: 'A company deploys a model to a real-time endpoint.' }]), /question q1: the stem asks no question/);
    });

    it('accepts a question mark or an instruction', () => {
      hasNot(warnings([{ id: 'q1' }, { id: 'q2', stem: 'Put the steps in order.', choices: [['Alpha beta gamma', true], ['Delta epsilon', false], ['Zeta eta theta', false]] }]), /asks no question/);
    });
  });

  describe('all or none of the above', () => {
    it('fires on an option that reads "None of the above"', () => {
      has(warnings([{ id: 'q1', choices: [['Amazon SageMaker Model Monitor', true], ['Amazon CloudWatch alarms', false], ['None of the above', false]] }]), /question q1: the option 'None of the above'/);
    });

    it('does not fire on options that merely contain "all"', () => {
      hasNot(warnings([{ id: 'q1', choices: [['Monitor all endpoints', true], ['Log every request', false], ['Alarm on none', false]] }]), /of the above/);
    });
  });

  describe('a qualifier in lowercase', () => {
    it('fires on "the most cost-effective" in the asking sentence, at the stem', () => {
      has(warnings([{ id: 'q1', stem: 'A team must monitor drift. Which solution is the most cost-effective?' }]), /^questions\/aif-test\.yaml:\d+:11: warning: question q1: write the qualifier 'most' in capitals \(MOST\)/);
    });

    it('does not fire on a capital qualifier, nor on "at least" or "most" outside the question', () => {
      hasNot(warnings([
        { id: 'q1', stem: 'A team must monitor drift. Which solution is the MOST cost-effective?' },
        { id: 'q2', stem: 'Most of the traffic comes at night. Which service keeps at least one copy of each request?', choices: [['Endpoint data capture to S3', true], ['CloudWatch metric streams', false], ['AWS Config rules', false]] },
      ]), /write the qualifier/);
    });
  });

  describe('domain shares against the exam guide', () => {
    const spread = (counts: number[]): Q[] => counts.flatMap((n, d) => Array.from({ length: n }, (_, i) => ({
      id: `d${d + 1}-${i}`, topic: `d${d + 1}`, stem: `Case ${d}-${i}: which service fits workload ${d}x${i}?`,
      choices: [[`Service a${d}x${i}`, true], [`Service b${d}x${i}`, false], [`Service c${d}x${i}`, false]] as [string, boolean][],
    })));
    it('fires on a domain more than 2 points off its weight, at the exam in exams.yaml', () => {
      // 100 questions: domain 3 has 34 (guide 28), domain 1 has 14 (guide 20)
      has(warnings(spread([14, 24, 34, 14, 14])), /^questions\/exams\.yaml:\d+:\d+: warning: exam AIF-C01 domain 3: 34\.0% of its 100 questions \(34\), the guide weighs it 28%/);
    });

    it('does not fire when every domain is within 2 points', () => {
      hasNot(warnings(spread([20, 24, 28, 14, 14])), /the guide weighs it/);
    });
  });

  it('checks an author\'s own bank folder against the bundled exams and glossary, reporting only its files', () => {
    const { catalog } = compileCatalog([EXAMS, GLOSSARY]);
    const own = bank([{ id: 'q1', stem: 'A team must monitor drift. Which solution is the least expensive?' }]);
    const alone = checkBankSources([own]).map(formatDiagnostic);
    has(alone, /error: bank aif-test targets unknown exam 'AIF-C01'/);
    const withBundled = checkBankSources([own], { exams: catalog.exams, terms: catalog.terms }).map(formatDiagnostic).filter((d) => !/has no questions/.test(d));
    assert.deepEqual(withBundled, [`questions/aif-test.yaml:16:11: warning: question q1: write the qualifier 'least' in capitals (LEAST), as the exam does, so the learner does not miss it`]);
  });

  it('prints the figures table per exam', () => {
    const result = compileCatalog([EXAMS, GLOSSARY, bank([{ id: 'q1', stem: 'Which is the MOST cost-effective way to watch drift?' }])]);
    const table = figuresTable(qualityFigures(result));
    assert.match(table, /^\| figure \| MLA-C01 \| AIF-C01 \|/);
    assert.match(table, /\| stems with an exam qualifier \(MOST, LEAST, BEST, FIRST…\) \| 0\.0% \| 100\.0% \|/);
    assert.match(table, /\| questions linking docs\.aws\.amazon\.com \| 0\.0% \| 100\.0% \|/);
  });
});
