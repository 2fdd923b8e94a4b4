import { CoMoments, type CoMomentsJSON } from '../stats/CoMoments.js';
import type { Layout } from './layout.js';

// The accumulators behind a report. Each is a bundle of CoMoments, so merging and serialising a
// bundle is merging and serialising its parts in a fixed order.

/** Something made of CoMoments, in a fixed order. */
export interface MomentBundle {
  parts(): CoMoments[];
}

/** Merges bundle b into a, part by part. */
export function mergeBundle<T extends MomentBundle>(a: T, b: T): T {
  const pa = a.parts();
  const pb = b.parts();
  pa.forEach((part, i) => part.merge(pb[i] as CoMoments));
  return a;
}

/** Serialises a bundle's parts. */
export function bundleToJSON(bundle: MomentBundle): CoMomentsJSON[] {
  return bundle.parts().map((p) => p.toJSON());
}

/** Restores a bundle's parts in place from {@link bundleToJSON}. */
export function bundleFromJSON<T extends MomentBundle>(bundle: T, json: readonly CoMomentsJSON[]): T {
  const parts = bundle.parts();
  parts.forEach((part, i) => {
    const restored = CoMoments.fromJSON(json[i] as CoMomentsJSON);
    part.n = 0;
    part.merge(restored);
  });
  return bundle;
}

/**
 * One column role (perception, minimum, …): per item over everyone who answered it, and per
 * dimension over respondents with a dimension score (the mean of their answered items, given enough).
 */
export class SeriesAccumulator implements MomentBundle {
  readonly item: CoMoments[];
  readonly dimension: CoMoments[];

  constructor(readonly layout: Layout) {
    this.item = layout.itemIds.map(() => new CoMoments(1));
    this.dimension = layout.dimensions.map(() => new CoMoments(1));
  }

  parts(): CoMoments[] {
    return [...this.item, ...this.dimension];
  }
}

/**
 * A paired comparison of perception with a base (expectation, minimum or desired):
 * per item over respondents who answered both, moments of [base, P, P − base]; per dimension the
 * same over respondents with enough paired items, the scores being means over the paired items,
 * so the dimension gap is exactly P − base of the same respondents and items.
 */
export class ComparisonAccumulator implements MomentBundle {
  readonly item: CoMoments[];
  readonly dimension: CoMoments[];

  constructor(readonly layout: Layout) {
    this.item = layout.itemIds.map(() => new CoMoments(3));
    this.dimension = layout.dimensions.map(() => new CoMoments(3));
  }

  parts(): CoMoments[] {
    return [...this.item, ...this.dimension];
  }
}

/**
 * The zone of tolerance (PZB 1994): per item, moments of [MIN, DES, P] over respondents with all three
 * and no inversion (MIN > DES); per dimension over respondents with enough such items. Inversions are counted.
 */
export class ZoneAccumulator implements MomentBundle {
  readonly item: CoMoments[];
  readonly dimension: CoMoments[];
  /** Inverted answers per item, as a one-variable accumulator's n so it merges like the rest. */
  readonly inversions: CoMoments[];

  constructor(readonly layout: Layout) {
    this.item = layout.itemIds.map(() => new CoMoments(3));
    this.dimension = layout.dimensions.map(() => new CoMoments(3));
    this.inversions = layout.itemIds.map(() => new CoMoments(1));
  }

  parts(): CoMoments[] {
    return [...this.item, ...this.dimension, ...this.inversions];
  }
}

/** Per dimension, the co-moments of its items over respondents who answered every one (listwise). */
export class ReliabilityAccumulator implements MomentBundle {
  readonly dimension: CoMoments[];

  constructor(readonly layout: Layout) {
    this.dimension = layout.dimensions.map((d) => new CoMoments(d.end - d.start));
  }

  parts(): CoMoments[] {
    return this.dimension;
  }
}

/**
 * Per dimension, pairwise-complete co-moments (R's `cov(x, use = "pairwise")`, which
 * `psych::alpha(x)` uses when x has missing values): each item's variance over everyone who
 * answered it, each pair's covariance over everyone who answered both.
 */
export class PairwiseReliabilityAccumulator implements MomentBundle {
  /** Per dimension: k one-variable accumulators, then k(k − 1)/2 two-variable ones (pairs i < j). */
  readonly dimension: Array<{ single: CoMoments[]; pair: CoMoments[] }>;

  constructor(readonly layout: Layout) {
    this.dimension = layout.dimensions.map((d) => {
      const k = d.end - d.start;
      return {
        single: Array.from({ length: k }, () => new CoMoments(1)),
        pair: Array.from({ length: (k * (k - 1)) / 2 }, () => new CoMoments(2)),
      };
    });
  }

  /** The pairwise covariance of items a and b of dimension j. */
  covariance(j: number, a: number, b: number): number {
    const { single, pair } = this.dimension[j] as { single: CoMoments[]; pair: CoMoments[] };
    if (a === b) return (single[a] as CoMoments).variance(0);
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const k = single.length;
    const index = lo * k - (lo * (lo + 1)) / 2 + (hi - lo - 1);
    return (pair[index] as CoMoments).covariance(0, 1);
  }

  /** The smallest number of respondents behind any entry of dimension j's matrix. */
  minN(j: number): number {
    const { single, pair } = this.dimension[j] as { single: CoMoments[]; pair: CoMoments[] };
    return Math.min(...single.map((m) => m.n), ...pair.map((m) => m.n));
  }

  parts(): CoMoments[] {
    return this.dimension.flatMap((d) => [...d.single, ...d.pair]);
  }
}

/**
 * What importance is derived from: each respondent's stated 100-point weights (over everyone who gave
 * them), and the co-moments of [overall satisfaction, perception dimension scores…] over respondents
 * with all of them (the key-driver regression).
 */
export class ImportanceAccumulator implements MomentBundle {
  readonly stated: CoMoments;
  readonly drivers: CoMoments;

  constructor(readonly layout: Layout) {
    const d = layout.dimensions.length;
    this.stated = new CoMoments(d);
    this.drivers = new CoMoments(d + 1);
  }

  parts(): CoMoments[] {
    return [this.stated, this.drivers];
  }
}

/** Where a respondent's dimension weights came from. */
export type WeightSource = 'respondent' | 'instrument' | 'equal';

/**
 * Overall score over respondents with every dimension score: unweighted = mean of the dimension
 * scores; weighted = Σ (w_d / 100)·score_d with the respondent's weights, else the instrument's, else equal.
 */
export class OverallAccumulator implements MomentBundle {
  readonly unweighted = new CoMoments(1);
  readonly weighted = new CoMoments(1);
  /** Respondents by weight source (counted as n of one-variable accumulators so they merge). */
  readonly sources: Record<WeightSource, CoMoments> = {
    respondent: new CoMoments(1),
    instrument: new CoMoments(1),
    equal: new CoMoments(1),
  };

  constructor(readonly layout: Layout) {}

  parts(): CoMoments[] {
    return [this.unweighted, this.weighted, this.sources.respondent, this.sources.instrument, this.sources.equal];
  }
}
