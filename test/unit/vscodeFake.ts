// The few parts of the `vscode` module the progress store uses, so the real store runs in plain
// mocha with in-memory mementos and a temporary storage folder. Installed before the store loads.
import Module from 'node:module';
import * as l10n from '@vscode/l10n';
import { pathToFileURL } from 'node:url';

export const shown: string[] = [];

class EventEmitter<T> {
  private listeners: ((e: T) => void)[] = [];
  event = (l: (e: T) => void) => {
    this.listeners.push(l);
    return { dispose: () => void (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(e: T) {
    for (const l of this.listeners) l(e);
  }
  dispose() {
    this.listeners = [];
  }
}

const fake = {
  EventEmitter,
  // English, as VS Code without a language pack: the message with its {0} placeholders filled.
  l10n: { t: l10n.t, bundle: undefined },
  env: { language: 'en' },
  Uri: {
    file: (p: string) => ({ scheme: 'file', fsPath: p, path: p, toString: () => pathToFileURL(p).href }),
    joinPath: (u: { path: string }, ...parts: string[]) => fake.Uri.file([u.path, ...parts].join('/')),
  },
  window: {
    showWarningMessage: async (m: string) => void shown.push(m),
    showInformationMessage: async (m: string) => void shown.push(m),
    setStatusBarMessage: (m: string) => {
      shown.push(m);
      return { dispose: () => undefined };
    },
  },
  workspace: { getConfiguration: () => ({ get: <T>(_k: string, d: T) => d }) },
};

const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const original = mod._load;
mod._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? fake : original(request, ...rest));

export interface MemoryMemento {
  data: Map<string, unknown>;
  get<T>(k: string, d?: T): T | undefined;
  update(k: string, v: unknown): Promise<void>;
  keys(): readonly string[];
  setKeysForSync(keys: readonly string[]): void;
  synced: readonly string[];
}

/** A memento that, like VS Code's, keeps a JSON copy of what it is given. */
export function memoryMemento(initial: Record<string, unknown> = {}): MemoryMemento {
  const data = new Map(Object.entries(initial));
  const m: MemoryMemento = {
    data,
    synced: [],
    get: <T>(k: string, d?: T) => (data.has(k) ? (data.get(k) as T) : d),
    update: async (k: string, v: unknown) => void (v === undefined ? data.delete(k) : data.set(k, JSON.parse(JSON.stringify(v)))),
    keys: () => [...data.keys()],
    setKeysForSync: (keys) => void (m.synced = keys),
  };
  return m;
}

export const silentLog = { info() {}, warn() {}, error() {}, debug() {}, trace() {} };
