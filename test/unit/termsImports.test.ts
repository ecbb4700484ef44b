// What a file imports, and how that decides names other libraries share.
import * as assert from 'node:assert/strict';
import { acceptsGatedName, fileImports } from '../../src/core/terms/fileImports';

const py = (text: string) => fileImports(text, ['python']);
const js = (text: string) => fileImports(text, ['javascript']);

describe('file imports', () => {
  it('reads every form of Python import', () => {
    const i = py([
      'import boto3, sagemaker',
      'import numpy as np',
      '    import os.path as osp  # inside a function',
      'from sagemaker.workflow.pipeline import Pipeline',
      'from sagemaker.tuner import (',
      '    HyperparameterTuner,',
      '    ContinuousParameter as CP,  # ranges',
      ')',
      'from sagemaker.inputs import TrainingInput, \\',
      '    TransformInput',
      'from sagemaker.model_monitor import *',
      'from . import helpers',
      'from .local import Model',
    ].join('\n'));
    assert.deepEqual([...i.modules].sort(), ['boto3', 'numpy', 'os.path', 'sagemaker', 'sagemaker.inputs', 'sagemaker.model_monitor', 'sagemaker.tuner', 'sagemaker.workflow.pipeline']);
    assert.deepEqual(Object.fromEntries(i.names), {
      Pipeline: 'sagemaker.workflow.pipeline',
      HyperparameterTuner: 'sagemaker.tuner',
      CP: 'sagemaker.tuner',
      TrainingInput: 'sagemaker.inputs',
      TransformInput: 'sagemaker.inputs',
      helpers: '.',
      Model: '.local',
    });
  });

  it('reads JavaScript and TypeScript imports, requires and re-exports', () => {
    const i = js([
      "import * as cdk from 'aws-cdk-lib';",
      'import { SageMakerRuntimeClient } from "@aws-sdk/client-sagemaker-runtime";',
      "import './polyfill';",
      "const iam = require('aws-cdk-lib/aws-iam');",
      "const lazy = await import('@aws-sdk/client-bedrock');",
      "export { x } from './x';",
      'import {',
      '  a,',
      "} from 'multi-line';",
    ].join('\n'));
    assert.deepEqual([...i.modules].sort(), ['./polyfill', './x', '@aws-sdk/client-bedrock', '@aws-sdk/client-sagemaker-runtime', 'aws-cdk-lib', 'aws-cdk-lib/aws-iam', 'multi-line']);
    assert.equal(i.names.size, 0);
  });

  it('reads only the syntaxes asked for', () => {
    assert.equal(py("import x from 'y'").modules.has('y'), false);
    assert.equal(js('from sagemaker import Model').modules.size, 0);
    assert.deepEqual([...fileImports("```python\nimport sagemaker\n```\n```js\nimport 'aws-cdk-lib'\n```", ['python', 'javascript']).modules].sort(), ['aws-cdk-lib', 'sagemaker']);
  });

  it('lets the imported name decide, then the imported modules', () => {
    const sklearn = py('import sagemaker\nfrom sklearn.pipeline import Pipeline');
    assert.equal(acceptsGatedName(sklearn, 'Pipeline', 'sagemaker.workflow'), false);
    assert.equal(acceptsGatedName(sklearn, 'Model', 'sagemaker'), false, 'Model is not imported from sagemaker; importing sagemaker is not enough');
    assert.equal(acceptsGatedName(sklearn, 'Model', 'sagemaker', 'sagemaker'), true, 'sagemaker.Model comes from sagemaker');
    const sm = py('from sagemaker.workflow.pipeline import Pipeline');
    assert.equal(acceptsGatedName(sm, 'Pipeline', 'sagemaker.workflow'), true);
    assert.equal(acceptsGatedName(sm, 'Pipeline', 'sagemaker.work'), false, 'module prefixes end at a dot');
    assert.equal(acceptsGatedName(py('from .pipeline import Pipeline\nimport sagemaker.workflow'), 'Pipeline', 'sagemaker.workflow'), false, 'a local Pipeline is not SageMaker’s');
    assert.equal(acceptsGatedName(py(''), 'Pipeline', 'sagemaker.workflow'), false);
  });

  // Issue 11, item 12: an unrelated `sagemaker.workflow.airflow` import opened the gate for Step Functions classes.
  it('accepts a gated name only when it comes from the module: by name, by qualifier or by a star import', () => {
    const sfn = py('import sagemaker.workflow.airflow\nfrom stepfunctions.steps import *\nfrom stepfunctions import steps\nimport stepfunctions.steps as sfs');
    for (const q of ['', 'steps', 'sfs', 'stepfunctions.steps']) assert.equal(acceptsGatedName(sfn, 'TrainingStep', 'sagemaker.workflow', q), false, `qualifier ${q}`);
    assert.equal(acceptsGatedName(sfn, 'TrainingStep', 'sagemaker.workflow', 'sagemaker.workflow.steps'), true, 'written out in full');
    const sm = py('from sagemaker.workflow import steps as wf\nfrom sagemaker.workflow import steps\nimport sagemaker.workflow.steps as sms\nimport sagemaker');
    for (const q of ['wf', 'steps', 'sms', 'sagemaker.workflow.steps']) assert.equal(acceptsGatedName(sm, 'TrainingStep', 'sagemaker.workflow', q), true, `qualifier ${q}`);
    assert.equal(acceptsGatedName(sm, 'TrainingStep', 'sagemaker.workflow'), false, 'a bare name nobody imports');
    assert.equal(acceptsGatedName(py('from sagemaker.workflow.steps import *'), 'TrainingStep', 'sagemaker.workflow'), true, 'a star import of the module');
    assert.equal(acceptsGatedName(js("import { Pipeline } from 'sagemaker.workflow'"), 'Pipeline', 'sagemaker.workflow'), true, 'JavaScript: by module');
  });

  it('reads a megabyte in a few milliseconds and never runs past a broken statement', () => {
    const big = `from sagemaker.tuner import (\n${'    Name,\n'.repeat(20)}` + 'x = 1\n'.repeat(200_000);
    const started = process.hrtime.bigint();
    const i = py(big);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 200);
    assert.ok(i.names.has('Name'));
  });
});
