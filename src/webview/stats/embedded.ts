// The figures the page first draws: those the host wrote into it (a JSON data block, parsed as
// JSON, never HTML) or, after a reload of the tab, the newer ones kept in the webview's state.
import { STATS_DATA_ID, type StatsView } from '../../shared/statsView';

export function embeddedView(doc: Document): StatsView | undefined {
  try {
    const view: unknown = JSON.parse(doc.getElementById(STATS_DATA_ID)?.textContent ?? 'null');
    return typeof view === 'object' && view !== null ? (view as StatsView) : undefined;
  } catch {
    return undefined;
  }
}

/** The newer of the two (by the time they were computed), if any. */
export function firstView(embedded: StatsView | undefined, saved: StatsView | undefined): StatsView | undefined {
  if (!embedded || !saved) return embedded ?? saved;
  return saved.at > embedded.at ? saved : embedded;
}
