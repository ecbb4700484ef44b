// The term matcher on the kinds of files people write: the expected term at the expected range,
// and nothing in the traps.
import * as assert from 'node:assert/strict';
import { compileCatalog } from '../../src/core/bank/compile';
import { importedModules, TermIndex } from '../../src/core/terms/termIndex';
import { BANK, EXAMS, GLOSSARY } from './fixtures';

const terms = new TermIndex(compileCatalog([EXAMS, GLOSSARY, BANK]).catalog.terms);

/** The term and matched text at the first `|` in the sample (the bar is removed first). */
function at(sample: string, imports?: Set<string>): { term: string; text: string } | undefined {
  const offset = sample.indexOf('|');
  const text = sample.replace('|', '');
  const m = terms.termAt(text, offset, imports ?? importedModules(text));
  return m && { term: m.termId, text: text.slice(m.start, m.end) };
}

describe('term index', () => {
  it('Python: SDK classes, dotted paths and boto3 names', () => {
    assert.deepEqual(at('est = Esti|mator(role=role)'), { term: 'estimator', text: 'Estimator' });
    assert.deepEqual(at('est = sagemaker.estimator.Esti|mator(role)'), { term: 'estimator', text: 'sagemaker.estimator.Estimator' });
    assert.deepEqual(at('est = sage|maker.estimator.Estimator(role)'), { term: 'estimator', text: 'sagemaker.estimator.Estimator' });
    assert.deepEqual(at('rt = boto3.client("sagemaker-run|time")'), { term: 'endpoint', text: 'sagemaker-runtime' });
    assert.deepEqual(at('rt.invoke_end|point(EndpointName=name)'), { term: 'endpoint', text: 'invoke_endpoint' });
    assert.deepEqual(at('sm.create_training_j|ob(**cfg)'), { term: 'estimator', text: 'create_training_job' });
  });

  it('CloudFormation and Terraform resource types', () => {
    assert.deepEqual(at('    Type: AWS::SageMaker::End|point\n'), { term: 'endpoint', text: 'AWS::SageMaker::Endpoint' });
    assert.deepEqual(at('    Type: AWS::SageMaker::EndpointCon|fig\n'), { term: 'endpoint-config', text: 'AWS::SageMaker::EndpointConfig' });
    assert.deepEqual(at('    Type: AWS::Sage|Maker::EndpointConfig\n'), { term: 'endpoint-config', text: 'AWS::SageMaker::EndpointConfig' });
    assert.deepEqual(at('resource "aws_sagemaker_endpoint_configu|ration" "main" {'), { term: 'endpoint-config', text: 'aws_sagemaker_endpoint_configuration' });
  });

  it('instance types through wildcard patterns', () => {
    assert.deepEqual(at('"InstanceType": "ml.p4d.24xl|arge",'), { term: 'p4d', text: 'ml.p4d.24xlarge' });
    assert.equal(at('"InstanceType": "ml.m5.xl|arge",'), undefined);
  });

  it('prose, case-insensitively, longest name first', () => {
    assert.deepEqual(at('Store features in amazon sagemaker feature st|ore for training.'), { term: 'feature-store', text: 'amazon sagemaker feature store' });
    assert.deepEqual(at('# The Feat|ure Store online store'), { term: 'feature-store', text: 'Feature Store' });
    assert.deepEqual(at('Deploy to a real-time end|point today'), { term: 'endpoint', text: 'real-time endpoint' });
  });

  it('does not match inside longer identifiers', () => {
    assert.equal(at('my_end|point_name = "x"'), undefined);
    assert.equal(at('pre|processor = make()'), undefined);
    assert.equal(at('MyEsti|matorWrapper()'), undefined);
  });

  it('lets the file imports decide for names other libraries share', () => {
    assert.equal(at('from sklearn.pipeline import Pipeline\np = Pipe|line(steps=[])'), undefined);
    assert.deepEqual(at('from sagemaker.workflow.pipeline import Pipeline\np = Pipe|line(name="x")'), { term: 'pipelines', text: 'Pipeline' });
  });

  it('finds imports in Python and JavaScript', () => {
    assert.deepEqual([...importedModules('import boto3, sagemaker\nfrom sagemaker.workflow.pipeline import Pipeline\nconst x = require("aws-sdk")\nimport y from "@aws-sdk/client-sagemaker"')].sort(),
      ['@aws-sdk/client-sagemaker', 'aws-sdk', 'boto3', 'sagemaker', 'sagemaker.workflow.pipeline']);
  });

  it('answers at the edges of the text and far outside it without throwing', () => {
    assert.equal(terms.termAt('', 0), undefined);
    assert.equal(terms.termAt('Estimator', -1), undefined);
    assert.equal(terms.termAt('Estimator', 99), undefined);
    assert.deepEqual(terms.termAt('Estimator', 9), { termId: 'estimator', start: 0, end: 9 });
  });
});
