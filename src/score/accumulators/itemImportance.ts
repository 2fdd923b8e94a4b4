import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import type { Layout } from '../layout.js';
import { many, one, SlotList } from '../SlotList.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from './AccumulatorKind.js';

/** The slots of item importance: each item's importance rating (k = 1), then [overall, item perceptions…]. */
const slotsOf = (layout: Layout) => new SlotList({ stated: many(layout.itemIds.length, 1), drivers: one(layout.itemIds.length + 1) });

/**
 * What item importance is computed from: each item's rating on the importance questionnaire (columns
 * `I{id}`, over everyone who rated it), and the co-moments of [overall satisfaction, item perceptions…]
 * over respondents with all of them (Johnson's relative weights of the items).
 */
export interface ItemImportanceMoments extends Moments {
  readonly stated: CoMoments[];
  readonly drivers: CoMoments;
}

/**
 * The row rule of item importance. The analyzer calls it only for rows with item-importance answers,
 * or when derived item importance is asked for, so a survey without `I{id}` columns pays nothing per row.
 */
export class ItemImportanceRows implements RowRule {
  readonly sums: ShiftedSums;
  private readonly driversSlot: number;
  private readonly row: Float64Array;

  constructor(readonly layout: Layout) {
    const slots = slotsOf(layout);
    this.sums = slots.sums();
    this.driversSlot = slots.start.drivers;
    this.row = new Float64Array(layout.itemIds.length + 1);
  }

  /**
   * @param ratings - the row's importance ratings in item order (NaN: not rated), or `null` without them
   * @param overall - overall satisfaction (NaN when missing)
   * @param perception - the row's item perceptions (NaN: not answered)
   */
  add(ratings: Float64Array | null, overall: number, perception: Float64Array): void {
    if (ratings !== null) {
      for (let i = 0; i < ratings.length; i++) {
        const x = ratings[i] as number;
        if (x === x) this.sums.add1(i, x);
      }
    }
    if (overall !== overall) return;
    const row = this.row;
    row[0] = overall;
    for (let i = 0; i < perception.length; i++) {
      const x = perception[i] as number;
      if (x !== x) return;
      row[i + 1] = x;
    }
    this.sums.add(this.driversSlot, row);
  }
}

/** Item importance, stated and derived, for every method. */
export const itemImportance: AccumulatorKind<Layout, ItemImportanceMoments, ItemImportanceRows> = {
  moments: (layout) => momentsOf(slotsOf(layout)),
  rows: (layout) => new ItemImportanceRows(layout),
};
