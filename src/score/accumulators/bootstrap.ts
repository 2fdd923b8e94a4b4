import type { Method } from '../../data/method.js';
import { CoMoments } from '../../stats/CoMoments.js';
import { counterBits, poissonOne, rowKey, unitOf } from '../../stats/counterDraws.js';
import { ShiftedSums } from '../../stats/ShiftedSums.js';
import type { Layout } from '../layout.js';
import { many, one, SlotList, type SlotView } from '../SlotList.js';
import type { AccumulatorKind, Moments, RowRule } from './AccumulatorKind.js';
import { profileShape } from './group.js';

/** What a bootstrap accumulator is made for: the layout, the method, and the replicates with their seed. */
export interface BootstrapOf {
  readonly layout: Layout;
  readonly method: Method;
  readonly replicates: number;
  readonly seed: number;
}

/**
 * The slots of one replicate, respondent-level scores only (never items): the method's dimension
 * profile as segments keep it (servqual [E, P, P − E] per dimension; servperf P; three-column
 * [MIN, P, P − MIN] and [DES, P, P − DES]), the overall scores (unweighted, weighted; three-column
 * adequacy's then superiority's), the stated 100-point weights (one slot each: only their means are
 * read), and [overall satisfaction, perception scores…, a random predictor] for derived importance and
 * the random-variable test of relative weights (Tonidandel, LeBreton & Johnson 2009).
 */
const replicateSlots = (layout: Layout, method: Method) => {
  const shape = profileShape(method);
  const d = layout.dimensions.length;
  return new SlotList({
    profile: many(d * shape.blocks, shape.width, shape.width === 3),
    overall: many(shape.overall, 1),
    stated: many(d, 1),
    drivers: one(d + 2),
  });
};

/** The moment view of one replicate. */
export type ReplicateView = SlotView<ReturnType<typeof replicateSlots>['runs']>;

/**
 * The replicates of the one-pass Poisson bootstrap (Hanley & MacGibbon 2006; Chamandy et al. 2012):
 * replicate b weights each row by a Poisson(1) draw keyed by (seed, row number, b), so its moments are
 * those of a resample, accumulated in the same pass. The weights are integers: a replicate's moments
 * are exactly those of the resample with each row repeated w times (n = Σ w).
 */
export interface BootstrapMoments extends Moments {
  readonly replicates: readonly ReplicateView[];
  /** The seed the draws were keyed by (analyzers of different seeds do not merge). */
  readonly seed: number;
}

/** Adds x with weight w to a one-variable slot at `o` of the arena (shifted sums, see ShiftedSums). */
function add1(a: Float64Array, o: number, w: number, x: number): void {
  if (a[o] === 0) a[o + 1] = x;
  a[o] = (a[o] as number) + w;
  const d = x - (a[o + 1] as number);
  const wd = w * d;
  a[o + 2] = (a[o + 2] as number) + wd;
  a[o + 3] = (a[o + 3] as number) + wd * d;
}

/** Adds [b, p, g] with weight w to a paired slot: the three diagonal sums only (see ShiftedSums.addPaired). */
function addPaired(a: Float64Array, o: number, w: number, b: number, p: number, g: number): void {
  if (a[o] === 0) {
    a[o + 1] = b;
    a[o + 2] = p;
    a[o + 3] = g;
  }
  a[o] = (a[o] as number) + w;
  const d0 = b - (a[o + 1] as number);
  const d1 = p - (a[o + 2] as number);
  const d2 = g - (a[o + 3] as number);
  a[o + 4] = (a[o + 4] as number) + w * d0;
  a[o + 5] = (a[o + 5] as number) + w * d1;
  a[o + 6] = (a[o + 6] as number) + w * d2;
  a[o + 7] = (a[o + 7] as number) + w * d0 * d0;
  a[o + 10] = (a[o + 10] as number) + w * d1 * d1;
  a[o + 12] = (a[o + 12] as number) + w * d2 * d2;
}

/** Adds the k values of `x` with weight w to a slot of k variables; `d` is scratch of k. */
function addK(a: Float64Array, o: number, k: number, w: number, x: Float64Array, d: Float64Array): void {
  if (a[o] === 0) for (let i = 0; i < k; i++) a[o + 1 + i] = x[i] as number;
  a[o] = (a[o] as number) + w;
  const s1 = o + 1 + k;
  for (let i = 0; i < k; i++) {
    const di = (x[i] as number) - (a[o + 1 + i] as number);
    d[i] = di;
    a[s1 + i] = (a[s1 + i] as number) + w * di;
  }
  let p = s1 + k;
  for (let i = 0; i < k; i++) {
    const wdi = w * (d[i] as number);
    for (let j = i; j < k; j++, p++) a[p] = (a[p] as number) + wdi * (d[j] as number);
  }
}

