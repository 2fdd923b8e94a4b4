import { describe, expect, it } from 'vitest';
import { servqual22 } from '../src/index.js';
import { ComparisonRows } from '../src/score/accumulators/comparison.js';
import { ReliabilityRows } from '../src/score/accumulators/reliability.js';
import { layoutOf } from '../src/score/layout.js';
import { seededRandom } from './helpers/seededRandom.js';

// A comparison feeds the listwise reliabilities the answers it holds (ComparisonRows.feed), instead
// of each reliability holding its own copy. The reference is the row rule the route used before:
// each ReliabilityRows given every row by add(). Their sums must be the same bit for bit, so the
// report is byte-identical: the same rows reach each slot in the same order.

/** Rows of E and P answers: 1–7, a tenth missing, and some halves (sums that round, so order shows). */
function makeRows(count: number, k: number): Array<{ e: Float64Array; p: Float64Array }> {
  const next = seededRandom(20261202);
  const answer = (): number => {
    const u = next();
    if (u < 0.1) return Number.NaN;
    return 1 + Math.floor(next() * 7) + (u > 0.9 ? 0.5 : 0);
  };
  return Array.from({ length: count }, () => ({ e: Float64Array.from({ length: k }, answer), p: Float64Array.from({ length: k }, answer) }));
}

describe('a comparison feeding listwise reliabilities', () => {
  it('gives the sums of reliabilities added row by row, bit for bit, over many flushes', () => {
    const layout = layoutOf(servqual22);
    const k = layout.itemIds.length;
    const d = layout.dimensions.length;
    const fed = new ComparisonRows(layout);
    const byFeed = { base: new ReliabilityRows(layout), perception: new ReliabilityRows(layout), gap: new ReliabilityRows(layout) };
    fed.feed(byFeed.base, 'base');
    fed.feed(byFeed.perception, 'perception');
    fed.feed(byFeed.gap, 'gap');
    expect(Object.values(byFeed).every((rule) => rule.fed)).toBe(true);
    const alone = new ComparisonRows(layout);
    const byRow = { base: new ReliabilityRows(layout), perception: new ReliabilityRows(layout), gap: new ReliabilityRows(layout) };
    expect(Object.values(byRow).some((rule) => rule.fed)).toBe(false);

    const scratch = () => ({ gaps: new Float64Array(d), itemGaps: new Float64Array(k) });
    const a = scratch();
    const b = scratch();
    // 1000 rows: 15 full runs of held rows and a part run, which flush() adds
    for (const { e, p } of makeRows(1000, k)) {
      fed.add(e, p, a.gaps, a.itemGaps);
      alone.add(e, p, b.gaps, b.itemGaps);
      byRow.base.add(e);
      byRow.perception.add(p);
      byRow.gap.add(b.itemGaps);
    }
    for (const rule of [fed, alone, byFeed.base, byFeed.perception, byFeed.gap, byRow.base, byRow.perception, byRow.gap]) rule.flush();

    for (const part of ['base', 'perception', 'gap'] as const) {
      const got = Array.from(byFeed[part].sums.arena);
      const want = Array.from(byRow[part].sums.arena);
      expect(got.map((x, i) => Object.is(x, want[i])).every(Boolean)).toBe(true);
      // not vacuous: each dimension's slot counted the complete rows (about 0.9^(2·4…5) of 1000 for gaps)
      for (let j = 0; j < d; j++) expect(byFeed[part].sums.n(j)).toBeGreaterThan(50);
    }
    expect(Array.from(fed.sums.arena)).toEqual(Array.from(alone.sums.arena));
  });
});
