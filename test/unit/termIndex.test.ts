// The term matcher's rules on short samples: what matches, the range it covers, and what must not.
import * as assert from 'node:assert/strict';
import { fileImports } from '../../src/core/terms/fileImports';
import { TermIndex, type MatchOptions } from '../../src/core/terms/termIndex';
import { TEST_TERMS } from '../fixtures/terms/glossary';

const terms = new TermIndex(TEST_TERMS);

/** The term and matched text at the first `|` in the sample (the bar is removed first). */
function at(sample: string, options: MatchOptions = {}): { term: string; text: string } | undefined {
  const offset = sample.indexOf('|');
  const text = sample.replace('|', '');
  const m = terms.termAt(text, offset, { imports: fileImports(text, ['python', 'javascript']), ...options });
  return m && { term: m.termId, text: text.slice(m.start, m.end) };
}

describe('term index', () => {
  it('finds SDK classes, dotted paths and boto3 names, longest first', () => {
    assert.deepEqual(at('est = Esti|mator(role=role)'), { term: 'estimator', text: 'Estimator' });
    assert.deepEqual(at('est = sagemaker.estimator.Esti|mator(role)'), { term: 'estimator', text: 'sagemaker.estimator.Estimator' });
    assert.deepEqual(at('est = sage|maker.estimator.Estimator(role)'), { term: 'estimator', text: 'sagemaker.estimator.Estimator' });
    assert.deepEqual(at('est = sagemaker|.estimator.Estimator(role)'), { term: 'estimator', text: 'sagemaker.estimator.Estimator' }, 'on a separator inside the name');
    assert.deepEqual(at('rt = boto3.client("sagemaker-run|time")'), { term: 'runtime', text: 'sagemaker-runtime' });
    assert.deepEqual(at('rt.invoke_end|point(EndpointName=name)'), { term: 'runtime', text: 'invoke_endpoint' });
    assert.deepEqual(at('sm.create_training_j|ob(**cfg)'), { term: 'estimator', text: 'create_training_job' });
    assert.deepEqual(at('x: Esti|mator = make()'), { term: 'estimator', text: 'Estimator' }, 'a single colon is no part of a name here');
    assert.deepEqual(at('actions: ["sagemaker:Invoke|Endpoint"]'), { term: 'runtime', text: 'sagemaker:InvokeEndpoint' });
    assert.deepEqual(at('ContentType="text/c|sv"'), { term: 'csv', text: 'text/csv' });
  });

  it('finds CloudFormation types and Terraform resources', () => {
    assert.deepEqual(at('    Type: AWS::SageMaker::End|point\n'), { term: 'endpoint', text: 'AWS::SageMaker::Endpoint' });
    assert.deepEqual(at('    Type: AWS::SageMaker::EndpointCon|fig\n'), { term: 'endpoint-config', text: 'AWS::SageMaker::EndpointConfig' });
    assert.deepEqual(at('    Type: AW|S::SageMaker::EndpointConfig\n'), { term: 'endpoint-config', text: 'AWS::SageMaker::EndpointConfig' });
    assert.deepEqual(at('resource "aws_sagemaker_endpoint_configu|ration" "main" {'), { term: 'endpoint-config', text: 'aws_sagemaker_endpoint_configuration' });
    assert.deepEqual(at('resource "aws_sagemaker_end|point" "main" {'), { term: 'endpoint', text: 'aws_sagemaker_endpoint' });
  });

  it('matches wildcards one dot-free segment wide', () => {
    assert.deepEqual(at('"InstanceType": "ml.p4d.24xl|arge",'), { term: 'gpu', text: 'ml.p4d.24xlarge' });
    assert.deepEqual(at('"InstanceType": "m|l.p4de.24xlarge",'), { term: 'gpu', text: 'ml.p4de.24xlarge' });
    assert.deepEqual(at('url = "com.amazonaws.us-east-1.sagemaker.a|pi"'), { term: 'privatelink', text: 'com.amazonaws.us-east-1.sagemaker.api' });
    assert.equal(at('"InstanceType": "ml.m5.xl|arge",'), undefined);
    assert.equal(at('"ml.p4d.|"'), undefined, 'the wildcard needs a segment');
    assert.equal(at('x = ml.p4d.24xlarge.ex|tra'), undefined, 'a wildcard stands for one segment, not two');
  });

  it('matches prose names in any case, across spaces and hyphens, the longest first', () => {
    assert.deepEqual(at('Store features in amazon sagemaker feature st|ore for training.'), { term: 'feature-store', text: 'amazon sagemaker feature store' });
    assert.deepEqual(at('# The Feat|ure Store online store'), { term: 'feature-store', text: 'Feature Store' });
    assert.deepEqual(at('# The Feature| Store online store'), { term: 'feature-store', text: 'Feature Store' }, 'on the gap between the words');
    assert.deepEqual(at('Deploy to a real-time end|point today'), { term: 'endpoint', text: 'real-time endpoint' });
    assert.deepEqual(at('Deploy to a real time  end|point today'), { term: 'endpoint', text: 'real time  endpoint' });
    assert.deepEqual(at('We ran A/B test|ing on two variants'), { term: 'ab-testing', text: 'A/B testing' }, 'punctuation a name holds must be there');
    assert.equal(at('We ran A B test|ing'), undefined);
    assert.deepEqual(at('The R|² is 0.9'), { term: 'r2', text: 'R²' }, 'letters and digits of any script are word characters');
    assert.equal(at('The R| is a language'), undefined);
    assert.deepEqual(at('see Principal Component Analysis (PCA) algo|rithm'), { term: 'pca', text: 'Principal Component Analysis (PCA) algorithm' });
    assert.deepEqual(at('the coefficient of determi|nation'), { term: 'r2', text: 'coefficient of determination' }, 'a name without its parenthesis');
  });

  it('does not join words across a line break or a long gap', () => {
    assert.deepEqual(at('# Amazon SageMaker\n# Feature St|ore'), { term: 'feature-store', text: 'Feature Store' });
    assert.equal(at('Feature     St|ore'), undefined);
  });

  it('keeps word boundaries: no hit inside a longer identifier or word', () => {
    assert.equal(at('my_end|point_name = "x"'), undefined);
    assert.equal(at('pre|processor = make()'), undefined);
    assert.equal(at('MyEsti|matorWrapper()'), undefined);
    assert.equal(at('Estimatoré|()'), undefined);
    assert.equal(at('xsagemaker-run|time'), undefined);
    assert.deepEqual(at('my-sagemaker-run|time-role'), { term: 'runtime', text: 'sagemaker-runtime' }, 'a hyphen is a boundary');
  });

  it('lets the file imports decide for names other libraries share', () => {
    assert.equal(at('from sklearn.pipeline import Pipeline\np = Pipe|line(steps=[])'), undefined);
    assert.deepEqual(at('from sagemaker.workflow.pipeline import Pipeline\np = Pipe|line(name="x")'), { term: 'pipelines', text: 'Pipeline' });
    assert.equal(at('import sagemaker\nfrom sklearn.decomposition import PCA\np = PC|A(2)', { singleWordProse: false }), undefined, 'the imported name decides, not `import sagemaker`');
    assert.deepEqual(at('import sagemaker\np = sagemaker.PC|A(role=r)', { singleWordProse: false }), { term: 'pca', text: 'PCA' });
    assert.equal(at('p = Pipe|line(name="x")'), undefined, 'no imports, no gated names');
  });

  it('matches one-word prose names only where the caller allows', () => {
    assert.deepEqual(at('handler = la|mbda e: e'), { term: 'lambda', text: 'lambda' });
    assert.equal(at('handler = la|mbda e: e', { singleWordProse: false }), undefined);
    assert.equal(at('handler = la|mbda e: e', { singleWordProse: () => false }), undefined);
    assert.deepEqual(at('# deployed on aws la|mbda', { singleWordProse: false }), { term: 'lambda', text: 'aws lambda' }, 'names of several words are never identifiers');
    assert.deepEqual(at('client = bed|rock', { singleWordProse: false }), { term: 'bedrock', text: 'bedrock' }, 'a code name matches anyway');
  });

  it('asks whether a one-word prose name may match only when one would win', () => {
    let asked = 0;
    const ask = () => {
      asked++;
      return false;
    };
    at('est = sagemaker.estimator.Esti|mator(role)', { singleWordProse: ask });
    at('x = something_el|se', { singleWordProse: ask });
    assert.equal(asked, 0);
    at('# Bed|rock', { singleWordProse: ask });
    assert.equal(asked, 1);
  });

  it('prefers a code name to a prose name of the same span, and the leftmost of equal lengths', () => {
    assert.deepEqual(at('bed|rock-runtime'), { term: 'bedrock', text: 'bedrock-runtime' }, 'the code name, not the prose name "Bedrock runtime"');
    assert.deepEqual(at('# Bedrock run|time'), { term: 'bedrock-runtime-api', text: 'Bedrock runtime' });
    assert.deepEqual(terms.termAt('data capture jobs', 6), { termId: 'data-capture', start: 0, end: 12 });
    assert.deepEqual(terms.termAt('data capture jobs', 13), { termId: 'capture-jobs', start: 5, end: 17 });
    assert.deepEqual(terms.termAt('train.fit.score', 6), { termId: 'data-capture', start: 0, end: 9 });
  });

  it('answers at the edges of the text and far outside it without throwing', () => {
    assert.equal(terms.termAt('', 0), undefined);
    assert.equal(terms.termAt('Estimator', -1), undefined);
    assert.equal(terms.termAt('Estimator', 9), undefined, 'the end of the text holds no character');
    assert.deepEqual(terms.termAt('Estimator', 8), { termId: 'estimator', start: 0, end: 9 });
    assert.deepEqual(terms.termAt('Estimator', 0), { termId: 'estimator', start: 0, end: 9 });
    assert.equal(terms.termAt('\ud800Estimator\udc00', 0), undefined, 'lone surrogates are not words');
    assert.deepEqual(terms.termAt('\ud800Estimator\udc00', 1), { termId: 'estimator', start: 1, end: 10 });
  });

  it('reads a bounded stretch around the cursor, however long the identifier or line', () => {
    const long = 'a.'.repeat(2_000_000) + 'Estimator ' + 'x-'.repeat(2_000_000);
    const end = 4_000_000 + 9;
    assert.deepEqual(terms.termAt(long, end - 1), { termId: 'estimator', start: end - 9, end });
    // Reading to the ends of these 4 MB runs would take seconds for 200 lookups. The best of five
    // rounds: a machine busy with other work slows a round, not the work a lookup does.
    const rounds = [0, 1, 2, 3, 4].map(() => {
      const started = process.hrtime.bigint();
      for (let k = 1; k <= 200; k++) terms.termAt(long, (k * 39_979) % long.length);
      return Number(process.hrtime.bigint() - started) / 1e6;
    });
    assert.ok(Math.min(...rounds) < 100, `bounded work per lookup: ${rounds.map((r) => r.toFixed(0)).join(', ')} ms`);
  });
});
