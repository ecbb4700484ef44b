// axe-core inside a webview of the real VS Code: injected into the webview's inner frame and run on
// its document. Every run is kept in test-output/e2e/axe.json (view × theme × impact), so the
// figures are there to compare after a change, and the spec can assert on all of them at the end.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, FrameLocator } from 'playwright-core';
import { ROOT, SHOTS } from './workbench';

export type Impact = 'critical' | 'serious' | 'moderate' | 'minor';
export const IMPACTS: Impact[] = ['critical', 'serious', 'moderate', 'minor'];

export interface AxeViolation {
  id: string;
  impact: Impact;
  help: string;
  /** a few of the offending elements, as selectors, with axe's reason for the first */
  targets: string[];
  summary: string;
}

export interface AxeRun {
  view: string;
  theme: string;
  /** violations (rules) by impact; each rule counted once however many nodes fail it */
  counts: Record<Impact, number>;
  /** nodes that fail, by impact */
  nodes: Record<Impact, number>;
  violations: AxeViolation[];
  /** rules axe could not decide (e.g. contrast over an image), by id with their node count: for a person to look at */
  incomplete: Record<string, number>;
  /** where those undecided nodes are */
  undecided: string[];
  /** how many rules passed: proof that the run looked at something */
  passed: number;
}

interface AxeNode {
  target: string[];
  failureSummary?: string;
}

interface AxeResultViolation {
  id: string;
  impact: Impact | null;
  help: string;
  nodes: AxeNode[];
}

let source: string | undefined;

/** The document of a webview as a Frame (the locator API cannot inject scripts). */
async function frameOf(webview: FrameLocator): Promise<Frame> {
  const handle = await webview.locator('body').elementHandle();
  const frame = await handle?.ownerFrame();
  await handle?.dispose();
  if (!frame) throw new Error('the webview has no document to audit');
  return frame;
}

/** Loads axe into the frame once per document: a script tag, or (where the webview's CSP refuses inline scripts) an evaluation. */
async function inject(frame: Frame): Promise<void> {
  if (await frame.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object')) return;
  source ??= readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await frame.addScriptTag({ content: source }).catch(() => undefined);
  if (await frame.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object')) return;
  // The panel's CSP admits scripts by nonce only; DevTools evaluation is not subject to it.
  await frame.evaluate(`${source}\n;window.axe = axe;`);
}

/** Runs axe (WCAG 2.x A and AA, and best practices) on the webview's document and records the result. */
export async function audit(webview: FrameLocator, view: string, theme: string, options: { record?: boolean } = {}): Promise<AxeRun> {
  const frame = await frameOf(webview);
  await inject(frame);
  const result = await frame.evaluate(async () => {
    type Rule = { id: string; nodes: unknown[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[]; incomplete: Rule[]; passes: Rule[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    const where = r.incomplete.flatMap((i) => (i.nodes as { target: string[] }[]).slice(0, 3).map((n) => `${i.id}: ${n.target.join(' ')}`));
    return { violations: r.violations, incomplete: r.incomplete.map((i) => [i.id, i.nodes.length] as const), undecided: where, passed: r.passes.length };
  });
  const violations = result.violations as AxeResultViolation[];
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  const nodes = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  const list: AxeViolation[] = violations.map((v) => {
    const impact = v.impact ?? 'minor';
    counts[impact]++;
    nodes[impact] += v.nodes.length;
    return { id: v.id, impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')), summary: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300) };
  });
  const run: AxeRun = { view, theme, counts, nodes, violations: list, incomplete: Object.fromEntries(result.incomplete), undecided: result.undecided, passed: result.passed };
  if (options.record !== false) record(run);
  return run;
}

function record(run: AxeRun): void {
  const file = join(SHOTS, 'axe.json');
  mkdirSync(SHOTS, { recursive: true });
  const all = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AxeRun[]) : [];
  writeFileSync(file, JSON.stringify([...all.filter((r) => r.view !== run.view || r.theme !== run.theme), run], null, 2));
}

/** The serious and critical violations of a run, one line each, for an assertion message. */
export function blocking(run: AxeRun): string[] {
  return run.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${run.view} / ${run.theme}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')} — ${v.summary}`);
}

/** A table of the runs: one line per view and theme, violations (rules) by impact. */
export function table(runs: AxeRun[]): string {
  const lines = [`${'view'.padEnd(30)} ${'theme'.padEnd(20)} ${IMPACTS.map((i) => i.padStart(9)).join('')}  passed  rules violated; [undecided]`];
  for (const r of runs) {
    const undecided = Object.entries(r.incomplete).map(([id, n]) => `${id}×${n}`).join(', ');
    lines.push(`${r.view.padEnd(30)} ${r.theme.padEnd(20)} ${IMPACTS.map((i) => String(r.counts[i]).padStart(9)).join('')}  ${String(r.passed).padStart(6)}  ${r.violations.map((v) => v.id).join(', ')}${undecided ? ` [${undecided}]` : ''}`);
  }
  return lines.join('\n');
}
