// What the "In Your Code" scan leaves out: VS Code's exclude globs and .gitignore files.
import * as assert from 'node:assert/strict';
import { ExcludeGlobs, GitIgnores, globToRegExp } from '../../src/core/terms/usage/scanExcludes';

describe('In Your Code: excluded files', () => {
  it('reads VS Code globs: **, *, ?, {a,b} and [ranges]', () => {
    const m = (glob: string, path: string) => globToRegExp(glob).test(path);
    assert.ok(m('**/*.{py,ts}', 'a.py') && m('**/*.{py,ts}', 'a/b/c.ts') && !m('**/*.{py,ts}', 'a/b.js'));
    assert.ok(m('build/*.py', 'build/x.py') && !m('build/*.py', 'build/sub/x.py') && !m('build/*.py', 'src/build/x.py'));
    assert.ok(m('**/out/**', 'a/out/b/c.py') && m('data?.py', 'data1.py') && !m('data?.py', 'data10.py'));
    assert.ok(m('v[0-9].py', 'v3.py') && !m('v[!0-9].py', 'v3.py') && m('a+b(1).py', 'a+b(1).py'));
  });

  it('excludes a file when its path or a folder above it matches, honours false and sibling clauses', () => {
    const e = new ExcludeGlobs({ '**/node_modules': true, generated: true, '**/*.js': { when: '$(basename).ts' }, 'kept/**': false, '': true });
    assert.ok(e.excludes('a/node_modules/pkg/x.py'));
    assert.ok(e.excludes('generated/x.py') && !e.excludes('src/generated/x.py'), 'a glob without **/ starts at the folder root');
    assert.ok(e.excludes('src/app.js', (p) => p === 'src/app.ts') && !e.excludes('src/app.js', () => false));
    assert.ok(!e.excludes('kept/x.py'));
    assert.ok(new ExcludeGlobs(undefined).empty && !new ExcludeGlobs(undefined).excludes('x.py'));
  });

  it('applies each .gitignore below its folder, with re-includes in a deeper one', () => {
    const g = new GitIgnores();
    g.add('', 'build/\n*.log\n/secret.py\n');
    g.add('pkg', '!keep.log\nlocal.py\n');
    assert.ok(g.ignores('build/x.py') && g.ignores('src/build/x.py') && g.ignores('x.log'));
    assert.ok(g.ignores('secret.py') && !g.ignores('src/secret.py'), 'a leading / anchors the rule to its folder');
    assert.ok(!g.ignores('pkg/keep.log') && g.ignores('pkg/local.py') && !g.ignores('local.py'));
    assert.ok(g.ignores('build/') && !g.ignores('src/ok.py'));
    assert.ok(!new GitIgnores().ignores('x.py'));
  });
});
