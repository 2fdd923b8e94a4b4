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

  /** Adds one respondent's answers; writes their dimension scores (NaN where none) into `scores`. */
  add(values: Float64Array, scores: Float64Array): void {
    for (let i = 0; i < values.length; i++) {
      const x = values[i] as number;
      if (x === x) (this.item[i] as CoMoments).add1(x);
    }
    this.layout.dimensions.forEach((d, j) => {
      let count = 0;
      let sum = 0;
      for (let i = d.start; i < d.end; i++) {
        const x = values[i] as number;
        if (x === x) {
          count++;
          sum += x;
        }
      }
      const score = count >= d.minItems ? sum / count : Number.NaN;
      scores[j] = score;
      if (score === score) (this.dimension[j] as CoMoments).add1(score);
    });
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
  private readonly row = new Float64Array(3);

  constructor(readonly layout: Layout) {
    this.item = layout.itemIds.map(() => new CoMoments(3));
    this.dimension = layout.dimensions.map(() => new CoMoments(3));
  }

  /**
   * Adds one respondent; writes their dimension gaps (NaN where none) into `gaps`, item gaps into
   * `itemGaps`, and, if given, their perception dimension scores (over the same paired items) into
   * `perceptionScores` and each dimension's [base, P, P − base] into `dimensionRows` (3 per dimension).
   */
  add(base: Float64Array, perception: Float64Array, gaps: Float64Array, itemGaps: Float64Array, perceptionScores?: Float64Array, dimensionRows?: Float64Array): void {
    const row = this.row;
    for (let i = 0; i < base.length; i++) {
      const b = base[i] as number;
      const p = perception[i] as number;
      const g = p - b;
      itemGaps[i] = g;
      if (g === g) (this.item[i] as CoMoments).add3(b, p, g);
    }
    this.layout.dimensions.forEach((d, j) => {
      let count = 0;
      let sb = 0;
      let sp = 0;
      for (let i = d.start; i < d.end; i++) {
        const g = itemGaps[i] as number;
        if (g === g) {
          count++;
          sb += base[i] as number;
          sp += perception[i] as number;
        }
      }
      if (count >= d.minItems) {
        row[0] = sb / count;
        row[1] = sp / count;
        row[2] = row[1] - row[0];
        gaps[j] = row[2];
        if (perceptionScores !== undefined) perceptionScores[j] = row[1];
        if (dimensionRows !== undefined) {
          dimensionRows[3 * j] = row[0];
          dimensionRows[3 * j + 1] = row[1];
          dimensionRows[3 * j + 2] = row[2];
        }
        (this.dimension[j] as CoMoments).add3(row[0], row[1], row[2]);
      } else {
        gaps[j] = Number.NaN;
        if (perceptionScores !== undefined) perceptionScores[j] = Number.NaN;
        dimensionRows?.fill(Number.NaN, 3 * j, 3 * j + 3);
      }
    });
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
  private readonly row = new Float64Array(3);
  private readonly usable: Uint8Array;

  constructor(readonly layout: Layout) {
    this.item = layout.itemIds.map(() => new CoMoments(3));
    this.dimension = layout.dimensions.map(() => new CoMoments(3));
    this.inversions = layout.itemIds.map(() => new CoMoments(1));
    this.usable = new Uint8Array(layout.itemIds.length);
  }

  add(minimum: Float64Array, desired: Float64Array, perception: Float64Array): void {
    const row = this.row;
    for (let i = 0; i < minimum.length; i++) {
      const lo = minimum[i] as number;
      const hi = desired[i] as number;
      const p = perception[i] as number;
      this.usable[i] = 0;
      if (lo === lo && hi === hi && lo > hi) (this.inversions[i] as CoMoments).add1(0);
      else if (lo === lo && hi === hi && p === p) {
        this.usable[i] = 1;
        (this.item[i] as CoMoments).add3(lo, hi, p);
      }
    }
    this.layout.dimensions.forEach((d, j) => {
      let count = 0;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      for (let i = d.start; i < d.end; i++) {
        if (this.usable[i] === 1) {
          count++;
          s0 += minimum[i] as number;
          s1 += desired[i] as number;
          s2 += perception[i] as number;
        }
      }
      if (count >= d.minItems) {
        row[0] = s0 / count;
        row[1] = s1 / count;
        row[2] = s2 / count;
        (this.dimension[j] as CoMoments).add(row);
      }
    });
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

  add(values: Float64Array): void {
    this.layout.dimensions.forEach((d, j) => {
      for (let i = d.start; i < d.end; i++) if ((values[i] as number) !== (values[i] as number)) return;
      (this.dimension[j] as CoMoments).add(values, d.start);
    });
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
  private readonly row = new Float64Array(2);

  constructor(readonly layout: Layout) {
    this.dimension = layout.dimensions.map((d) => {
      const k = d.end - d.start;
      return {
        single: Array.from({ length: k }, () => new CoMoments(1)),
        pair: Array.from({ length: (k * (k - 1)) / 2 }, () => new CoMoments(2)),
      };
    });
  }

  add(values: Float64Array): void {
    const row = this.row;
    this.layout.dimensions.forEach((d, j) => {
      const { single, pair } = this.dimension[j] as { single: CoMoments[]; pair: CoMoments[] };
      const k = d.end - d.start;
      let p = 0;
      for (let a = 0; a < k; a++) {
        const x = values[d.start + a] as number;
        if (x === x) (single[a] as CoMoments).add1(x);
        for (let b = a + 1; b < k; b++, p++) {
          const y = values[d.start + b] as number;
          if (x === x && y === y) {
            row[0] = x;
            row[1] = y;
            (pair[p] as CoMoments).add(row);
          }
        }
      }
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
  private readonly row: Float64Array;

  constructor(readonly layout: Layout) {
    const d = layout.dimensions.length;
    this.stated = new CoMoments(d);
    this.drivers = new CoMoments(d + 1);
    this.row = new Float64Array(d + 1);
  }

  add(weights: Float64Array | null, overall: number, perceptionScores: Float64Array): void {
    if (weights !== null) this.stated.add(weights);
    if (overall !== overall) return;
    this.row[0] = overall;
    for (let j = 0; j < perceptionScores.length; j++) {
      const s = perceptionScores[j] as number;
      if (s !== s) return;
      this.row[j + 1] = s;
    }
    this.drivers.add(this.row);
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

  /** Adds a respondent with every dimension score; writes [unweighted, weighted] into `out` (NaN when not added). */
  add(scores: Float64Array, weights: Float64Array | null, out?: Float64Array): void {
    let sum = 0;
    out?.fill(Number.NaN);
    for (let j = 0; j < scores.length; j++) {
      const s = scores[j] as number;
      if (s !== s) return;
      sum += s;
    }
    const source: WeightSource = weights !== null ? 'respondent' : this.layout.defaultWeights !== null ? 'instrument' : 'equal';
    const w = weights ?? this.layout.defaultWeights;
    let weighted = 0;
    for (let j = 0; j < scores.length; j++) {
      weighted += w === null ? (scores[j] as number) / scores.length : (((w[j] as number) / 100) * (scores[j] as number));
    }
    this.unweighted.add1(sum / scores.length);
    this.weighted.add1(weighted);
    this.sources[source].add1(0);
    if (out !== undefined) {
      out[0] = sum / scores.length;
      out[1] = weighted;
    }
  }

  parts(): CoMoments[] {
    return [this.unweighted, this.weighted, this.sources.respondent, this.sources.instrument, this.sources.equal];
  }
}
