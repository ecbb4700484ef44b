// The loader's V8 code cache: the first load compiles and writes the cache, later loads use it,
// a damaged cache or one of another build costs a compile and nothing else, and the loaded module
// requires its neighbours as Node would.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWithCodeCache } from '../../src/host/startup/codeCache';

describe('code cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sms-codecache-'));
    mkdirSync(join(dir, 'host'));
    writeFileSync(join(dir, 'host', 'helper.js'), 'exports.twice = (n) => n * 2;');
    writeFileSync(join(dir, 'host', 'main-AAAA.js'), `const { twice } = require('./helper.js');\nexports.run = (n) => twice(n) + 1;\nexports.where = __filename;\nexports.self = module.exports === exports;`);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  type Main = { run(n: number): number; where: string; self: boolean };
  const cacheDir = () => join(dir, 'storage', 'code-cache');

  /** A load in a fresh process, as each start of VS Code's extension host is (V8 also caches compiles within a process). */
  const loadInFreshProcess = (file: string): { status: string; result: number } =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', `
      const { loadWithCodeCache } = require(${JSON.stringify(join(__dirname, '..', '..', 'src', 'host', 'startup', 'codeCache.ts'))});
      const m = loadWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cacheDir())});
      process.stdout.write(JSON.stringify({ status: m.status, result: m.exports.run(1) }));`], { encoding: 'utf8' })) as { status: string; result: number };

  it('compiles on the first load, writes the cache, and uses it on the next start', async () => {
    const first = loadWithCodeCache<Main>(join(dir, 'host', 'main-AAAA.js'), cacheDir());
    assert.equal(first.status, 'none');
    assert.equal(first.exports.run(20), 41);
    assert.equal(first.exports.where, join(dir, 'host', 'main-AAAA.js'));
    assert.equal(first.exports.self, true);
    await first.save();
    assert.equal(readdirSync(cacheDir()).length, 1);
    assert.deepEqual(loadInFreshProcess(join(dir, 'host', 'main-AAAA.js')), { status: 'accepted', result: 3 });
  });

  it('falls back to compiling when the cache is damaged, and replaces it', async () => {
    const file = join(dir, 'host', 'main-AAAA.js');
    mkdirSync(cacheDir(), { recursive: true });
    writeFileSync(join(cacheDir(), `main-AAAA.${process.arch}.${process.versions.v8}.bin`), Buffer.from('not a code cache at all'));
    const damaged = loadWithCodeCache<Main>(file, cacheDir());
    assert.equal(damaged.status, 'rejected');
    assert.equal(damaged.exports.run(2), 5);
    await damaged.save();
    assert.deepEqual(loadInFreshProcess(file), { status: 'accepted', result: 3 });
  });

  it("removes the caches of other builds when it writes its own, and keeps other files", async () => {
    mkdirSync(cacheDir(), { recursive: true });
    writeFileSync(join(cacheDir(), `main-OLD.${process.arch}.${process.versions.v8}.bin`), 'old');
    writeFileSync(join(cacheDir(), 'notes.txt'), 'keep');
    writeFileSync(join(dir, 'host', 'main-BBBB.js'), 'exports.run = () => 7;');
    const loaded = loadWithCodeCache<{ run(): number }>(join(dir, 'host', 'main-BBBB.js'), cacheDir());
    assert.equal(loaded.exports.run(), 7);
    await loaded.save();
    assert.deepEqual(readdirSync(cacheDir()).sort(), [`main-BBBB.${process.arch}.${process.versions.v8}.bin`, 'notes.txt']);
    assert.ok(!existsSync(join(cacheDir(), `main-OLD.${process.arch}.${process.versions.v8}.bin`)));
  });
});
