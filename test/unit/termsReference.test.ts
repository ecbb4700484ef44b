// TermIndex against the reference matcher, which tries every glossary pattern in turn as a regular
// expression: the two must give the same answer everywhere, on random text built from glossary
// pieces and on real files with the shipped glossary.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TermIndex, termTables } from '../../src/core/terms/termIndex';
import { findTermAt, lookupContext } from '../../src/core/terms/termLookup';
import { EXPECTATIONS } from '../fixtures/terms/expectations';
import { TEST_TERMS } from '../fixtures/terms/glossary';
import { ReferenceMatcher } from '../fixtures/terms/referenceMatcher';
import { sageMakerSdkFile } from '../fixtures/terms/sdkFile';
import { fixture, shippedGlossary } from '../fixtures/terms/shippedGlossary';

/** Glossary pieces, their fragments and near misses, and (as often) the characters that separate or join them. */
const WORDS = [
  ...TEST_TERMS.flatMap((t) => [t.name, ...t.aliases, ...t.code.map((c) => c.name.replace('*', '24xlarge'))]),
  'Estimatoré', 'my_endpoint', 'pre', 'sagemaker', 'SageMaker', 'feature', 'Store', 'amazon', 'ml.p4d', 'AWS', 'endpoint', 'real', 'time', 'A', 'B', 'R',
  '²', 'us-east-1', 'api', 'Pipeline', 'PCA', 'lambda', 'data', 'capture', 'jobs', 'train', 'fit', 'score', 'bedrock', 'é',
  'data capture jobs', 'train.fit.score', 'Feature     Store', 'Feature    Store', 'real  -  time endpoint', 'real - time endpoint', 'A / B testing',
];
const SEPARATORS = [
  '_', '-', '.', ':', '::', '/', '(', ')', ' ', '  ', '   ', ' - ', '\t', '\n', '\u00a0', '"', "'", '#', '//', '/*', '*/', '"""', '\\',
  'from sagemaker.workflow.pipeline import Pipeline\n', 'from sklearn.pipeline import Pipeline\n', 'import sagemaker\n',
];

describe('term matcher against the every-pattern reference', () => {
  const fast = new TermIndex(TEST_TERMS);
  const reference = new ReferenceMatcher(TEST_TERMS);
  // The tables the build writes, read back as the hover reads them.
  const fromTables = new TermIndex(JSON.parse(JSON.stringify(termTables(TEST_TERMS))));

  it('agrees at every position of random text built from glossary pieces, in code and in prose', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 30 }), fc.constantFrom('python', 'typescript', 'markdown', 'yaml'), (parts, language) => {
        const text = parts.join('');
        const ctx = lookupContext(language, text);
        for (let offset = 0; offset <= text.length; offset++) {
          const expected = findTermAt(reference, text, offset, ctx);
          assert.deepEqual(findTermAt(fast, text, offset, ctx), expected, `${language} ${JSON.stringify(text)} at ${offset}`);
          assert.deepEqual(findTermAt(fromTables, text, offset, ctx), expected, `from tables: ${language} ${JSON.stringify(text)} at ${offset}`);
        }
      }),
      { numRuns: 600, seed: 20_240_601 },
    );
  });

  it('agrees with the shipped glossary on the fixture files and a generated SDK file', function () {
    this.timeout(60_000);
    const terms = shippedGlossary();
    const shippedFast = new TermIndex(JSON.parse(JSON.stringify(termTables(terms))));
    const shippedReference = new ReferenceMatcher(terms);
    const files = [...EXPECTATIONS.map((e) => ({ text: fixture(e.file), language: e.language })), { text: sageMakerSdkFile(400), language: 'python' }];
    let compared = 0;
    for (const { text, language } of files) {
      const ctx = lookupContext(language, text);
      // A stride prime to the line lengths samples every column; the reference costs about a millisecond a position.
      for (let offset = compared % 13; offset < text.length; offset += 13, compared++) {
        assert.deepEqual(findTermAt(shippedFast, text, offset, ctx), findTermAt(shippedReference, text, offset, ctx), `${language} at ${offset}: ${JSON.stringify(text.slice(offset - 20, offset + 20))}`);
      }
    }
    assert.ok(compared > 1000, `${compared} positions compared`);
  });
});
