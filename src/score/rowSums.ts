import { ShiftedSums } from '../stats/ShiftedSums.js';
import type { Layout } from './layout.js';
import type { GroupedMoments, ProfileShape } from './groups.js';

// The per-row side of each accumulator in accumulators.ts: the same rules for which rows count, but
// adding to shifted sums (ShiftedSums) instead of CoMoments. Each class lays its slots out in the
// order of its accumulator's parts(), so a block's sums merge into the accumulator slot by slot.

/** Something that adds rows to shifted sums laid out in the order of an accumulator's parts(). */
export interface RowSums {
  readonly sums: ShiftedSums;
}

const repeat = (k: number, times: number): number[] => Array.from({ length: times }, () => k);

/** Rows of {@link SeriesAccumulator}: per item (k = 1), then per dimension (k = 1). */
export class SeriesSums implements RowSums {
  readonly sums: ShiftedSums;

  constructor(readonly layout: Layout) {
    this.sums = new ShiftedSums(repeat(1, layout.itemIds.length + layout.dimensions.length));
  }

  /** Adds one respondent's answers; writes their dimension scores (NaN where none) into `scores`. */
  add(values: Float64Array, scores: Float64Array): void {
    const sums = this.sums;
    const items = values.length;
    for (let i = 0; i < items; i++) {
      const x = values[i] as number;
      if (x === x) sums.add1(i, x);
    }
    const dims = this.layout.dimensions;
    for (let j = 0; j < dims.length; j++) {
      const d = dims[j] as Layout['dimensions'][number];
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
      if (score === score) sums.add1(items + j, score);
    }
  }
}

/** Rows of {@link ComparisonAccumulator}: per item [base, P, P − base] (k = 3), then per dimension. */
export class ComparisonSums implements RowSums {
  readonly sums: ShiftedSums;

  constructor(readonly layout: Layout) {
    const slots = layout.itemIds.length + layout.dimensions.length;
    this.sums = new ShiftedSums(repeat(3, slots), repeat(1, slots).map(() => true));
  }

  /**
   * Adds one respondent; writes their dimension gaps (NaN where none) into `gaps`, item gaps into
   * `itemGaps`, and, if given, their perception dimension scores (over the same paired items) into
   * `perceptionScores` and each dimension's [base, P, P − base] into `dimensionRows` (3 per dimension).
   */
  add(base: Float64Array, perception: Float64Array, gaps: Float64Array, itemGaps: Float64Array, perceptionScores?: Float64Array, dimensionRows?: Float64Array): void {
    const sums = this.sums;
    const items = base.length;
    for (let i = 0; i < items; i++) {
      const b = base[i] as number;
      const p = perception[i] as number;
      const g = p - b;
      itemGaps[i] = g;
      if (g === g) sums.addPaired(i, b, p, g);
    }
    const dims = this.layout.dimensions;
    for (let j = 0; j < dims.length; j++) {
      const d = dims[j] as Layout['dimensions'][number];
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
        const b = sb / count;
        const p = sp / count;
        const g = p - b;
        gaps[j] = g;
        if (perceptionScores !== undefined) perceptionScores[j] = p;
        if (dimensionRows !== undefined) {
          dimensionRows[3 * j] = b;
          dimensionRows[3 * j + 1] = p;
          dimensionRows[3 * j + 2] = g;
        }
        sums.addPaired(items + j, b, p, g);
      } else {
        gaps[j] = Number.NaN;
        if (perceptionScores !== undefined) perceptionScores[j] = Number.NaN;
        dimensionRows?.fill(Number.NaN, 3 * j, 3 * j + 3);
      }
    }
  }
}

/** Rows of {@link ZoneAccumulator}: per item [MIN, DES, P], per dimension the same, then inversions per item. */
export class ZoneSums implements RowSums {
  readonly sums: ShiftedSums;
  private readonly usable: Uint8Array;
  private readonly row = new Float64Array(3);

  constructor(readonly layout: Layout) {
    const k = layout.itemIds.length;
    this.sums = new ShiftedSums([...repeat(3, k + layout.dimensions.length), ...repeat(1, k)]);
    this.usable = new Uint8Array(k);
  }

  add(minimum: Float64Array, desired: Float64Array, perception: Float64Array): void {
    const sums = this.sums;
    const items = minimum.length;
    const inversions = items + this.layout.dimensions.length;
    for (let i = 0; i < items; i++) {
      const lo = minimum[i] as number;
      const hi = desired[i] as number;
      const p = perception[i] as number;
      this.usable[i] = 0;
      if (lo === lo && hi === hi && lo > hi) sums.count(inversions + i);
      else if (lo === lo && hi === hi && p === p) {
        this.usable[i] = 1;
        sums.add3(i, lo, hi, p);
      }
    }
    const dims = this.layout.dimensions;
    for (let j = 0; j < dims.length; j++) {
      const d = dims[j] as Layout['dimensions'][number];
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
        this.row[0] = s0 / count;
        this.row[1] = s1 / count;
        this.row[2] = s2 / count;
        sums.add(items + j, this.row);
      }
    }
  }
}

/** Rows of {@link ReliabilityAccumulator}: per dimension, its items over respondents who answered every one. */
export class ReliabilitySums implements RowSums {
  readonly sums: ShiftedSums;

