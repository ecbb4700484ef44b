// The test rig's own rules: the environment code-server's install runs in does not leak the outer
// npm's variables (the cause of "code-server currently requires node v24" under `npm test`),
// failures say what failed, and missing prerequisites are named only when they are missing.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const NODE20_AGENT = 'npm/10.8.2 node/v20.11.1 linux x64 workspaces/false';

/** What `npm test` run by Node 20 hands its script (trimmed from a real run). */
function outerNpmEnv(): Record<string, string> {
  return {
    HOME: '/home/learner',
    NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt',
    HTTPS_PROXY: 'http://proxy.internal:3128',
    PATH: ['/home/dev/project/node_modules/.bin', '/home/dev/node_modules/.bin', '/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin', '/usr/local/bin', '/usr/bin'].join(delimiter),
    INIT_CWD: '/home/dev/project',
    NODE: '/usr/bin/node',
    NODE_OPTIONS: '--import=tsx',
    npm_config_user_agent: NODE20_AGENT,
    npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    npm_config_nodedir: '/usr',
    npm_config_allow_scripts: '',
    npm_config_globalconfig: '/usr/etc/npmrc',
    npm_lifecycle_event: 'test',
    npm_lifecycle_script: 'node scripts/test.mjs',
    npm_package_name: 'sagemaker-study',
    npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
    npm_node_execpath: '/usr/bin/node',
    npm_command: 'test',
    NPM_CONFIG_LOGLEVEL: 'silly',
  };
}

