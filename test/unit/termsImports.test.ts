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
    assert.equal(acceptsGatedName(sklearn, 'Model', 'sagemaker'), true, 'Model is not imported by name; sagemaker is imported');
    const sm = py('from sagemaker.workflow.pipeline import Pipeline');
    assert.equal(acceptsGatedName(sm, 'Pipeline', 'sagemaker.workflow'), true);
    assert.equal(acceptsGatedName(sm, 'Pipeline', 'sagemaker.work'), false, 'module prefixes end at a dot');
    assert.equal(acceptsGatedName(py('from .pipeline import Pipeline\nimport sagemaker.workflow'), 'Pipeline', 'sagemaker.workflow'), false, 'a local Pipeline is not SageMaker’s');
    assert.equal(acceptsGatedName(py(''), 'Pipeline', 'sagemaker.workflow'), false);
  });

  it('reads a megabyte in a few milliseconds and never runs past a broken statement', () => {
    const big = `from sagemaker.tuner import (\n${'    Name,\n'.repeat(20)}` + 'x = 1\n'.repeat(200_000);
    const started = process.hrtime.bigint();
    const i = py(big);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 200);
    assert.ok(i.names.has('Name'));
  });
});
