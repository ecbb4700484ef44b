// The review log and the journal as text: exact round trips, torn last records dropped, merges
// that lose and double nothing, and prototype-named ids that are only ids.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyJournal, encodeJournalEntry, encodeJournalHeader, parseJournal } from '../../src/core/progress/journal';
import { exportProgress, importProgress } from '../../src/core/progress/exchange';
import { emptyProgress, parseTime } from '../../src/core/progress/model';
import { newer, recordReview } from '../../src/core/progress/operations';
import { encodeReview, inTimeOrder, mergeReviewLogs, parseReviewLog, REVIEW_LOG_HEADER, type ReviewLogEntry } from '../../src/core/progress/reviewLog';
import type { Grade } from '../../src/core/progress/model';

const entry: fc.Arbitrary<ReviewLogEntry> = fc.record(
  {
    at: fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2035-01-01') }),
    id: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), fc.constantFrom('term:sagemaker-estimator', 'constructor', '__proto__', 'a,b,c')),
    grade: fc.constantFrom<Grade>(1, 2, 3, 4),
    elapsedDays: fc.integer({ min: 0, max: 3_650_000 }).map((n) => n / 1e4),
    answerMs: fc.integer({ min: 0, max: 600_000 }),
  },
  { requiredKeys: ['at', 'id', 'grade'] },
).map((e) => ({ ...e }));

describe('review log', () => {
  it('reads back exactly what it wrote, in time order', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 50 }), (entries) => {
        const text = REVIEW_LOG_HEADER + entries.map(encodeReview).join('');
        const parsed = parseReviewLog(text);
        assert.equal(parsed.torn, false);
        assert.equal(parsed.skipped, 0);
        assert.deepEqual(parsed.entries, entries);
        const ordered = inTimeOrder(parsed.entries);
        for (let i = 1; i < ordered.length; i++) assert.ok(ordered[i - 1].at <= ordered[i].at);
      }),
      { numRuns: 200 },
    );
  });

  it('drops only a torn last record, wherever the crash cut it', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 20 }), fc.nat(), (entries, cutAt) => {
        const text = REVIEW_LOG_HEADER + entries.map(encodeReview).join('');
        const lastStart = text.length - encodeReview(entries[entries.length - 1]).length;
        const cut = lastStart + (cutAt % (text.length - lastStart));
        const parsed = parseReviewLog(text.slice(0, cut));
        assert.deepEqual(parsed.entries, entries.slice(0, -1));
        assert.equal(parsed.torn, cut > lastStart);
      }),
      { numRuns: 200 },
    );
  });

  it('merges two logs keeping every review once, whatever the overlap', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 30 }), (all, pa, pb) => {
        const unique = mergeReviewLogs(all, []);
        const a = unique.filter((_, i) => pa.includes(i) || i % 3 === 0);
        const b = unique.filter((_, i) => pb.includes(i) || i % 3 !== 0);
        const merged = mergeReviewLogs(a, b);
        assert.equal(merged.length, unique.length);
        assert.deepEqual(mergeReviewLogs(merged, merged), merged);
        assert.deepEqual(new Set(merged.map(encodeReview)), new Set(unique.map(encodeReview)));
      }),
      { numRuns: 200 },
    );
  });

  it('fits a million reviews well under 50 MB', () => {
    let bytes = 0;
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 1_000_000; i += 1000) bytes += encodeReview({ at: t0 + i * 60_000, id: `mla-d${i % 4}-${String(i % 997).padStart(3, '0')}`, grade: 3, elapsedDays: 12.3456, answerMs: 12_345 }).length;
    const perMillion = bytes * 1000;
    assert.ok(perMillion < 40 * 1024 * 1024, `${(perMillion / 1048576).toFixed(1)} MB`);
  });
});