describe('test rig: the install environment', () => {
  it('drops every variable of the outer npm and node, and sets the pinned Node', async () => {
    const { installEnv } = await import('../../scripts/rig/env.mjs');
    const outer = outerNpmEnv();
    const before = { ...outer };
    const env = installEnv(outer, { nodeDir: '/cache/node-24/package', globalConfig: '/usr/etc/npmrc' });

    assert.deepEqual(outer, before, 'the caller environment is not changed');
    assert.equal(env.npm_config_user_agent, undefined, 'a Node 20 user agent must not reach code-server');
    const npmVars = Object.keys(env).filter((k) => /^npm_/i.test(k)).sort();
    assert.deepEqual(npmVars, ['npm_config_globalconfig', 'npm_config_nodedir']);
    assert.equal(env.npm_config_nodedir, '/cache/node-24/package');
    for (const name of ['INIT_CWD', 'NODE', 'NODE_OPTIONS']) assert.equal(env[name], undefined, name);
    assert.equal(env.HOME, '/home/learner');
    assert.equal(env.NODE_EXTRA_CA_CERTS, '/etc/ssl/certs/ca-certificates.crt');
    assert.equal(env.HTTPS_PROXY, 'http://proxy.internal:3128');
    assert.deepEqual(env.PATH.split(delimiter), ['/cache/node-24/package/bin', '/usr/local/bin', '/usr/bin']);
  });

  it('pins an exact Node 24 release, not only a major', async () => {
    const { NODE_VERSION, NODE_MAJOR } = await import('../../scripts/rig/env.mjs');
    assert.match(NODE_VERSION, /^24\.\d+\.\d+$/);
    assert.equal(NODE_MAJOR, '24');
  });

  it('a package installed through the rig sees the pinned Node in npm_config_user_agent, not the outer Node 20', async function () {
    this.timeout(90_000);
    const { npmInstall } = await import('../../scripts/rig/install.mjs');
    const dir = mkdtempSync(join(tmpdir(), 'sms-rig-test-'));
    try {
      // A stand-in for the pinned Node: this test's own node, whose version differs from the leaked agent's.
      const nodeDir = join(dir, 'node');
      mkdirSync(join(nodeDir, 'bin'), { recursive: true });
      symlinkSync(process.execPath, join(nodeDir, 'bin', 'node'));
      // A package whose install script records what it sees, as code-server's postinstall.sh reads it.
      const pkgDir = join(dir, 'probe');
      mkdirSync(pkgDir);
      writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ name: 'env-probe', version: '1.0.0', scripts: { postinstall: 'node record.cjs' } }));
      writeFileSync(join(pkgDir, 'record.cjs'), `require('fs').writeFileSync(require('path').join(__dirname, 'seen.json'), JSON.stringify({ env: process.env, version: process.version }));`);
      const tgz = execFileSync('npm', ['pack', '--silent'], { cwd: pkgDir, encoding: 'utf8', env: { ...process.env, npm_config_user_agent: undefined } }).trim().split('\n').pop() as string;
      const project = join(dir, 'project');
      mkdirSync(project);
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'rig-probe', private: true, allowScripts: { 'env-probe': true } }));

      npmInstall(project, [join(pkgDir, tgz)], { nodeDir, outerEnv: { ...process.env, ...outerNpmEnv(), HOME: process.env.HOME, PATH: `/home/dev/project/node_modules/.bin${delimiter}${process.env.PATH}` } });

      const seen = JSON.parse(readFileSync(join(project, 'node_modules', 'env-probe', 'seen.json'), 'utf8'));
      assert.equal(seen.version, process.version);
      assert.ok(seen.env.npm_config_user_agent.includes(`node/${process.version}`), seen.env.npm_config_user_agent);
      assert.ok(!seen.env.npm_config_user_agent.includes('node/v20.11.1'), seen.env.npm_config_user_agent);
      assert.equal(seen.env.npm_config_nodedir, nodeDir);
      assert.equal(seen.env.NODE_OPTIONS, undefined);
      assert.equal(seen.env.npm_package_name, 'env-probe');
      assert.notEqual(seen.env.INIT_CWD, '/home/dev/project');
      const path = seen.env.PATH.split(delimiter);
      assert.ok(path.includes(join(nodeDir, 'bin')), seen.env.PATH);
      assert.ok(!path.includes('/home/dev/project/node_modules/.bin'), seen.env.PATH);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('test rig: failures and prerequisites', () => {
  it('a failed command names itself, its exit code and the last lines of its output, and guesses no remedy', async () => {
    const { describeFailure } = await import('../../scripts/rig/run.mjs');
    const output = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`).join('\n') + '\nERROR: code-server currently requires node v24.\n';
    const msg = describeFailure({ command: 'npm', args: ['install', 'code-server@4.139.1'], cwd: '/cache/cs', status: 1, output, logPath: '/cache/cs.log' });
    assert.match(msg, /^`npm install code-server@4\.139\.1` \(in \/cache\/cs\) exited with code 1\./);
    assert.match(msg, /Last 20 lines of its output \(all of it: \/cache\/cs\.log\):/);
    assert.match(msg, /ERROR: code-server currently requires node v24\.$/);
    assert.ok(!msg.includes('line 20\n') && msg.includes('line 22'));
    assert.doesNotMatch(msg, /apt-get|install the build tools/i);
    assert.match(describeFailure({ command: 'node', status: null, signal: 'SIGKILL' }), /was killed by SIGKILL/);
  });

  it('names libkrb5-dev only when gssapi.h is missing, and each package once', async () => {
    const { missingPrerequisites, packagesFor, remedyLine } = await import('../../scripts/rig/prerequisites.mjs');
    const has = (missing: string[]) => ({ file: (p: string) => !missing.some((m) => p.endsWith(m)), command: (c: string) => !missing.includes(c) });

    assert.deepEqual(missingPrerequisites({ buildTools: true, chromium: true }, has([])), []);
    const gss = missingPrerequisites({ buildTools: true }, has(['gssapi.h']));
    assert.equal(remedyLine(gss), 'Missing gssapi.h. Install with: sudo apt-get install -y libkrb5-dev');
    const tools = missingPrerequisites({ buildTools: true }, has(['make', 'g++', 'python3']));
    assert.deepEqual(packagesFor(tools), ['build-essential', 'python3']);
    assert.equal(remedyLine(tools, { root: true }), 'Missing make, g++, python3. Install with: apt-get install -y build-essential python3');
  });

  it('asks for Chromium only when the run drives a browser, and for build tools only when code-server must be built', async () => {
    const { missingPrerequisites } = await import('../../scripts/rig/prerequisites.mjs');
    const nothing = { file: () => false, command: () => false };
    assert.deepEqual(missingPrerequisites({}, nothing), []);
    assert.deepEqual(missingPrerequisites({ chromium: true }, nothing).map((p) => p.pkg), ['chromium']);
    assert.ok(!missingPrerequisites({ buildTools: true }, nothing).some((p) => p.pkg === 'chromium'));
  });
});
