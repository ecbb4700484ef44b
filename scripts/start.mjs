// `npm start`: builds, keeps rebuilding on change, and opens VS Code with the extension loaded from
// source: the desktop `code` when it is on PATH, otherwise code-server on 127.0.0.1 (its URL printed).
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const folder = resolve(process.argv[2] ?? join(root, 'test', 'fixtures', 'workspace'));

const hasCode = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).status === 0;
if (!hasCode) {
  // Before anything slow: code-server is built on this machine the first time, which needs build tools.
  const { preflight } = await import('./rig/prerequisites.mjs');
  const { codeServerInstalled } = await import('./rig/install.mjs');
  preflight({ buildTools: !codeServerInstalled() });
}

const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const watcher = spawn(process.execPath, ['esbuild.js', '--watch'], { cwd: root, stdio: 'inherit' });

if (hasCode) {
  const code = spawn('code', [`--extensionDevelopmentPath=${root}`, folder], { stdio: 'inherit' });
  code.on('exit', () => console.log('VS Code started; the watcher keeps rebuilding (Ctrl+C to stop). Reload the window to pick up changes.'));
} else {
  const { startCodeServer, workbenchUrl } = await import('./rig/codeServer.mjs');
  // The smoke-test driver option is what lets the URL load an extension from source; with it,
  // notifications collect in the notification centre (the bell) instead of popping up.
  const server = await startCodeServer({ smokeTestDriver: true });
  const url = workbenchUrl(server, { folder, extensionDevelopmentPath: root });
  console.log(`\nVS Code (code-server) with SageMaker Study loaded from source:\n\n  ${url}\n\nOpen it in a browser on this machine. Ctrl+C stops the server and the watcher.`);
  const stop = async () => {
    watcher.kill();
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
