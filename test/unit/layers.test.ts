// The layers' import rules, checked on the source as well as by ESLint: src/shared imports nothing
// from src/core (the core may import shared types), so there is no cycle between them.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('layers', () => {
  it('src/shared imports only src/shared', () => {
    const dir = join(__dirname, '../../src/shared');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      for (const spec of importsOf(join(dir, f))) assert.match(spec, /^\.\/[\w.-]+$/, `${f} imports ${spec}`);
    }
  });
});
