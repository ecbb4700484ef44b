// Lint rules, including the import boundaries that keep the layers apart:
//   src/core     pure TypeScript: no vscode, no DOM, nothing from host/webview
//   src/shared   types and guards both sides use: no vscode, no host, no webview, no core
//   src/webview  browser code: no vscode, no host, no Node built-ins
//   src/host     vscode adapters: never the webview
import tseslint from 'typescript-eslint';

const vscodeBan = { name: 'vscode', message: 'Only src/host and src/extension.ts may import vscode.' };
const layer = (from, patterns) => ({
  files: [`src/${from}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { paths: [vscodeBan], patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-output/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='innerHTML']", message: 'Build DOM with textContent; bank text is never HTML.' }],
    },
  },
  layer('core', [
    { group: ['**/host/**', '**/webview/**', '**/extension'], message: 'The core is pure: it must not depend on host or webview code.' },
  ]),
  layer('shared', [
    { group: ['**/host/**', '**/webview/**'], message: 'Shared protocol code must not depend on either side.' },
    { group: ['**/core/**', '../core', '../core/*'], message: 'src/shared imports nothing from src/core (the core may import shared types): move the type into src/shared.' },
  ]),
  layer('webview', [
    { group: ['**/host/**', '**/extension', 'node:*', 'fs', 'path', 'child_process'], message: 'Webview code runs in the browser: no host code, no Node built-ins.' },
  ]),
  {
    files: ['src/host/**/*.ts', 'src/extension.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/webview/**', '../webview/**', '../../webview/**'], message: 'The host talks to the webview only through src/shared/protocol.ts.' }] }] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The CLI runs without VS Code.' }], patterns: [{ group: ['**/host/**', '**/webview/**'], message: 'The CLI uses the core only.' }] }] },
  },
);