/**
 * {@link addK} for k = 7 (five dimensions: [overall, five perception scores, the random predictor]),
 * unrolled: the drivers' 28 cross-products are most of a replicate's work.
 */
function add7(a: Float64Array, o: number, w: number, x: Float64Array): void {
  if (a[o] === 0) for (let i = 0; i < 7; i++) a[o + 1 + i] = x[i] as number;
  a[o] = (a[o] as number) + w;
  const d0 = (x[0] as number) - (a[o + 1] as number);
  const d1 = (x[1] as number) - (a[o + 2] as number);
  const d2 = (x[2] as number) - (a[o + 3] as number);
  const d3 = (x[3] as number) - (a[o + 4] as number);
  const d4 = (x[4] as number) - (a[o + 5] as number);
  const d5 = (x[5] as number) - (a[o + 6] as number);
  const d6 = (x[6] as number) - (a[o + 7] as number);
  const w0 = w * d0;
  const w1 = w * d1;
  const w2 = w * d2;
  const w3 = w * d3;
  const w4 = w * d4;
  const w5 = w * d5;
  const w6 = w * d6;
  a[o + 8] = (a[o + 8] as number) + w0;
  a[o + 9] = (a[o + 9] as number) + w1;
  a[o + 10] = (a[o + 10] as number) + w2;
  a[o + 11] = (a[o + 11] as number) + w3;
  a[o + 12] = (a[o + 12] as number) + w4;
  a[o + 13] = (a[o + 13] as number) + w5;
  a[o + 14] = (a[o + 14] as number) + w6;
  a[o + 15] = (a[o + 15] as number) + w0 * d0;
  a[o + 16] = (a[o + 16] as number) + w0 * d1;
  a[o + 17] = (a[o + 17] as number) + w0 * d2;
  a[o + 18] = (a[o + 18] as number) + w0 * d3;
  a[o + 19] = (a[o + 19] as number) + w0 * d4;
  a[o + 20] = (a[o + 20] as number) + w0 * d5;
  a[o + 21] = (a[o + 21] as number) + w0 * d6;
  a[o + 22] = (a[o + 22] as number) + w1 * d1;
  a[o + 23] = (a[o + 23] as number) + w1 * d2;
  a[o + 24] = (a[o + 24] as number) + w1 * d3;
  a[o + 25] = (a[o + 25] as number) + w1 * d4;
  a[o + 26] = (a[o + 26] as number) + w1 * d5;
  a[o + 27] = (a[o + 27] as number) + w1 * d6;
  a[o + 28] = (a[o + 28] as number) + w2 * d2;
  a[o + 29] = (a[o + 29] as number) + w2 * d3;
  a[o + 30] = (a[o + 30] as number) + w2 * d4;
  a[o + 31] = (a[o + 31] as number) + w2 * d5;
  a[o + 32] = (a[o + 32] as number) + w2 * d6;
  a[o + 33] = (a[o + 33] as number) + w3 * d3;
  a[o + 34] = (a[o + 34] as number) + w3 * d4;
  a[o + 35] = (a[o + 35] as number) + w3 * d5;
  a[o + 36] = (a[o + 36] as number) + w3 * d6;
  a[o + 37] = (a[o + 37] as number) + w4 * d4;
  a[o + 38] = (a[o + 38] as number) + w4 * d5;
  a[o + 39] = (a[o + 39] as number) + w4 * d6;
  a[o + 40] = (a[o + 40] as number) + w5 * d5;
  a[o + 41] = (a[o + 41] as number) + w5 * d6;
  a[o + 42] = (a[o + 42] as number) + w6 * d6;
}

/** The row rule of the bootstrap: every replicate's weighted sums, in one arena, replicate after replicate. */
export class BootstrapRows implements RowRule {
  readonly sums: ShiftedSums;
  private readonly replicates: number;
  private readonly seed: number;
  /** Doubles of one replicate's sums in the arena. */
  private readonly stride: number;
  /** Offsets of the first replicate's slots: profile, overall, stated, drivers. */
  private readonly profileAt: Int32Array;
  private readonly overallAt: Int32Array;
  private readonly statedAt: Int32Array;
  private readonly driversAt: number;
  private readonly width: number;
  /** [overall, perception scores…, random predictor] of the row. */
  private readonly driverRow: Float64Array;
  private readonly scratch: Float64Array;
  /** Which profile entries, overall scores and stated weights the row has (1) or lacks (0). */
  private readonly hasProfile: Uint8Array;
  private readonly hasOverall: Uint8Array;

