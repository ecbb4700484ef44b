// The environment code-server's install runs in, built on purpose instead of inherited.
// Under `npm test` or `npm start` the outer npm (whatever Node runs it) exports npm_* variables;
// code-server's postinstall reads the Node version from npm_config_user_agent and refuses anything
// but Node 24, so a leaked agent from Node 20 fails the install although Node 24 is first on PATH.
import { delimiter, join } from 'node:path';

/** The exact Node the rig runs code-server with; the cache folder is keyed by its major (the native modules' ABI). */
export const NODE_VERSION = '24.22.3';
export const NODE_MAJOR = NODE_VERSION.split('.')[0];
export const CODE_SERVER_VERSION = '4.139.1';

/** Variables an outer npm or node sets for its own child processes; none of them describe the rig's install. */
const OUTER_ONLY = new Set(['INIT_CWD', 'NODE', 'NODE_OPTIONS', 'NODE_PATH', 'FORCE_NODE_VERSION']);

/** True for a variable the rig drops: every npm_* (npm_config_*, npm_lifecycle_*, npm_package_*, npm_execpath, …). */
export function isOuterVariable(name) {
  return /^npm_/i.test(name) || OUTER_ONLY.has(name.toUpperCase());
}

/** PATH entries an outer npm prepends: project bins and its own node-gyp shim. */
function isOuterPathEntry(entry) {
  return /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(entry) || /[\\/]node-gyp-bin[\\/]?$/.test(entry);
}

/** The caller's environment without the outer npm's variables and PATH entries. */
export function withoutOuterNpm(outer) {
  const env = {};
  for (const [name, value] of Object.entries(outer)) {
    if (value !== undefined && name.toUpperCase() !== 'PATH' && !isOuterVariable(name)) env[name] = value;
  }
  const outerPath = outer.PATH ?? outer.Path ?? '';
  env.PATH = outerPath.split(delimiter).filter((p) => p && !isOuterPathEntry(p)).join(delimiter);
  return env;
}

/**
 * The environment for `npm install code-server`: the caller's environment without the outer npm's
 * variables, the pinned Node's bin first on PATH (so `npm` and node-gyp run on it), its headers as
 * node-gyp's nodedir, and npm's global config file kept explicitly (running npm on another Node
 * moves its default global prefix, and with it the config that may hold the registry or a CA file).
 *
 * @param {Record<string, string | undefined>} outer the environment the rig was started with
 * @param {{ nodeDir: string, globalConfig?: string }} options nodeDir holds bin/node and include/node
 * @returns {Record<string, string>}
 */
export function installEnv(outer, { nodeDir, globalConfig }) {
  const env = withoutOuterNpm(outer);
  env.PATH = [join(nodeDir, 'bin'), ...(env.PATH ? [env.PATH] : [])].join(delimiter);
  env.npm_config_nodedir = nodeDir;
  if (globalConfig) env.npm_config_globalconfig = globalConfig;
  return env;
}

/** Names of the variables installEnv drops from an environment, for the log. */
export function droppedVariables(outer) {
  return Object.keys(outer).filter(isOuterVariable).sort();
}
