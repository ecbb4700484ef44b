// Runs the integration tests inside a real VS Code through @vscode/test-electron's runTests: a
// downloaded desktop VS Code where one can be had, otherwise code-server through code-launcher.mjs,
// which takes the same flags. Prints the extension host's mocha output; writes the counts to
// out/test/integration/stats.json.
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

async function desktopVsCode() {
  if (process.env.SAGEMAKER_STUDY_VSCODE === 'code-server') return undefined;
  try {
    return await downloadAndUnzipVSCode({ version: 'stable', timeout: 15_000 });
  } catch (err) {
    console.error(`[integration] no desktop VS Code (${String(err.message ?? err).split('\n')[0]}); using code-server`);
    return undefined;
  }
}

const executable = (await desktopVsCode()) ?? join(root, 'scripts', 'rig', 'code-launcher.mjs');
const profile = mkdtempSync(join(tmpdir(), 'sms-itest-'));
try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [join(root, 'test', 'fixtures', 'workspace'), `--user-data-dir=${join(profile, 'user-data')}`, `--extensions-dir=${join(profile, 'extensions')}`, '--disable-extensions'],
  });
} catch (err) {
  console.error(`[integration] ${err.message ?? err}`);
  process.exitCode = 1;
}
