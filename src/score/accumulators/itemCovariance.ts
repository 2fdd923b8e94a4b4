import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import type { Layout } from '../layout.js';
import { one, SlotList } from '../SlotList.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from './AccumulatorKind.js';

/** The slot of measurement validity: every item of the instrument, in layout order. */
const slotsOf = (layout: Layout) => new SlotList({ items: one(layout.itemIds.length) });

/** The co-moments of every item (of one scale: perceptions, expectations or gaps), over respondents who answered them all. */
export interface ItemCovarianceMoments extends Moments {
  readonly items: CoMoments;
}

/** The row rule of measurement validity: listwise, so a row with any item missing adds nothing. */
export class ItemCovarianceRows implements RowRule {
  readonly sums: ShiftedSums;

  constructor(readonly layout: Layout) {
    this.sums = slotsOf(layout).sums();
  }

  add(values: Float64Array): void {
    for (let i = 0; i < values.length; i++) if ((values[i] as number) !== (values[i] as number)) return;
    this.sums.add(0, values);
  }
}

/** The full item covariance the confirmatory factor analysis and HTMT read (only when validity is asked for). */
export const itemCovariance: AccumulatorKind<Layout, ItemCovarianceMoments, ItemCovarianceRows> = {
  moments: (layout) => momentsOf(slotsOf(layout)),
  rows: (layout) => new ItemCovarianceRows(layout),
};
