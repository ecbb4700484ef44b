// mocha's spec reporter, plus the run's counts written to $SAGEMAKER_STUDY_STATS for scripts/test.mjs.
const Mocha = require('mocha');
const { writeFileSync } = require('node:fs');

class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const file = process.env.SAGEMAKER_STUDY_STATS;
      if (file) writeFileSync(file, JSON.stringify({ passed: runner.stats.passes, failed: runner.stats.failures, pending: runner.stats.pending }));
    });
  }
}
module.exports = CountingReporter;
