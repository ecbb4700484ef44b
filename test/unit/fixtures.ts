// Small banks for unit tests, written as YAML text so line and column checks are exact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCatalog, type SourceFile } from '../../src/core/bank/compile';
import { CatalogIndex } from '../../src/core/catalog/catalogIndex';

export const EXAMS: SourceFile = { path: 'questions/exams.yaml', text: readFileSync(join(__dirname, '..', '..', 'questions', 'exams.yaml'), 'utf8') };

export const GLOSSARY: SourceFile = {
  path: 'glossary-test.yaml',
  text: `terms:
  - id: estimator
    name: SageMaker Estimator
    category: sagemaker-feature
    aliases: [Estimator class]
    code:
      - Estimator
      - sagemaker.estimator.Estimator
      - create_training_job
    definition: The SDK class that launches training jobs.
    tip: Know fit() and deploy().
    related: [endpoint]
    link: https://sagemaker.readthedocs.io/en/stable/api/training/estimators.html
  - id: endpoint
    name: SageMaker endpoint
    category: sagemaker-feature
    aliases: [real-time endpoint]
    code:
      - AWS::SageMaker::Endpoint
      - aws_sagemaker_endpoint
      - invoke_endpoint
      - sagemaker-runtime
    definition: Hosts a model for real-time inference.
    tip: 6 MB payload, 60 s.
    related: [estimator]
    link: https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints.html
  - id: endpoint-config
    name: Endpoint configuration
    category: sagemaker-feature
    code: [AWS::SageMaker::EndpointConfig, aws_sagemaker_endpoint_configuration]
    definition: Production variants and instance types of an endpoint.
    tip: Variants with weights give A/B tests.
    link: https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints-deploy-models.html
  - id: pipelines
    name: Amazon SageMaker Pipelines
    category: sagemaker-feature
    aliases: [SageMaker Pipelines]
    code:
      - { name: Pipeline, module: sagemaker.workflow }
    definition: Workflow orchestration for ML.
    tip: Steps form a DAG.
    link: https://docs.aws.amazon.com/sagemaker/latest/dg/pipelines.html
  - id: feature-store
    name: Amazon SageMaker Feature Store
    category: sagemaker-feature
    aliases: [Feature Store, SageMaker Feature Store]
    code: [FeatureGroup]
    definition: A store for ML features.
    tip: Online for low latency, offline for training.
    link: https://docs.aws.amazon.com/sagemaker/latest/dg/feature-store.html
  - id: p4d
    name: P4d instances
    category: sagemaker-feature
    code: [ml.p4d.*]
    definition: NVIDIA A100 GPU instances for training.
    tip: Large distributed training.
    link: https://aws.amazon.com/ec2/instance-types/p4/
`,
};

export const BANK: SourceFile = {
  path: 'questions/mla-test.yaml',
  text: `id: mla-test
title: Test bank
exams:
  - code: MLA-C01
    guide: "1.0"
topics:
  - id: t-deploy
    title: Deployment
    summary: Endpoints.
    domain: 3
cases:
  - id: case-a
    title: A case
    scenario: A company hosts models.
questions:
  - id: q-single
    topic: t-deploy
    type: single
    difficulty: 1
    stem: Which hosts a model for real-time inference?
    choices:
      - text: An endpoint
        correct: true
        why: It serves requests.
      - text: A training job
        why: It trains.
      - text: A processing job
        why: It processes.
    explanation: Endpoints serve.
    terms: [endpoint]
    links: [https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints.html]
  - id: q-multi
    topic: t-deploy
    type: multiple
    select: 2
    difficulty: 2
    case: case-a
    stem: Which two? (Select TWO.)
    choices:
      - { text: A, correct: true, why: a }
      - { text: B, why: b }
      - { text: C, correct: true, why: c }
      - { text: D, why: d }
    explanation: A and C.
    links: [https://docs.aws.amazon.com/x]
  - id: q-order
    topic: t-deploy
    type: ordering
    difficulty: 2
    case: case-a
    stem: Order the steps.
    steps:
      - { text: Create model, why: first }
      - { text: Create endpoint config, why: second }
      - { text: Create endpoint, why: third }
    explanation: Model, config, endpoint.
    links: [https://docs.aws.amazon.com/x]
  - id: q-match
    topic: t-deploy
    type: matching
    difficulty: 2
    stem: Match.
    pairs:
      - { prompt: Real-time, answer: 6 MB, why: r }
      - { prompt: Serverless, answer: 4 MB, why: s }
      - { prompt: Async, answer: 1 GB, why: a }
    distractors: [10 GB]
    explanation: Limits.
    links: [https://docs.aws.amazon.com/x]
  - id: q-card
    topic: t-deploy
    type: flashcard
    difficulty: 1
    stem: What is an endpoint config?
    answer: Variants and instances.
    explanation: See the docs.
    links: [https://docs.aws.amazon.com/x]
`,
};

export function fixtureIndex(): CatalogIndex {
  const { catalog, diagnostics } = compileCatalog([EXAMS, GLOSSARY, BANK]);
  if (diagnostics.length > 0) throw new Error(`fixture banks have diagnostics: ${JSON.stringify(diagnostics)}`);
  return new CatalogIndex(catalog);
}

/** A repeatable random source for shuffles. */
export function seededRng(seed = 1): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
