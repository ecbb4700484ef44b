// Instance-type facts for hovers on `ml.<family>.<size>`: per size, by range, and the table kept
// to the families the glossary names.
import * as assert from 'node:assert/strict';
import { describeInstanceType, INSTANCE_FAMILIES } from '../../src/core/terms/instanceTypes';
import { shippedGlossary } from '../fixtures/terms/shippedGlossary';

describe('instance type facts', () => {
  it('gives the family, the accelerators of the size and what it is for', () => {
    assert.deepEqual(describeInstanceType('ml.p4d.24xlarge'), {
      type: 'ml.p4d.24xlarge',
      family: 'P4d',
      kind: 'Accelerated computing',
      hardware: '8 × NVIDIA A100 Tensor Core GPU, 40 GB each',
      use: 'large-scale distributed training of deep learning models',
    });
    assert.equal(describeInstanceType('ml.g5.12xlarge')?.hardware, '4 × NVIDIA A10G Tensor Core GPU, 24 GB each');
    assert.equal(describeInstanceType('ml.g5.2xlarge')?.hardware, '1 × NVIDIA A10G Tensor Core GPU, 24 GB each');
    assert.equal(describeInstanceType('ml.inf2.48xlarge')?.hardware, '12 × AWS Inferentia2 chip, 32 GB each');
    assert.equal(describeInstanceType('ml.trn1.2xlarge')?.hardware, '1 × AWS Trainium chip, 32 GB each');
  });

  it('gives the range of the family for a size the table does not list', () => {
    assert.equal(describeInstanceType('ml.g5.96xlarge')?.hardware, '1 to 8 × NVIDIA A10G Tensor Core GPU by size, 24 GB each');
    assert.equal(describeInstanceType('ml.p5.4xlarge')?.hardware, '8 × NVIDIA H100 Tensor Core GPU by size, 80 GB each');
  });

  it('describes CPU families by their processor, with no accelerator', () => {
    assert.deepEqual(describeInstanceType('ml.m5.xlarge'), {
      type: 'ml.m5.xlarge',
      family: 'M5',
      kind: 'General purpose',
      hardware: 'Intel Xeon Scalable processors, no accelerator',
      use: 'processing jobs, classical ML training and CPU inference',
    });
    assert.equal(describeInstanceType('ml.t3.medium')?.kind, 'Burstable general purpose');
  });

  it('knows nothing of other text or unknown families', () => {
    for (const text of ['ml.x9.large', 'g5.xlarge', 'ml.g5', 'ml.g5.', 'ML.G5.XLARGE', 'ml.g5.xlarge.extra', 'aws_sagemaker_model']) assert.equal(describeInstanceType(text), undefined, text);
  });

  it('covers exactly the families the shipped glossary names as ml.<family>.*', () => {
    const named = new Set(shippedGlossary().flatMap((t) => t.code.map((c) => /^ml\.([a-z0-9]+)\.\*$/.exec(c.name)?.[1]).filter((f): f is string => !!f)));
    assert.ok(named.size >= 10, `${named.size} families in the glossary`);
    assert.deepEqual([...INSTANCE_FAMILIES].sort(), [...named].sort());
  });
});
