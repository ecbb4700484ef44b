// Which files a workspace scan leaves out, as VS Code's search does: the `search.exclude` globs
// (files.exclude is applied by the file listing itself) and the `.gitignore` files of the folder.
import ignore, { type Ignore } from 'ignore';

/** A `search.exclude` / `files.exclude` value: on, off, or on when a sibling exists (`{ "when": "$(basename).ts" }`). */
export type ExcludeValue = boolean | { when: string };

/**
 * A VS Code glob as a regular expression over a path relative to the folder, with `/` separators:
 * `**` any number of folders, `*` and `?` within one name, `{a,b}` either, `[a-z]` / `[!a]` a range.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` any folders (none too), `/**` anything below, a lone `**` anything
        const slashAfter = glob[i + 2] === '/';
        re += slashAfter ? '(?:[^/]*/)*' : '.*';
        i += slashAfter ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      depth++;
      re += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      re += ')';
    } else if (c === ',' && depth > 0) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = glob.slice(i + 1, close);
        const negate = body[0] === '!' || body[0] === '^';
        if (negate) body = body.slice(1);
        re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\/\]]/g, '\\$&');
  }
  while (depth-- > 0) re += ')';
  return new RegExp(`^${re}$`);
}

interface Rule {
  re: RegExp;
  when?: string;
}

/** The exclude globs of a setting, as matchers of a folder-relative path or any folder above it. */
export class ExcludeGlobs {
  private readonly rules: Rule[] = [];

  constructor(setting: Readonly<Record<string, unknown>> | undefined) {
    for (const [glob, value] of Object.entries(setting ?? {})) {
      // A glob without a folder part matches at the root, as VS Code reads it; `./` is the root too.
      const pattern = glob.replace(/^\.\//, '').replace(/\/+$/, '');
      if (!pattern) continue;
      if (value === true) this.rules.push({ re: globToRegExp(pattern) });
      else if (typeof value === 'object' && value !== null && typeof (value as { when?: unknown }).when === 'string') {
        this.rules.push({ re: globToRegExp(pattern), when: (value as { when: string }).when });
      }
    }
  }

  get empty(): boolean {
    return this.rules.length === 0;
  }

  /** Whether `path` (folder-relative, `/`-separated) or a folder above it is excluded; `exists` answers sibling clauses. */
  excludes(path: string, exists: (path: string) => boolean = () => false): boolean {
    if (this.rules.length === 0) return false;
    for (const prefix of prefixes(path)) {
      for (const r of this.rules) {
        if (!r.re.test(prefix)) continue;
        if (r.when === undefined || exists(sibling(prefix, r.when))) return true;
      }
    }
    return false;
  }
}

/** `a`, `a/b`, `a/b/c.py` for `a/b/c.py`. */
function prefixes(path: string): string[] {
  const out: string[] = [];
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) out.push(path.slice(0, i));
  out.push(path);
  return out;
}

/** The path a `when` clause names: `$(basename).ts` beside `dir/name.js` is `dir/name.ts`. */
function sibling(path: string, when: string): string {
  const slash = path.lastIndexOf('/');
  const dir = slash >= 0 ? path.slice(0, slash + 1) : '';
  const name = path.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  return dir + when.replace(/\$\(basename\)/g, dot > 0 ? name.slice(0, dot) : name);
}

/** The `.gitignore` files of a folder tree, each applying below its own folder; a deeper file may re-include (`!`). */
export class GitIgnores {
  private readonly byDir = new Map<string, Ignore>();

  /** `dir`: the folder of the .gitignore, folder-relative ('' for the root). */
  add(dir: string, content: string): void {
    this.byDir.set(dir.replace(/\/+$/, ''), ignore({ allowRelativePaths: true }).add(content));
  }

  get empty(): boolean {
    return this.byDir.size === 0;
  }

  /** `path`: folder-relative; a folder's ends with `/` (rules such as `build/` match folders only). */
  ignores(path: string): boolean {
    if (this.byDir.size === 0) return false;
    let ignored = false;
    // From the root down: the deepest file that says anything decides.
    for (const dir of ['', ...prefixes(path.replace(/\/+$/, '')).slice(0, -1)]) {
      const ig = this.byDir.get(dir);
      if (!ig) continue;
      const r = ig.test(dir ? path.slice(dir.length + 1) : path);
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  }
}
