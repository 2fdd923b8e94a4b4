import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import { one, SlotList } from '../SlotList.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from './AccumulatorKind.js';

/** The slot of a tally: one one-variable slot whose n is the count. */
const slotsOf = () => new SlotList({ rows: one(1) });

/** A count of rows (e.g. rows with no readable date), as n of a one-variable accumulator so it merges like the rest. */
export interface TallyMoments extends Moments {
  readonly rows: CoMoments;
}

/** The row rule of a tally. */
export class TallyRows implements RowRule {
  readonly sums: ShiftedSums = slotsOf().sums();

  /** Counts a row. */
  count(): void {
    this.sums.count(0);
  }
}

/** A tally of rows. */
export const tally: AccumulatorKind<void, TallyMoments, TallyRows> = {
  moments: () => momentsOf(slotsOf()),
  rows: () => new TallyRows(),
};
