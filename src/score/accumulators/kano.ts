import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import { many, one, SlotList } from '../SlotList.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from './AccumulatorKind.js';

/** The six Kano categories' slots per attribute, in the order A, O, M, I, R, Q. */
export const KANO_COUNT_SLOTS = 6;

/**
 * The slots of a Kano survey of `attributes` attributes: a tally of the group's rows, per attribute six
 * tallies (one per category, A O M I R Q, its n the count), then per attribute the [functional,
 * dysfunctional] continuous scores.
 */
const slotsOf = (attributes: number) => new SlotList({ rows: one(1), counts: many(attributes * KANO_COUNT_SLOTS, 1), scores: many(attributes, 2) });

/** The slot count of a Kano accumulator: what a serialised one must have. */
export function kanoSlotCount(attributes: number): number {
  return 1 + attributes * (KANO_COUNT_SLOTS + 1);
}

/** The counts and score moments of one group of Kano respondents (everyone, a segment, a period). */
export interface KanoMoments extends Moments {
  /** Rows used in the group (as n of a one-variable accumulator, so it merges like the rest). */
  readonly rows: CoMoments;
  /** Index `j * 6 + c`: attribute j, category c (A O M I R Q); the count is `n`. */
  readonly counts: CoMoments[];
  /** Per attribute, the co-moments of [functional, dysfunctional] scores (DuMouchel's scale). */
  readonly scores: CoMoments[];
}

/** The row rule of a Kano accumulator. */
export class KanoRows implements RowRule {
  readonly sums: ShiftedSums;
  private readonly rowsSlot: number;
  private readonly countStart: number;
  private readonly scoreStart: number;
  private readonly pair = new Float64Array(2);

  constructor(attributes: number) {
    const slots = slotsOf(attributes);
    this.sums = slots.sums();
    this.rowsSlot = slots.start.rows;
    this.countStart = slots.start.counts;
    this.scoreStart = slots.start.scores;
  }

  /** Counts a row used in the group. */
  row(): void {
    this.sums.count(this.rowsSlot);
  }

  /** Adds one respondent's answer pair to attribute j: its category's index (0–5, A O M I R Q) and its two scores. */
  add(j: number, category: number, functional: number, dysfunctional: number): void {
    this.sums.count(this.countStart + j * KANO_COUNT_SLOTS + category);
    this.pair[0] = functional;
    this.pair[1] = dysfunctional;
    this.sums.add(this.scoreStart + j, this.pair);
  }
}

/** One group's Kano counts and scores. */
export const kano: AccumulatorKind<number, KanoMoments, KanoRows> = {
  moments: (attributes) => momentsOf(slotsOf(attributes)),
  rows: (attributes) => new KanoRows(attributes),
};
