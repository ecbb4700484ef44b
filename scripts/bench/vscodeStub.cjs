// A recording stand-in for the `vscode` module: every property is a callable, constructible proxy
// that notes the call, so activate() can run outside VS Code and be timed.
const calls = [];

function recorder(path) {
  const fn = function () {};
  return new Proxy(fn, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a promise
      if (prop === Symbol.toPrimitive) return () => path;
      if (prop === 'dispose') return () => undefined;
      return recorder(`${path}.${String(prop)}`);
    },
    set() {
      return true; // assignments (item.text = …) are accepted and forgotten
    },
    apply(_t, _this, args) {
      calls.push(path);
      if (path.endsWith('Uri.joinPath')) return { path: args.slice(1).join('/'), toString: () => args.slice(1).join('/') };
      return recorder(`${path}()`);
    },
    construct() {
      calls.push(`new ${path}`);
      return recorder(`new ${path}`);
    },
  });
}

// A plain object of namespaces: bundlers copy a module's enumerable keys when importing it.
const NAMESPACES = ['window', 'workspace', 'commands', 'languages', 'env', 'extensions', 'Uri', 'EventEmitter', 'Disposable',
  'ThemeIcon', 'ThemeColor', 'TreeItem', 'TreeItemCollapsibleState', 'MarkdownString', 'Hover', 'Range', 'Position',
  'ViewColumn', 'QuickPickItemKind', 'TabInputWebview', 'StatusBarAlignment', 'ConfigurationTarget', 'CodeAction', 'CodeActionKind',
  'Diagnostic', 'DiagnosticSeverity', 'RelativePattern', 'WorkspaceEdit'];
const stub = Object.fromEntries(NAMESPACES.map((n) => [n, recorder(`vscode.${n}`)]));
// English, with no bundle loaded: each message as written, its {0}… filled.
stub.l10n = { bundle: undefined, t: (message, ...args) => message.replace(/\{(\d+)\}/g, (m, i) => (i < args.length ? String(args[i]) : m)) };

/** An ExtensionContext with in-memory mementos (workspace state filled from `workspace`) and storage folders under `folder`. */
function context(workspace = {}, folder = require('node:os').tmpdir()) {
  const memento = (initial) => {
    const data = new Map(Object.entries(initial));
    return { get: (k, d) => (data.has(k) ? data.get(k) : d), update: async (k, v) => void data.set(k, v), keys: () => [...data.keys()], setKeysForSync() {} };
  };
  const dir = (name) => {
    const p = require('node:path').join(folder, name);
    return { scheme: 'file', fsPath: p, path: p };
  };
  return { subscriptions: [], extensionUri: { path: '/ext' }, workspaceState: memento(workspace), globalState: memento({}), storageUri: dir('workspace'), globalStorageUri: dir('global') };
}

module.exports = { stub, calls, context };
