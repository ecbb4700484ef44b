// Which links the webview may open: only those on screen, that is in the last view the host sent
// (a question's Markdown links, its feedback's documentation links, a term card's page). A message
// asking for any other URL is refused, so a compromised or buggy webview cannot open arbitrary pages.
import type { HostToWebview } from '../../shared/protocol';

const MAX_DEPTH = 64;

/** Every https link a view carries: `href` of Markdown links, `links` lists and a term's `link`. */
export function linksInView(view: HostToWebview): Set<string> {
  const found = new Set<string>();
  const walk = (x: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || typeof x !== 'object' || x === null) return;
    if (Array.isArray(x)) {
      for (const item of x) walk(item, depth + 1);
      return;
    }
    for (const [key, value] of Object.entries(x)) {
      if ((key === 'href' || key === 'link') && typeof value === 'string') add(value);
      else if (key === 'links' && Array.isArray(value)) value.forEach((v) => typeof v === 'string' && add(v));
      else walk(value, depth + 1);
    }
  };
  const add = (url: string) => {
    if (/^https:\/\//.test(url)) found.add(url);
  };
  walk(view, 0);
  return found;
}

/** The links of what the panel shows now; `update` with each view sent replaces those of the last one. */
export class LinksOnScreen {
  private links = new Set<string>();
  /** a term card shows over the view, so its links are kept apart */
  private overlay = new Set<string>();

  update(view: HostToWebview): void {
    if (view.type === 'flagged') return;
    if (view.type === 'termCard') this.overlay = linksInView(view);
    else this.links = linksInView(view);
  }

  allows(url: string): boolean {
    return this.links.has(url) || this.overlay.has(url);
  }
}
