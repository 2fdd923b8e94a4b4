import type { Method } from '../../data/method.js';
import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import { many, one, SlotList, widths } from '../SlotList.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from './AccumulatorKind.js';
import { addOutcomeScores, OUTCOME_KS } from './outcomes.js';

/**
 * What a segment or period keeps of each row, by method: per dimension, blocks of [base, P, P − base]
 * (servqual: E; three-column: MIN, then DES) or [P] (servperf); and the overall scores
 * [unweighted, weighted] per overall quantity; and, when the instrument names outcome columns, the
 * outcome scores (see `outcomes.ts`).
 */
export interface ProfileShape {
  blocks: number;
  width: 1 | 3;
  overall: number;
  outcomes: boolean;
}

/**
 * The profile shape of a method.
 * @param outcomes - whether rows carry outcome scores (the instrument names outcome columns)
 */
export function profileShape(method: Method, outcomes = false): ProfileShape {
  if (method === 'servqual') return { blocks: 1, width: 3, overall: 2, outcomes };
  if (method === 'servperf') return { blocks: 1, width: 1, overall: 2, outcomes };
  return { blocks: 2, width: 3, overall: 4, outcomes };
}

/** What a group is made for: the number of dimensions and the method's profile shape. */
export interface GroupProfile {
  readonly dimensions: number;
  readonly shape: ProfileShape;
}

/**
 * The slots of a group: a tally of its rows, the profile's blocks (width 3: paired), the overall
 * scores, then the outcome measures' slots (none when rows carry no outcomes, so a group without them
 * is laid out, and serialised, as before they existed).
 */
const slotsOf = ({ dimensions, shape }: GroupProfile) =>
  new SlotList({
    rows: one(1),
    blocks: many(dimensions * shape.blocks, shape.width, shape.width === 3),
    overall: many(shape.overall, 1),
    outcomes: widths(shape.outcomes ? OUTCOME_KS : []),
  });

/** The dimension-level moments and overall scores of one group of respondents (a segment or a period). */
export interface GroupMoments extends Moments {
  /** Rows in the group (as n of a one-variable accumulator, so it merges like the rest). */
  readonly rows: CoMoments;
  /** Index `j * blocks + b`: dimension j, block b. */
  readonly blocks: CoMoments[];
  readonly overall: CoMoments[];
  /** The outcome measures' moments, as `outcomes.ts` lays them out (empty without outcomes). */
  readonly outcomes: CoMoments[];
}

/** The row rule of a group. */
export class GroupRows implements RowRule {
  readonly sums: ShiftedSums;
  private readonly rowsSlot: number;
  private readonly blockStart: number;
  private readonly overallStart: number;
  private readonly outcomesStart: number;

  constructor(
    readonly dimensions: number,
    readonly shape: ProfileShape,
  ) {
    const slots = slotsOf({ dimensions, shape });
    this.sums = slots.sums();
    this.rowsSlot = slots.start.rows;
    this.blockStart = slots.start.blocks;
    this.overallStart = slots.start.overall;
    this.outcomesStart = shape.outcomes ? slots.start.outcomes : -1;
  }

  /** Adds one row's profile (NaN marks a block or overall score the row lacks), and its outcome scores when the group keeps them. */
  add(profile: Float64Array, overall: Float64Array, outcomes: Float64Array): void {
    const sums = this.sums;
    sums.count(this.rowsSlot);
    const w = this.shape.width;
    const blocks = this.dimensions * this.shape.blocks;
    const b0 = this.blockStart;
    for (let k = 0; k < blocks; k++) {
      const at = k * w;
      if (profile[at] === profile[at] && profile[at + w - 1] === profile[at + w - 1]) {
        if (w === 3) sums.addPaired(b0 + k, profile[at] as number, profile[at + 1] as number, profile[at + 2] as number);
        else sums.add(b0 + k, profile, at);
      }
    }
    const o0 = this.overallStart;
    for (let k = 0; k < this.shape.overall; k++) {
      const x = overall[k] as number;
      if (x === x) sums.add1(o0 + k, x);
    }
    if (this.outcomesStart >= 0) addOutcomeScores(sums, this.outcomesStart, outcomes);
  }
}

/** One segment's or period's profile. */
export const group: AccumulatorKind<GroupProfile, GroupMoments, GroupRows> = {
  moments: (profile) => momentsOf(slotsOf(profile)),
  rows: (profile) => new GroupRows(profile.dimensions, profile.shape),
};
