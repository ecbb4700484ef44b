// Starts code-server (a real VS Code) on 127.0.0.1 in a run folder of its own, and stops its whole
// process group afterwards, also when a test fails.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer } from './install.mjs';

const SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.colorTheme': 'Default Dark Modern',
};

/**
 * @param {{ runDir?: string, userDataDir?: string, extensionsDir?: string, smokeTestDriver?: boolean,
 *           settings?: Record<string, unknown>, env?: Record<string, string>, locale?: string,
 *           extensions?: string[] }} options
 * `extensions`: folders of unpacked helper extensions (a test's own) installed next to the one under test.
 */
export async function startCodeServer(options = {}) {
  const { node, entry } = ensureCodeServer();
  const runDir = options.runDir ?? mkdtempSync(join(tmpdir(), 'sms-rig-'));
  const userDataDir = options.userDataDir ?? join(runDir, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(runDir, 'extensions');
  for (const d of [userDataDir, extensionsDir, join(userDataDir, 'User'), join(runDir, 'xdg-config'), join(runDir, 'xdg-data'), join(runDir, 'xdg-cache'), join(runDir, 'tmp')]) {
    mkdirSync(d, { recursive: true });
  }
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...options.settings }, null, 2));
  const args = [
    entry,
    '--bind-addr', '127.0.0.1:0',
    '--auth', 'none',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  for (const folder of options.extensions ?? []) installFolder(folder, extensionsDir);
  if (options.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  // The display language: extensions get it as vscode.env.language and load their translations for it.
  if (options.locale) {
    installStandInLanguagePack(options.locale, { userDataDir, extensionsDir });
    args.push('--locale', options.locale);
  }
  const logPath = join(runDir, 'code-server.log');
  const logStream = createWriteStream(logPath);
  const child = spawn(node, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...options.env,
      XDG_CONFIG_HOME: join(runDir, 'xdg-config'),
      XDG_DATA_HOME: join(runDir, 'xdg-data'),
      XDG_CACHE_HOME: join(runDir, 'xdg-cache'),
      TMPDIR: join(runDir, 'tmp'),
      // Keep the test runner's own Node flags (tsx loaders) out of VS Code's processes.
      NODE_OPTIONS: '',
    },
  });
  let output = '';
  const listeners = new Set();
  const onData = (chunk) => {
    logStream.write(chunk);
    output += chunk.toString();
    for (const l of listeners) l(output);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
        resolve();
      }, 3000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      if (child.exitCode !== null) {
        clearTimeout(timer);
        resolve();
      }
    });
    logStream.end();
  };
  stopOnExit.add(stop);
  groups.add(child.pid);
  child.once('exit', () => groups.delete(child.pid));

  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s; log: ${logPath}\n${output.slice(-2000)}`)), 60_000);
    const check = (text) => {
      const m = text.match(/HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/);
      if (m) {
        clearTimeout(timer);
        listeners.delete(check);
        resolve(Number(m[1]));
      }
    };
    listeners.add(check);
    check(output);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code} before listening; log: ${logPath}\n${output.slice(-2000)}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    runDir,
    userDataDir,
    extensionsDir,
    logPath,
    output: () => output,
    readLog: () => readFileSync(logPath, 'utf8'),
    stop,
  };
}

/** Installs an unpacked extension (a folder with its package.json) as the server would record it. */
function installFolder(source, extensionsDir) {
  const pkg = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  const id = `${pkg.publisher}.${pkg.name}`;
  const folder = join(extensionsDir, `${id}-${pkg.version}`);
  cpSync(source, folder, { recursive: true });
  const manifest = join(extensionsDir, 'extensions.json');
  const installed = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : [];
  installed.push({ identifier: { id }, version: pkg.version, location: { $mid: 1, path: folder, scheme: 'file' }, relativeLocation: `${id}-${pkg.version}`, metadata: { installedTimestamp: Date.now(), source: 'resource' } });
  writeFileSync(manifest, JSON.stringify(installed));
}

/** Installs a .vsix (or an extension id) into an extensions folder, as a user would. */
/**
 * VS Code runs in a language only when a language pack for it is installed; without one it falls
 * back to English for the workbench and every extension. The rig has no marketplace, so this
 * installs a stand-in pack that contributes the language with no workbench translations: the
 * workbench stays English (its messages fall back), while extensions get `locale` and load their
 * own package.nls.<locale>.json and l10n bundles, which is what the extension's tests check.
 */
function installStandInLanguagePack(locale, { userDataDir, extensionsDir }) {
  const id = `sagemaker-study-rig.language-pack-${locale}`;
  const version = '1.0.0';
  const folder = join(extensionsDir, `${id}-${version}`);
  mkdirSync(join(folder, 'translations'), { recursive: true });
  const translations = join(folder, 'translations', 'main.i18n.json');
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({
    name: `language-pack-${locale}`, publisher: 'sagemaker-study-rig', version, engines: { vscode: '*' },
    contributes: { localizations: [{ languageId: locale, languageName: locale, localizedLanguageName: locale, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  }));
  const manifest = join(extensionsDir, 'extensions.json');
  const installed = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : [];
  if (!installed.some((e) => e.identifier?.id === id)) {
    installed.push({ identifier: { id }, version, location: { $mid: 1, path: folder, scheme: 'file' }, relativeLocation: `${id}-${version}`, metadata: { installedTimestamp: Date.now(), source: 'resource' } });
    writeFileSync(manifest, JSON.stringify(installed));
  }
  // The server's own record of installed packs, as it would write it (hash: md5 of id and version).
  const hash = createHash('md5').update(id).update(version).digest('hex');
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [locale]: { hash, extensions: [{ extensionIdentifier: { id }, version }], translations: { vscode: translations }, label: locale },
  }));
}

export function installExtension(vsix, { runDir, extensionsDir }) {
  const { node, entry } = ensureCodeServer();
  const r = spawnSync(node, [entry, '--extensions-dir', extensionsDir, '--user-data-dir', join(runDir, 'user-data'), '--install-extension', vsix], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: join(runDir, 'xdg-config'), XDG_DATA_HOME: join(runDir, 'xdg-data'), XDG_CACHE_HOME: join(runDir, 'xdg-cache'), NODE_OPTIONS: '' },
  });
  if (r.status !== 0 || !/successfully installed/.test(r.stdout)) throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout.trim();
}

/** A workbench URL that opens a folder, optionally with extension development and test paths. */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath, debugId } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [];
  // One extension folder or several (a test can load a helper extension next to this one).
  for (const p of [extensionDevelopmentPath ?? []].flat()) payload.push(['extensionDevelopmentPath', remote(p)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (debugId) payload.push(['debugId', debugId]);
  const params = new URLSearchParams();
  if (folder) params.set('folder', folder);
  if (payload.length > 0) params.set('payload', JSON.stringify(payload));
  return `${server.url}/?${params.toString()}`;
}

// Processes this module started are stopped however the run ends.
const stopOnExit = new Set();
let exiting = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (exiting) return;
    exiting = true;
    await Promise.all([...stopOnExit].map((s) => s()));
    process.exit(130);
  });
}
// On a plain exit nothing async can run: kill the process groups at once.
const groups = new Set();
process.on('exit', () => {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});
