#!/usr/bin/env node
// Stands in for the desktop `code` executable where none can be downloaded: takes the flags
// @vscode/test-electron passes (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=,
// --extensions-dir=, a folder), runs them against code-server in headless Chromium, copies the
// extension host's output to stdout and exits with the test run's exit code.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startCodeServer, workbenchUrl } from './codeServer.mjs';

const TIMEOUT_MS = Number(process.env.SAGEMAKER_STUDY_TEST_TIMEOUT_MS || 10 * 60_000);

function parseArgs(argv) {
  const out = { folder: undefined, flags: {} };
  for (const a of argv) {
    const m = a.match(/^--([^=]+)(?:=(.*))?$/);
    if (m) out.flags[m[1]] = m[2] ?? true;
    else out.folder = resolve(a);
  }
  return out;
}

async function main() {
  const { folder, flags } = parseArgs(process.argv.slice(2));
  const devPath = flags.extensionDevelopmentPath && resolve(flags.extensionDevelopmentPath);
  const testsPath = flags.extensionTestsPath && resolve(flags.extensionTestsPath);
  if (!devPath || !testsPath) {
    console.error('code-launcher: needs --extensionDevelopmentPath= and --extensionTestsPath=');
    return 2;
  }
  const runDir = mkdtempSync(join(tmpdir(), 'sms-launch-'));
  const server = await startCodeServer({
    runDir,
    userDataDir: typeof flags['user-data-dir'] === 'string' ? resolve(flags['user-data-dir']) : undefined,
    extensionsDir: typeof flags['extensions-dir'] === 'string' ? resolve(flags['extensions-dir']) : undefined,
    smokeTestDriver: true,
  });
  let browser;
  try {
    browser = await launchBrowser();
    const page = browser.pages()[0] ?? (await browser.newPage());
    const exitCode = new Promise((res) => page.exposeFunction('codeAutomationExit', (code) => res(Number(code))));
    page.on('pageerror', (err) => console.error(`[workbench] ${err.message}`));
    // A busy 2-core machine can take well over the default 30 s to serve the first workbench page.
    await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath: devPath, extensionTestsPath: testsPath, debugId: 'sagemaker-study-tests' }), { timeout: 120_000 });
    const timeout = new Promise((res) => setTimeout(() => res('timeout'), TIMEOUT_MS));
    const code = await Promise.race([exitCode, timeout]);
    printExtensionHostLog(server.output());
    if (code === 'timeout') {
      console.error(`code-launcher: the tests did not finish within ${TIMEOUT_MS / 1000} s; code-server log: ${server.logPath}`);
      return 1;
    }
    return code;
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
}

/** The extension host's console, which code-server copies between these markers when debugId is set. */
function printExtensionHostLog(output) {
  const lines = [];
  let inside = false;
  for (const line of output.split('\n')) {
    if (line.includes('START_NATIVE_LOG')) inside = true;
    else if (line.includes('END_NATIVE_LOG')) inside = false;
    // Drop code-server's per-line prefix: "[time] [address][id][ExtensionHostConnection] <pid>[<stderr>] ".
    else if (inside) lines.push(line.replace(/^\[[^\]]*\] \[[^\]]*\]\[[^\]]*\]\[ExtensionHostConnection\] <\d+>(<std(?:err|out)>)? ?/, ''));
  }
  if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`code-launcher: ${err.stack ?? err}`);
    process.exit(1);
  },
);
