// activate() registers every command without loading its handler (host/commands/commandGroups.ts).
// The ids a group lists must be exactly what its module handles once loaded, or a command would be
// registered with no handler (or handled but never registered).
import * as assert from 'node:assert/strict';
import Module from 'node:module';
import { createRequire } from 'node:module';
import type { CommandServices } from '../../src/host/commands/commandGroups';

const require = createRequire(import.meta.url);

describe('lazily loaded command groups', () => {
  it('each group lists exactly the commands its module handles, and every command has one home', async () => {
    const { stub } = require('../../scripts/bench/vscodeStub.cjs') as { stub: unknown };
    const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const original = mod._load;
    mod._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? stub : original(request, ...rest));
    try {
      const { commandGroups } = await import('../../src/host/commands/commandGroups');
      const { CommandId } = await import('../../src/host/commandIds');
      const services = { progress: { onDidChange: () => ({ dispose() {} }) }, track: () => undefined } as unknown as CommandServices;
      const groups = commandGroups(services);
      for (const g of groups) {
        const handled = (await g.load()).map(([id]) => id);
        assert.deepEqual([...handled].sort(), [...g.ids].sort(), `group of ${g.ids[0]}`);
      }
      // The In Your Code view registers its own commands with its tree (host/inYourCode/registerInYourCode.ts).
      const withTheView: string[] = [CommandId.quizOnMyCode, CommandId.quizThisTerm, CommandId.openInGlossary, CommandId.rescanCode, CommandId.openCodeLocation];
      const homes = [...groups.flatMap((g) => g.ids), ...withTheView];
      assert.equal(new Set(homes).size, homes.length, 'a command is listed twice');
      assert.deepEqual([...homes].sort(), Object.values(CommandId).sort());
    } finally {
      mod._load = original;
    }
  });
});
