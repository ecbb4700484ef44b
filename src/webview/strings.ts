// The page's strings, as the host wrote them into its JSON data block (src/shared/webviewStrings.ts).
import { WEBVIEW_STRINGS_ID } from '../shared/webviewStrings';

export { fmt } from '../shared/webviewStrings';

/** Reads the strings once; a page without them (a broken build) shows each missing string's key. */
export function readStrings<T extends object>(): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document.getElementById(WEBVIEW_STRINGS_ID)?.textContent ?? '{}');
  } catch {
    parsed = {};
  }
  const table = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  return new Proxy(table, { get: (t, key) => (typeof t[key as string] === 'string' ? t[key as string] : String(key)) }) as T;
}