describe('journal', () => {
  const opts = { retention: 0.9 };
  const rec = (grade: Grade, iso: string) => recordReview(emptyProgress(), 'x', grade, new Date(iso), opts).cards.x;

  it('lays its own entries over its own snapshot, and merges into a snapshot another machine synced', () => {
    const early = rec(1, '2026-03-01T00:00:00Z');
    const late = rec(3, '2026-03-05T00:00:00Z');
    const text = encodeJournalHeader({ writer: 'me', base: 4 }) + encodeJournalEntry({ s: 5, id: 'x', r: early }) + encodeJournalEntry({ s: 6, id: 'y', r: early });
    const journal = parseJournal(text);
    // My snapshot holds up to 5: only entry 6 applies.
    const mine = emptyProgress();
    assert.equal(applyJournal(mine, { writer: 'me', seq: 5 }, journal), 1);
    assert.deepEqual(Object.keys(mine.cards), ['y']);
    // A synced snapshot from elsewhere with a newer x: my older x does not replace it.
    const synced = emptyProgress();
    synced.cards.x = late;
    assert.equal(applyJournal(synced, { writer: 'other', seq: 99 }, journal), 1);
    assert.equal(synced.cards.x, late);
    assert.ok(synced.cards.y);
    // A torn last line is dropped.
    const torn = parseJournal(text + '{"s":7,"id":"z","r":{');
    assert.equal(torn.torn, true);
    assert.equal(torn.entries.length, 2);
  });
});

describe('progress ids and times from hostile input', () => {
  const opts = { retention: 0.9 };

  it('treats prototype names as ordinary ids everywhere', () => {
    let s = emptyProgress();
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) s = recordReview(s, id, 3, new Date('2026-03-01T00:00:00Z'), opts);
    assert.deepEqual(Object.keys(s.cards).sort(), ['__proto__', 'constructor', 'hasOwnProperty', 'toString']);
    const file = JSON.parse(JSON.stringify(exportProgress(s, new Date())));
    const back = importProgress(emptyProgress(), file);
    assert.deepEqual(Object.keys(back.state.cards).sort(), Object.keys(s.cards).sort());
    assert.equal(Object.getPrototypeOf(back.state.cards), null);
    assert.equal(({} as { attempts?: unknown }).attempts, undefined);
  });

  it('handles a "__proto__" card in an import file without changing any prototype', () => {
    const good = recordReview(emptyProgress(), 'a', 3, new Date('2026-03-01T00:00:00Z'), opts).cards.a;
    const text = `{"format":"sagemaker-study-progress","version":3,"exportedAt":"2026-03-01T00:00:00.000Z","cards":{"__proto__":${JSON.stringify(good)},"b":${JSON.stringify(good)}},"aside":{},"days":{}}`;
    const { state, summary } = importProgress(emptyProgress(), JSON.parse(text));
    assert.equal(summary.added, 2);
    assert.ok(Object.hasOwn(state.cards, '__proto__'));
    assert.equal(Object.getPrototypeOf(state.cards), null);
  });

  it('compares times as instants: the newer review wins whatever the text, and non-times are rejected', () => {
    const base = recordReview(emptyProgress(), 'a', 3, new Date('2026-03-01T12:00:00Z'), opts).cards.a;
    const file = (last: string) => ({ format: 'sagemaker-study-progress', version: 3, cards: { a: { ...base, first: last, last } }, aside: {}, days: {} });
    const local = recordReview(emptyProgress(), 'a', 1, new Date('2026-03-02T00:00:00Z'), opts);
    // An offset time that is earlier as an instant, though later as text.
    assert.equal(importProgress(local, file('2026-03-02T09:00:00+14:00')).summary.keptLocal, 1);
    assert.equal(importProgress(local, file('2026-03-02T09:00:00-02:00')).summary.updated, 1);
    for (const bad of ['9', 'Mon, 02 Mar 2026 09:00:00 GMT', '+275760-09-13T00:00:00.000Z', '2026-13-01T00:00:00Z']) {
      assert.deepEqual(importProgress(local, file(bad)).summary.rejected, ['a'], bad);
    }
    assert.equal(parseTime('2026-03-02T09:00:00+14:00'), Date.parse('2026-03-01T19:00:00Z'));
    assert.equal(newer(base, { ...base, last: '2026-03-01T13:00:00.000Z' }).last, '2026-03-01T13:00:00.000Z');
  });
});
