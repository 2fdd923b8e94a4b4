import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import { reliabilityFromCovariance } from '../../stats/reliabilityFromMoments.js';
import type { Layout } from '../layout.js';
import { many, SlotList, type SlotRun } from '../SlotList.js';
import { momentsOf, type AccumulatorKind, type RowRule } from './AccumulatorKind.js';
import type { ReliabilityMoments } from './reliability.js';

/** The slots of pairwise reliability: per dimension j, `single<j>` (each item alone), then `pair<j>` (each pair a < b). */
const slotsOf = (layout: Layout) => {
  const runs: Record<string, SlotRun> = {};
  layout.dimensions.forEach((d, j) => {
    const k = d.end - d.start;
    runs[`single${j}`] = many(k, 1);
    runs[`pair${j}`] = many((k * (k - 1)) / 2, 2);
  });
  return new SlotList(runs);
};

/**
 * Per dimension, pairwise-complete co-moments (R's `cov(x, use = "pairwise")`, which
 * `psych::alpha(x)` uses when x has missing values): each item's variance over everyone who
 * answered it, each pair's covariance over everyone who answered both.
 */
export interface PairwiseReliabilityMoments extends ReliabilityMoments {
  /** Per dimension: k one-variable accumulators, then k(k − 1)/2 two-variable ones (pairs i < j). */
  readonly dimension: ReadonlyArray<{ single: CoMoments[]; pair: CoMoments[] }>;
  /** The pairwise covariance of items a and b of dimension j. */
  covariance(j: number, a: number, b: number): number;
  /** The smallest number of respondents behind any entry of dimension j's matrix. */
  minN(j: number): number;
}

/** The row rule of pairwise reliability. */
export class PairwiseReliabilityRows implements RowRule {
  readonly sums: ShiftedSums;
  /** The first slot of each dimension (its `single<j>` run; its pairs follow). */
  private readonly starts: Int32Array;
  private readonly row = new Float64Array(2);
  /** Never fed by a comparison (see ReliabilityRows.fed): its pairs are not the comparison's rows. */
  readonly fed = false;

  constructor(readonly layout: Layout) {
    const slots = slotsOf(layout);
    this.sums = slots.sums();
    this.starts = Int32Array.from(layout.dimensions, (_, j) => slots.start[`single${j}`] as number);
  }

  add(values: Float64Array): void {
    const row = this.row;
    const dims = this.layout.dimensions;
    for (let j = 0; j < dims.length; j++) {
      const d = dims[j] as Layout['dimensions'][number];
      const slot = this.starts[j] as number;
      const k = d.end - d.start;
      let pair = slot + k;
      for (let a = 0; a < k; a++) {
        const x = values[d.start + a] as number;
        if (x === x) this.sums.add1(slot + a, x);
        for (let b = a + 1; b < k; b++, pair++) {
          const y = values[d.start + b] as number;
          if (x === x && y === y) {
            row[0] = x;
            row[1] = y;
            this.sums.add(pair, row);
          }
        }
      }
    }
  }
}

/** Reliability from pairwise-complete covariances (`psych::alpha(x)` with missing data); n is the smallest pair count. */
export const pairwiseReliability: AccumulatorKind<Layout, PairwiseReliabilityMoments, PairwiseReliabilityRows> = {
  moments(layout) {
    const view = momentsOf(slotsOf(layout));
    const dimension = layout.dimensions.map((_, j) => ({ single: view[`single${j}`] as CoMoments[], pair: view[`pair${j}`] as CoMoments[] }));
    const covariance = (j: number, a: number, b: number): number => {
      const { single, pair } = dimension[j] as { single: CoMoments[]; pair: CoMoments[] };
      if (a === b) return (single[a] as CoMoments).variance(0);
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const k = single.length;
      const index = lo * k - (lo * (lo + 1)) / 2 + (hi - lo - 1);
      return (pair[index] as CoMoments).covariance(0, 1);
    };
    const minN = (j: number): number => {
      const { single, pair } = dimension[j] as { single: CoMoments[]; pair: CoMoments[] };
      return Math.min(...single.map((m) => m.n), ...pair.map((m) => m.n));
    };
    return {
      parts: view.parts,
      dimension,
      covariance,
      minN,
      of: (j, ids) => reliabilityFromCovariance((a, b) => covariance(j, a, b), ids.length, minN(j), ids),
    };
  },
  rows: (layout) => new PairwiseReliabilityRows(layout),
};
