// Hover lookups: the time per hover at every position of a realistic SageMaker SDK file, against a
// baseline that tries every glossary pattern in turn, and the worst hover in a 1 MB one-line JSON.
// Each hover does what the provider does: cut the window around the cursor, then look up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { Catalog } from '../../src/core/bank/model';
import { TermIndex } from '../../src/core/terms/termIndex';
import { findTermInWindow as hover, type LookupContext, lookupContext, type TermMatcher } from '../../src/core/terms/termLookup';
import { minifiedJson } from '../../test/fixtures/terms/minifiedJson';
import { ReferenceMatcher } from '../../test/fixtures/terms/referenceMatcher';
import { sageMakerSdkFile } from '../../test/fixtures/terms/sdkFile';
import { median, percentile, timeRuns } from './timing';

/** The baseline costs a few hundred microseconds a hover: it samples positions at this stride. */
const BASELINE_STRIDE = 37;
const JSON_SAMPLES = 20_000;

/** Microseconds per hover at each of the offsets (preallocated, so the timing loop itself makes no garbage). */
function timeHovers(matcher: TermMatcher, text: string, ctx: LookupContext, offsets: readonly number[]): number[] {
  const out = new Float64Array(offsets.length);
  for (let i = 0; i < offsets.length; i++) {
    const t = process.hrtime.bigint();
    hover(matcher, text, offsets[i], ctx);
    out[i] = Number(process.hrtime.bigint() - t) / 1e3;
  }
  return [...out];
}

function stride(length: number, step: number, start = 0): number[] {
  const out: number[] = [];
  for (let i = start; i < length; i += step) out.push(i);
  return out;
}

const us = (v: number) => (v < 10 ? `${v.toFixed(2)} µs` : `${v.toFixed(1)} µs`);

export function benchHover(root: string): Record<string, string> {
  const catalog = JSON.parse(brotliDecompressSync(readFileSync(join(root, 'dist', 'catalog.json.br'))).toString('utf8')) as Catalog;
  const build = timeRuns(20, () => new TermIndex(catalog.terms));
  const index = new TermIndex(catalog.terms);
  const baseline = new ReferenceMatcher(catalog.terms);

  const sdk = sageMakerSdkFile(5000);
  const lines = sdk.split('\n').length;
  const ctx = lookupContext('python', sdk);
  timeHovers(index, sdk, ctx, stride(sdk.length, 3)); // warm up the JIT
  const fast = timeHovers(index, sdk, ctx, stride(sdk.length, 1));
  const sampled = stride(sdk.length, BASELINE_STRIDE, 5);
  timeHovers(baseline, sdk, ctx, sampled.slice(0, 200)); // compile its regular expressions first
  const slow = timeHovers(baseline, sdk, ctx, sampled);
  // The baseline is the oracle too: a speed-up means nothing if the answers differ.
  const agree = sampled.filter((o) => JSON.stringify(hover(index, sdk, o, ctx)) === JSON.stringify(hover(baseline, sdk, o, ctx))).length;

  const json = minifiedJson(1024 * 1024);
  const firstStarted = process.hrtime.bigint();
  const jsonCtx = lookupContext('json', json);
  hover(index, json, json.indexOf('ml.p4d.24xlarge') + 3, jsonCtx);
  const first = Number(process.hrtime.bigint() - firstStarted) / 1e6;
  const jsonOffsets = stride(json.length, Math.floor(json.length / JSON_SAMPLES));
  const jsonRuns = [0, 1, 2].map(() => timeHovers(index, json, jsonCtx, jsonOffsets));
  // Each position's median of three runs: a garbage collection or a busy CPU during one run is not the position's cost.
  const jsonTimes = jsonOffsets.map((_, i) => median(jsonRuns.map((r) => r[i])));
  const jsonWorst = Math.max(...jsonTimes);
  const jsonP99 = percentile(jsonTimes, 99);

  const f50 = percentile(fast, 50);
  const f99 = percentile(fast, 99);
  const b50 = percentile(slow, 50);
  const b99 = percentile(slow, 99);
  return {
    [`hover, every position of a ${lines.toLocaleString('en')}-line SDK file (${fast.length.toLocaleString('en')} positions): p50 / p99 (target p99 <= 50 µs)`]: `${us(f50)} / ${us(f99)}`,
    [`hover baseline, every glossary pattern in turn (${slow.length.toLocaleString('en')} positions): p50 / p99`]: `${us(b50)} / ${us(b99)}`,
    'hover speed-up vs baseline, p50 / p99 (target >= 20x)': `${(b50 / f50).toFixed(0)}x / ${(b99 / f99).toFixed(0)}x`,
    'hover answers equal to the baseline': `${agree} of ${sampled.length}`,
    [`hover in a ${(json.length / 1024 / 1024).toFixed(1)} MB one-line minified JSON (${jsonTimes.length.toLocaleString('en')} positions, median of 3 runs each): p99 / worst (target <= 5 ms)`]: `${us(jsonP99)} / ${us(jsonWorst)}; first hover, with reading the file: ${first.toFixed(3)} ms`,
    'term index build, once per glossary load (median of 20)': `${median(build).toFixed(2)} ms`,
  };
}