  constructor(of: BootstrapOf) {
    const slots = replicateSlots(of.layout, of.method);
    const per = slots.ks.length;
    this.replicates = of.replicates;
    this.seed = of.seed;
    this.sums = new ShiftedSums(
      Array.from({ length: per * of.replicates }, (_, s) => slots.ks[s % per] as number),
      Array.from({ length: per * of.replicates }, (_, s) => slots.paired[s % per] as boolean),
    );
    this.stride = per === 0 || of.replicates === 0 ? 0 : (this.sums.offsets[per] ?? this.sums.arena.length);
    const offsetsOf = (start: number, count: number) => Int32Array.from({ length: count }, (_, i) => this.sums.offsets[start + i] as number);
    const runs = slots.runs;
    this.profileAt = offsetsOf(slots.start.profile, runs.profile.ks.length);
    this.overallAt = offsetsOf(slots.start.overall, runs.overall.ks.length);
    this.statedAt = offsetsOf(slots.start.stated, runs.stated.ks.length);
    this.driversAt = this.sums.offsets[slots.start.drivers] as number;
    this.width = runs.profile.ks[0] ?? 1;
    this.driverRow = new Float64Array(of.layout.dimensions.length + 2);
    this.scratch = new Float64Array(of.layout.dimensions.length + 2);
    this.hasProfile = new Uint8Array(runs.profile.ks.length);
    this.hasOverall = new Uint8Array(runs.overall.ks.length);
  }

  /**
   * Adds one row to every replicate with a non-zero weight (a Poisson(1) draw is 0 for 37% of them).
   *
   * @param row - the row's number in the file (the data-quality log's): what keys its draws
   * @param profile - the row's dimension profile (width 1 or 3 per entry; NaN where it has no score)
   * @param overallScores - its overall scores (NaN where none)
   * @param weights - its 100-point weights, or `null`
   * @param overall - its overall satisfaction (NaN when none)
   * @param perceptionScores - its perception dimension scores (NaN where none)
   */
  add(row: number, profile: Float64Array, overallScores: Float64Array, weights: Float64Array | null, overall: number, perceptionScores: Float64Array): void {
    const width = this.width;
    const hasProfile = this.hasProfile;
    let any = false;
    for (let e = 0; e < hasProfile.length; e++) {
      const v = profile[e * width] as number;
      hasProfile[e] = v === v ? 1 : 0;
      if (v === v) any = true;
    }
    const hasOverall = this.hasOverall;
    for (let e = 0; e < hasOverall.length; e++) {
      const v = overallScores[e] as number;
      hasOverall[e] = v === v ? 1 : 0;
      if (v === v) any = true;
    }
    const dr = this.driverRow;
    const p = perceptionScores.length;
    let drivers = overall === overall;
    if (drivers) {
      dr[0] = overall;
      for (let j = 0; j < p; j++) {
        const s = perceptionScores[j] as number;
        if (s !== s) {
          drivers = false;
          break;
        }
        dr[j + 1] = s;
      }
    }
    if (!any && !drivers && weights === null) return;
    const a = this.sums.arena;
    const key = rowKey(this.seed, row, 0);
    const randomKey = rowKey(this.seed, row, 1);
    const { profileAt, overallAt, statedAt, driversAt, stride, scratch } = this;
    const k = dr.length;
    for (let b = 0; b < this.replicates; b++) {
      const bits = counterBits(key, b);
      const w = poissonOne(bits);
      if (w === 0) continue;
      const base = b * stride;
      for (let e = 0; e < hasProfile.length; e++) {
        if (hasProfile[e] === 0) continue;
        const o = base + (profileAt[e] as number);
        if (width === 3) addPaired(a, o, w, profile[3 * e] as number, profile[3 * e + 1] as number, profile[3 * e + 2] as number);
        else add1(a, o, w, profile[e] as number);
      }
      for (let e = 0; e < hasOverall.length; e++) if (hasOverall[e] === 1) add1(a, base + (overallAt[e] as number), w, overallScores[e] as number);
      if (weights !== null) for (let j = 0; j < statedAt.length; j++) add1(a, base + (statedAt[j] as number), w, weights[j] as number);
      if (drivers) {
        dr[k - 1] = unitOf(counterBits(randomKey, b));
        if (k === 7) add7(a, base + driversAt, w, dr);
        else addK(a, base + driversAt, k, w, dr, scratch);
      }
    }
  }
}

/**
 * The bootstrap's replicates (only when asked for): each replicate's slots declared once
 * ({@link replicateSlots}), repeated for every replicate, so merging, serialising, blocks and threads
 * walk them as any other parts.
 */
export const bootstrap: AccumulatorKind<BootstrapOf, BootstrapMoments, BootstrapRows> = {
  moments: (of) => {
    const slots = replicateSlots(of.layout, of.method);
    const per = slots.ks.length;
    const parts = Array.from({ length: per * of.replicates }, (_, s) => new CoMoments(slots.ks[s % per] as number));
    const replicates = Array.from({ length: of.replicates }, (_, b) => slots.view(parts.slice(b * per, (b + 1) * per)));
    return { parts, replicates, seed: of.seed };
  },
  rows: (of) => new BootstrapRows(of),
};
