// Issue 11, item 8: the hover missed names a SageMaker learner types every day. The glossary was
// audited against the SageMaker Python SDK's Estimator, Model and Predictor parameters, boto3's
// create_* requests and the CloudFormation AWS::SageMaker property names; these samples hold it there.
import * as assert from 'node:assert/strict';
import { TermIndex } from '../../src/core/terms/termIndex';
import { findTermAt, lookupContext } from '../../src/core/terms/termLookup';
import { shippedGlossary } from '../fixtures/terms/shippedGlossary';

const index = new TermIndex(shippedGlossary());

/** The term and the text it covers at the first `|` of the sample. */
function at(language: string, sample: string): { term: string; text: string } | undefined {
  const offset = sample.indexOf('|');
  const text = sample.replace('|', '');
  const m = findTermAt(index, text, offset, lookupContext(language, text));
  return m && { term: m.termId, text: text.slice(m.start, m.end) };
}

const PYTHON = `from sagemaker.pytorch import PyTorch
est = PyTorch(entry_point="train.py", source_dir="src", framework_version="2.3", py_version="py311",
    use_spot_instances=True, max_run=3600, max_wait=7200, checkpoint_s3_uri=ckpt, checkpoint_local_path="/opt/ml/checkpoints",
    keep_alive_period_in_seconds=600, hyperparameters=hp, input_mode="FastFile", debugger_hook_config=False)
tuner = HyperparameterTuner(est, objective_metric_name="validation:auc", hyperparameter_ranges=ranges, max_jobs=20, max_parallel_jobs=2, early_stopping_type="Auto")
predictor = model.deploy(initial_instance_count=1, instance_type="ml.g5.xlarge", endpoint_name=name, serverless_inference_config=cfg)
model.register(model_package_group_name=group, approval_status="PendingManualApproval")
`;

const CLOUDFORMATION = `Resources:
  Config:
    Type: AWS::SageMaker::EndpointConfig
    Properties:
      ProductionVariants:
        - VariantName: blue
          ModelName: !GetAtt Model.ModelName
          InitialInstanceCount: 1
          InitialVariantWeight: 1.0
  Model:
    Type: AWS::SageMaker::Model
    Properties:
      ExecutionRoleArn: !GetAtt Role.Arn
      PrimaryContainer:
        ModelDataUrl: s3://bucket/model.tar.gz
  Endpoint:
    Type: AWS::SageMaker::Endpoint
    Properties:
      EndpointConfigName: !GetAtt Config.EndpointConfigName
`;

const BOTO3 = `sm.create_training_job(TrainingJobName=name, AlgorithmSpecification=algo, RoleArn=role,
    InputDataConfig=channels, OutputDataConfig=out, ResourceConfig=res, EnableManagedSpotTraining=True,
    StoppingCondition={"MaxRuntimeInSeconds": 3600, "MaxWaitTimeInSeconds": 7200}, CheckpointConfig=ckpt)
`;

/** Name → term: every occurrence of the name in the sample answers with the term. */
const CASES: [language: string, sample: string, expected: Record<string, string>][] = [
  ['python', PYTHON, {
    use_spot_instances: 'managed-spot-training', max_wait: 'managed-spot-training', checkpoint_s3_uri: 'managed-spot-training', checkpoint_local_path: 'managed-spot-training',
    max_run: 'estimator', keep_alive_period_in_seconds: 'warm-pools', hyperparameters: 'hyperparameter', entry_point: 'script-mode', source_dir: 'script-mode',
    framework_version: 'script-mode', py_version: 'script-mode', input_mode: 'file-mode-pipe-mode-fastfile', FastFile: 'file-mode-pipe-mode-fastfile', debugger_hook_config: 'debugger',
    objective_metric_name: 'automatic-model-tuning', hyperparameter_ranges: 'automatic-model-tuning', max_parallel_jobs: 'automatic-model-tuning', early_stopping_type: 'early-stopping',
    initial_instance_count: 'production-variant', endpoint_name: 'sagemaker-endpoint', serverless_inference_config: 'serverless-inference',
    model_package_group_name: 'model-package-group', approval_status: 'model-approval-status', PendingManualApproval: 'model-approval-status',
  }],
  ['yaml', CLOUDFORMATION, {
    ProductionVariants: 'production-variant', VariantName: 'production-variant', InitialInstanceCount: 'production-variant', InitialVariantWeight: 'production-variant',
    ExecutionRoleArn: 'iam-role', PrimaryContainer: 'sagemaker-model', ModelDataUrl: 'sagemaker-model', EndpointConfigName: 'endpoint-config',
  }],
  ['json', CLOUDFORMATION.replace(/(\w+):/g, '"$1":'), { ProductionVariants: 'production-variant', InitialVariantWeight: 'production-variant' }],
  ['python', BOTO3, {
    TrainingJobName: 'estimator', AlgorithmSpecification: 'estimator', RoleArn: 'iam-role', InputDataConfig: 'training-input', OutputDataConfig: 'estimator', ResourceConfig: 'estimator',
    EnableManagedSpotTraining: 'managed-spot-training', MaxRuntimeInSeconds: 'estimator', MaxWaitTimeInSeconds: 'managed-spot-training', CheckpointConfig: 'managed-spot-training',
  }],
];

describe('glossary audit: names a SageMaker learner meets in code', () => {
  for (const [language, sample, expected] of CASES) {
    it(`answers every ${language} name with its term`, () => {
      for (const [name, term] of Object.entries(expected)) {
        const re = new RegExp(`(?<![\\w])${name}(?![\\w])`, 'g');
        const spots = [...sample.matchAll(re)];
        assert.ok(spots.length > 0, `${name} is in the sample`);
        for (const m of spots) {
          const probe = `${sample.slice(0, m.index + 1)}|${sample.slice(m.index + 1)}`;
          assert.deepEqual(at(language, probe), { term, text: name }, `${name} at ${m.index}`);
        }
      }
    });
  }

  it('keeps common variable names free: model_name, output_path, max_concurrency', () => {
    for (const name of ['model_name', 'output_path', 'max_concurrency']) assert.equal(at('python', `${name[0]}|${name.slice(1)} = 1`), undefined, name);
  });
});
