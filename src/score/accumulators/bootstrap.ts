import type { Method } from '../../data/method.js';
import { CoMoments } from '../../stats/CoMoments.js';
import { counterBits, resamplingUnit, rowKey, unitOf } from '../../stats/counterDraws.js';
import { ShiftedSums } from '../../stats/ShiftedSums.js';
import type { Layout } from '../layout.js';
import { many, one, SlotList, type SlotView } from '../SlotList.js';
import type { AccumulatorKind, Moments, RowRule } from './AccumulatorKind.js';
import { profileShape } from './group.js';

/** What a bootstrap accumulator is made for: the layout, the method, the replicates with their seed, and the resampling units. */
export interface BootstrapOf {
  readonly layout: Layout;
  readonly method: Method;
  readonly replicates: number;
  readonly seed: number;
  /** How many resampling units rows fall into ({@link resamplingUnit}). */
  readonly units: number;
}

/**
 * The slots of one resampling unit, and of one replicate, respondent-level scores only (never items):
 * the method's dimension profile as segments keep it (servqual [E, P, P − E] per dimension; servperf P;
 * three-column [MIN, P, P − MIN] and [DES, P, P − DES]), the overall scores (unweighted, weighted;
 * three-column adequacy's then superiority's), the stated 100-point weights (one slot: a row gives all
 * or none; only their means are read), and [overall satisfaction, perception scores…, a random predictor] for derived
 * importance and the random-variable test of relative weights (Tonidandel, LeBreton & Johnson 2009).
 */
const unitSlots = (layout: Layout, method: Method) => {
  const shape = profileShape(method);
  const d = layout.dimensions.length;
  return new SlotList({
    profile: many(d * shape.blocks, shape.width, shape.width === 3),
    overall: many(shape.overall, 1),
    stated: one(d),
    drivers: one(d + 2),
  });
};

/** The slots of one unit or replicate. */
export type UnitSlots = ReturnType<typeof unitSlots>;

/** The moment view of one replicate. */
export type ReplicateView = SlotView<UnitSlots['runs']>;

/**
 * The one-pass Poisson bootstrap (Hanley & MacGibbon 2006; Chamandy et al. 2012) kept as the moments of
 * its resampling units: every row falls into one of `units` units ({@link resamplingUnit}: a row of
 * its own while there are fewer rows than units), and replicate b weights each unit by a Poisson(1)
 * draw keyed by (seed, unit, b). The replicates are made from the units' moments when the report is
 * built (score/bootstrapResamples.ts), so a row costs one update whatever the number of replicates.
 */
export interface BootstrapMoments extends Moments {
  /** The units' moments, unit after unit, each laid out as {@link slots}. */
  readonly parts: readonly CoMoments[];
  readonly slots: UnitSlots;
  readonly replicates: number;
  /** The seed the draws were keyed by (analyzers of different seeds do not merge). */
  readonly seed: number;
  readonly units: number;
}

/** The row rule of the bootstrap: each row's respondent-level scores added to its unit's slots. */
export class BootstrapRows implements RowRule {
  readonly sums: ShiftedSums;
  private readonly seed: number;
  private readonly units: number;
  /** Slots per unit, and where each run starts among them. */
  private readonly per: number;
  private readonly profileAt: number;
  private readonly overallAt: number;
  private readonly statedAt: number;
  private readonly driversAt: number;
  private readonly width: number;
  private readonly profiles: number;
  /** [overall, perception scores…, random predictor] of the row. */
  private readonly driverRow: Float64Array;

  constructor(of: BootstrapOf) {
    const slots = unitSlots(of.layout, of.method);
    const per = slots.ks.length;
    this.seed = of.seed;
    this.units = of.units;
    this.per = per;
    this.sums = new ShiftedSums(
      Array.from({ length: per * of.units }, (_, s) => slots.ks[s % per] as number),
      Array.from({ length: per * of.units }, (_, s) => slots.paired[s % per] as boolean),
    );
    this.profileAt = slots.start.profile;
    this.overallAt = slots.start.overall;
    this.statedAt = slots.start.stated;
    this.driversAt = slots.start.drivers;
    this.width = slots.runs.profile.ks[0] ?? 1;
    this.profiles = slots.runs.profile.ks.length;
    this.driverRow = new Float64Array(of.layout.dimensions.length + 2);
  }

  /**
   * Adds one row to its unit.
   *
   * @param row - the row's number in the file (the data-quality log's): what picks its unit and keys its random predictor
   * @param profile - the row's dimension profile (width 1 or 3 per entry; NaN where it has no score)
   * @param overallScores - its overall scores (NaN where none)
   * @param weights - its 100-point weights, or `null`
   * @param overall - its overall satisfaction (NaN when none)
   * @param perceptionScores - its perception dimension scores (NaN where none)
   */
  add(row: number, profile: Float64Array, overallScores: Float64Array, weights: Float64Array | null, overall: number, perceptionScores: Float64Array): void {
    const sums = this.sums;
    const base = resamplingUnit(this.seed, row, this.units) * this.per;
    const width = this.width;
    for (let e = 0; e < this.profiles; e++) {
      const v = profile[e * width] as number;
      if (v !== v) continue;
      if (width === 3) sums.addPaired(base + this.profileAt + e, v, profile[3 * e + 1] as number, profile[3 * e + 2] as number);
      else sums.add1(base + this.profileAt + e, v);
    }
    for (let e = 0; e < overallScores.length; e++) {
      const v = overallScores[e] as number;
      if (v === v) sums.add1(base + this.overallAt + e, v);
    }
    if (weights !== null) sums.add(base + this.statedAt, weights);
    if (overall !== overall) return;
    const dr = this.driverRow;
    dr[0] = overall;
    for (let j = 0; j < perceptionScores.length; j++) {
      const s = perceptionScores[j] as number;
      if (s !== s) return;
      dr[j + 1] = s;
    }
    // The random predictor is a column of the data (drawn once per row, from its own stream), resampled
    // with the row as Tonidandel, LeBreton & Johnson's procedure does.
    dr[dr.length - 1] = unitOf(counterBits(rowKey(this.seed, row, 1), 0));
    sums.add(base + this.driversAt, dr);
  }
}

/**
 * The bootstrap's resampling units (only when asked for): each unit's slots declared once
 * ({@link unitSlots}), repeated for every unit, so merging, serialising, blocks and threads walk them
 * as any other parts.
 */
export const bootstrap: AccumulatorKind<BootstrapOf, BootstrapMoments, BootstrapRows> = {
  moments: (of) => {
    const slots = unitSlots(of.layout, of.method);
    const per = slots.ks.length;
    const parts = Array.from({ length: per * of.units }, (_, s) => new CoMoments(slots.ks[s % per] as number));
    return { parts, slots, replicates: of.replicates, seed: of.seed, units: of.units };
  },
  rows: (of) => new BootstrapRows(of),
};
