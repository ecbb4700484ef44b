// Commands registered at activation, their code loaded on first use. Every id is registered at once
// (VS Code runs a contributed command only once it is registered), but the handlers of a group sit
// in a module of their own, imported the first time any of its commands runs: activation parses
// none of them. A command module returns its handlers as entries instead of registering them.
import * as vscode from 'vscode';

export type CommandHandler = (...args: never[]) => unknown;
export type CommandEntry = readonly [id: string, handler: CommandHandler];

/** One handler of a command module's table (what `vscode.commands.registerCommand` would take). */
export function command(id: string, handler: CommandHandler): CommandEntry {
  return [id, handler];
}

/** The commands of one module: their ids (known without loading it), and how to load their handlers. */
export interface CommandGroup {
  ids: readonly string[];
  load: () => Promise<readonly CommandEntry[]>;
}

/** Registers every id of the group now; the first call loads the group's handlers, later calls reuse them. */
export function registerLazyCommands(group: CommandGroup): vscode.Disposable[] {
  let handlers: Promise<Map<string, CommandHandler>> | undefined;
  const load = () =>
    (handlers ??= group.load().then(
      (entries) => new Map(entries),
      (err: unknown) => {
        handlers = undefined; // a failed load is tried again on the next call
        throw err;
      },
    ));
  return group.ids.map((id) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      const handler = (await load()).get(id);
      if (!handler) throw new Error(`SageMaker Study: command ${id} has no handler`);
      return (handler as (...a: unknown[]) => unknown)(...args);
    }),
  );
}
