// Scans files for glossary terms without holding the thread: files are sized and read in batches
// (asynchronously, by the caller's reader), and matched in slices of a few milliseconds with the
// thread handed back between them, so the editor stays responsive during a scan of thousands of files.
import type { TermMatcher } from '../termLookup';
import { FileScan } from './fileScan';
import type { TermUsage } from './termUsage';

/** Files larger than this are skipped (and counted): generated or minified, not the learner's code. */
export const MAX_SCAN_BYTES = 1024 * 1024;
/**
 * The longest stretch of matching between two hand-backs of the thread. Well under the 50 ms a
 * block may last: on a busy machine the OS may pause the thread in the middle of a slice too.
 */
export const SLICE_MS = 4;
const BATCH = 32;

export interface ScanDeps {
  index: TermMatcher;
  /** the file's size in bytes, or undefined when it is gone */
  size(file: string): Promise<number | undefined>;
  /** the file's bytes, or undefined when it is gone or unreadable */
  read(file: string): Promise<Uint8Array | undefined>;
  /** lets other work run (setImmediate in the extension host) */
  yieldToHost(): Promise<void>;
  /** a monotonic clock in milliseconds */
  now(): number;
  /** the languages a notebook's code cells must be in to count (the hover's languages) */
  cellLanguages: ReadonlySet<string>;
  sliceMs?: number;
  maxBytes?: number;
  isCancelled?(): boolean;
  onProgress?(done: number, total: number): void;
}

export interface ScanResult {
  scanned: number;
  /** files over the size cap, left out */
  tooLarge: string[];
  /** files gone or unreadable by the time they were read */
  unreadable: number;
  cancelled: boolean;
  /** the longest the scan held the thread at once, in ms */
  longestSliceMs: number;
}

/** Scans `files` and puts what each holds into `usage` (a file with no terms, or gone, is dropped from it). */
export async function scanFiles(files: readonly string[], usage: TermUsage, deps: ScanDeps): Promise<ScanResult> {
  const sliceMs = deps.sliceMs ?? SLICE_MS;
  const maxBytes = deps.maxBytes ?? MAX_SCAN_BYTES;
  const result: ScanResult = { scanned: 0, tooLarge: [], unreadable: 0, cancelled: false, longestSliceMs: 0 };
  const decoder = new TextDecoder();
  let sliceStart = deps.now();
  const overBudget = () => deps.now() - sliceStart >= sliceMs;
  const handBack = async () => {
    result.longestSliceMs = Math.max(result.longestSliceMs, deps.now() - sliceStart);
    await deps.yieldToHost();
    sliceStart = deps.now();
  };
  const cancelled = () => (result.cancelled ||= deps.isCancelled?.() ?? false);

  for (let b = 0; b < files.length; b += BATCH) {
    if (cancelled()) break;
    const batch = files.slice(b, b + BATCH);
    // Sizes first: a huge file is never read into memory.
    const sizes = await Promise.all(batch.map((f) => deps.size(f).catch(() => undefined)));
    const wanted = batch.filter((f, i) => sizes[i] !== undefined && sizes[i]! <= maxBytes);
    batch.forEach((f, i) => {
      if (sizes[i] === undefined) {
        result.unreadable++;
        usage.delete(f);
      } else if (sizes[i]! > maxBytes) {
        result.tooLarge.push(f);
        usage.delete(f);
      }
    });
    const contents = await Promise.all(wanted.map((f) => deps.read(f).catch(() => undefined)));
    // Awaiting the reads gave the thread back: a new slice starts.
    sliceStart = deps.now();
    for (let i = 0; i < wanted.length; i++) {
      if (cancelled()) break;
      const bytes = contents[i];
      if (!bytes) {
        result.unreadable++;
        usage.delete(wanted[i]);
        continue;
      }
      const scan = new FileScan(deps.index, wanted[i], decoder.decode(bytes), deps.cellLanguages);
      while (!scan.step(overBudget)) {
        await handBack();
        if (cancelled()) break;
      }
      if (!scan.done) break;
      usage.set(wanted[i], scan.hits);
      result.scanned++;
      if (overBudget()) await handBack();
    }
    result.longestSliceMs = Math.max(result.longestSliceMs, deps.now() - sliceStart);
    deps.onProgress?.(Math.min(files.length, b + batch.length), files.length);
    if (!result.cancelled) await handBack();
  }
  return result;
}
