// activate() registers and returns: it reads neither the catalog nor progress. The status bar's
// due count, right after activation, reads progress (due dates) and still not the catalog.
import * as assert from 'node:assert/strict';
import Module from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

describe('activation', () => {
  it('loads no catalog and no progress before first use', async () => {
    const { stub, calls, context } = require('../../scripts/bench/vscodeStub.cjs') as { stub: unknown; calls: string[]; context: (w: object, f: string) => unknown };
    const folder = mkdtempSync(join(tmpdir(), 'sms-activate-'));
    const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const original = mod._load;
    mod._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? stub : original(request, ...rest));
    try {
      const ext = (await import('../../src/extension')) as typeof import('../../src/extension');
      const stored = { version: 3, cards: {}, aside: {}, days: {} };
      const api = ext.activate(context({ 'sagemakerStudy.progress': JSON.stringify(stored) }, folder) as never);
      assert.equal(api.catalog.requested, false, 'activate() asked for the catalog');
      assert.equal(api.progress.isLoaded, false, 'activate() read progress');
      // The status bar updates once the event loop is free: progress is read, the catalog is not.
      await new Promise((r) => setTimeout(r, 10));
      assert.equal(api.progress.isLoaded, true);
      assert.equal(api.catalog.requested, false, 'the due count loaded the catalog');
      assert.ok(!calls.some((c) => c.startsWith('vscode.workspace.fs.readFile')), 'a file was read through vscode.workspace.fs');
    } finally {
      mod._load = original;
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