  constructor(readonly layout: Layout) {
    this.sums = new ShiftedSums(layout.dimensions.map((d) => d.end - d.start));
  }

  add(values: Float64Array): void {
    const dims = this.layout.dimensions;
    outer: for (let j = 0; j < dims.length; j++) {
      const d = dims[j] as Layout['dimensions'][number];
      for (let i = d.start; i < d.end; i++) if ((values[i] as number) !== (values[i] as number)) continue outer;
      this.sums.add(j, values, d.start);
    }
  }
}

/** Rows of {@link PairwiseReliabilityAccumulator}: per dimension, each item alone, then each pair i < j. */
export class PairwiseReliabilitySums implements RowSums {
  readonly sums: ShiftedSums;
  private readonly row = new Float64Array(2);

  constructor(readonly layout: Layout) {
    this.sums = new ShiftedSums(
      layout.dimensions.flatMap((d) => {
        const k = d.end - d.start;
        return [...repeat(1, k), ...repeat(2, (k * (k - 1)) / 2)];
      }),
    );
  }

  add(values: Float64Array): void {
    const row = this.row;
    let slot = 0;
    for (const d of this.layout.dimensions) {
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
      slot = pair;
    }
  }
}

/** Rows of {@link ImportanceAccumulator}: stated weights (k = dimensions), then [overall, perception scores…]. */
export class ImportanceSums implements RowSums {
  readonly sums: ShiftedSums;
  private readonly row: Float64Array;

  constructor(readonly layout: Layout) {
    const d = layout.dimensions.length;
    this.sums = new ShiftedSums([d, d + 1]);
    this.row = new Float64Array(d + 1);
  }

  add(weights: Float64Array | null, overall: number, perceptionScores: Float64Array): void {
    if (weights !== null) this.sums.add(0, weights);
    if (overall !== overall) return;
    this.row[0] = overall;
    for (let j = 0; j < perceptionScores.length; j++) {
      const s = perceptionScores[j] as number;
      if (s !== s) return;
      this.row[j + 1] = s;
    }
    this.sums.add(1, this.row);
  }
}

/** Rows of {@link OverallAccumulator}: unweighted, weighted, then tallies by weight source. */
export class OverallSums implements RowSums {
  readonly sums = new ShiftedSums([1, 1, 1, 1, 1]);

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
    // tallies 2, 3, 4: respondent's own weights, the instrument's, equal
    const source = weights !== null ? 2 : this.layout.defaultWeights !== null ? 3 : 4;
    const w = weights ?? this.layout.defaultWeights;
    let weighted = 0;
    for (let j = 0; j < scores.length; j++) {
      weighted += w === null ? (scores[j] as number) / scores.length : ((w[j] as number) / 100) * (scores[j] as number);
    }
    const unweighted = sum / scores.length;
    this.sums.add1(0, unweighted);
    this.sums.add1(1, weighted);
    this.sums.count(source);
    if (out !== undefined) {
      out[0] = unweighted;
      out[1] = weighted;
    }
  }
}

/** Rows of one {@link GroupMoments}: a tally of rows, the profile's blocks, then the overall scores. */
export class GroupSums implements RowSums {
  readonly sums: ShiftedSums;

  constructor(readonly dimensions: number, readonly shape: ProfileShape) {
    // Width-3 blocks are [base, P, P − base]: paired slots.
    const blocks = dimensions * shape.blocks;
    this.sums = new ShiftedSums(
      [1, ...repeat(shape.width, blocks), ...repeat(1, shape.overall)],
      [false, ...repeat(1, blocks).map(() => shape.width === 3), ...repeat(1, shape.overall).map(() => false)],
    );
  }

  /** Adds one row's profile (NaN marks a block or overall score the row lacks). */
  add(profile: Float64Array, overall: Float64Array): void {
    const sums = this.sums;
    sums.count(0);
    const w = this.shape.width;
    const blocks = this.dimensions * this.shape.blocks;
    for (let k = 0; k < blocks; k++) {
      const at = k * w;
      if (profile[at] === profile[at] && profile[at + w - 1] === profile[at + w - 1]) {
        if (w === 3) sums.addPaired(1 + k, profile[at] as number, profile[at + 1] as number, profile[at + 2] as number);
        else sums.add(1 + k, profile, at);
      }
    }
    for (let k = 0; k < this.shape.overall; k++) {
      const x = overall[k] as number;
      if (x === x) sums.add1(1 + blocks + k, x);
    }
  }
}

/** Rows of a {@link GroupedMoments}: a {@link GroupSums} per key. */
export class GroupedSums {
  readonly groups = new Map<string, GroupSums>();

  constructor(readonly dimensions: number, readonly shape: ProfileShape) {}

  add(key: string, profile: Float64Array, overall: Float64Array): void {
    this.group(key).add(profile, overall);
  }

  /** The group of a key, made empty when missing. */
  group(key: string): GroupSums {
    let g = this.groups.get(key);
    if (g === undefined) {
      g = new GroupSums(this.dimensions, this.shape);
      this.groups.set(key, g);
    }
    return g;
  }

  /** Merges every group into the target's group of the same key (made when missing). */
  mergeInto(target: GroupedMoments): void {
    for (const [key, g] of this.groups) g.sums.mergeInto(target.group(key).parts());
  }

  reset(): void {
    this.groups.clear();
  }
}
