// Runs the rig's commands and, when one fails, says exactly what failed: the command, where, its
// exit code and the last lines of its output (and where the whole output is).
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

/** The last `count` non-empty lines of a text. */
export function lastLines(text, count = 20) {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(-count);
}

/**
 * One message for a failed command.
 * @param {{ command: string, args?: string[], cwd?: string, status?: number | null, signal?: string | null,
 *           error?: Error, output?: string, logPath?: string, lines?: number }} failure
 */
export function describeFailure({ command, args = [], cwd, status, signal, error, output = '', logPath, lines = 20 }) {
  const shown = [command, ...args].join(' ');
  const how = error ? `could not run (${error.message})` : signal ? `was killed by ${signal}` : `exited with code ${status}`;
  const tail = lastLines(output, lines);
  return [
    `\`${shown}\`${cwd ? ` (in ${cwd})` : ''} ${how}.`,
    ...(tail.length > 0 ? [`Last ${tail.length} lines of its output${logPath ? ` (all of it: ${logPath})` : ''}:`, ...tail.map((l) => `  ${l}`)] : []),
  ].join('\n');
}

/** Runs a command whose output is short; returns stdout, throws a described failure. */
export function run(command, args, { cwd, env } = {}) {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error || r.status !== 0) {
    throw new Error(describeFailure({ command, args, cwd, status: r.status, signal: r.signal, error: r.error, output: `${r.stdout ?? ''}\n${r.stderr ?? ''}` }));
  }
  return r.stdout;
}

/** Runs a command with a long output (a native build) into a log file; throws a described failure. */
export function runLogged(command, args, { cwd, env, logPath }) {
  const fd = openSync(logPath, 'a');
  let r;
  try {
    r = spawnSync(command, args, { cwd, env, stdio: ['ignore', fd, fd] });
  } finally {
    closeSync(fd);
  }
  if (r.error || r.status !== 0) {
    throw new Error(describeFailure({ command, args, cwd, status: r.status, signal: r.signal, error: r.error, output: readFileSync(logPath, 'utf8'), logPath }));
  }
}
