// The machine's prerequisites for the rig, checked by what is actually used (a file, a command),
// each named with the Debian package that provides it. `preflight` runs first in `npm test` and
// `npm start`: as root it installs what is missing with apt-get; otherwise it stops at once with
// one line naming the exact command.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describeFailure } from './run.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * What code-server's install needs to build its native modules (node-gyp: make, a C++ compiler and
 * Python; the kerberos module includes gssapi.h), and what the tests drive the UI with.
 */
export const PREREQUISITES = [
  { what: 'chromium', kind: 'file', path: CHROMIUM, pkg: 'chromium', for: 'chromium' },
  { what: 'make', kind: 'command', pkg: 'build-essential', for: 'buildTools' },
  { what: 'g++', kind: 'command', pkg: 'build-essential', for: 'buildTools' },
  { what: 'python3', kind: 'command', pkg: 'python3', for: 'buildTools' },
  { what: 'gssapi.h', kind: 'file', path: '/usr/include/gssapi/gssapi.h', pkg: 'libkrb5-dev', for: 'buildTools' },
];

function onPath(command, env = process.env) {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

const realProbe = { file: (path) => existsSync(path), command: (name) => onPath(name) };

/**
 * The prerequisites that are missing for what is needed.
 * @param {{ chromium?: boolean, buildTools?: boolean }} needs
 * @param {{ file(path: string): boolean, command(name: string): boolean }} probe
 */
export function missingPrerequisites(needs, probe = realProbe) {
  return PREREQUISITES.filter((p) => needs[p.for] && !(p.kind === 'file' ? probe.file(p.path) : probe.command(p.what)));
}

/** The Debian packages that provide the missing prerequisites, each once, in order. */
export function packagesFor(missing) {
  return [...new Set(missing.map((p) => p.pkg))];
}

/** The one line that tells a person what is missing and the exact command that installs it. */
export function remedyLine(missing, { root = false } = {}) {
  const names = missing.map((p) => p.what).join(', ');
  return `Missing ${names}. Install with: ${root ? '' : 'sudo '}apt-get install -y ${packagesFor(missing).join(' ')}`;
}

/**
 * Installs missing prerequisites when run as root with apt-get, otherwise exits with one line.
 * @param {{ chromium?: boolean, buildTools?: boolean }} needs
 */
export function preflight(needs) {
  const missing = missingPrerequisites(needs);
  if (missing.length === 0) return;
  const root = process.getuid?.() === 0;
  if (!root || !onPath('apt-get')) {
    process.stderr.write(`${remedyLine(missing)}${onPath('apt-get') ? '' : '   (Debian/Ubuntu package names; this machine has no apt-get)'}\n`);
    process.exit(1);
  }
  const pkgs = packagesFor(missing);
  process.stderr.write(`[rig] installing Debian packages: ${pkgs.join(' ')} (for ${missing.map((p) => p.what).join(', ')})\n`);
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...pkgs]]) {
    const r = spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.error || r.status !== 0) {
      process.stderr.write(`${describeFailure({ command: 'apt-get', args, status: r.status, signal: r.signal, error: r.error, output: `${r.stdout}\n${r.stderr}` })}\n`);
      process.exit(1);
    }
  }
  const still = missingPrerequisites(needs);
  if (still.length > 0) {
    process.stderr.write(`[rig] apt-get installed ${pkgs.join(' ')} but ${still.map((p) => p.what).join(', ')} is still missing\n`);
    process.exit(1);
  }
  process.stderr.write(`[rig] installed ${pkgs.join(' ')} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

/** Chromium's path, or a clear error naming the package when it is not installed. */
export function ensureChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is needed for the integration and end-to-end tests and was not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH)`);
  }
  return CHROMIUM;
}
