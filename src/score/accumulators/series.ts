import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import type { Layout } from '../layout.js';
import { many, SlotList } from '../SlotList.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from './AccumulatorKind.js';

/** The slots of a series: per item (k = 1), then per dimension (k = 1). */
const slotsOf = (layout: Layout) => new SlotList({ item: many(layout.itemIds.length, 1), dimension: many(layout.dimensions.length, 1) });

/**
 * One column role (perception, minimum, …): per item over everyone who answered it, and per
 * dimension over respondents with a dimension score (the mean of their answered items, given enough).
 */
export interface SeriesMoments extends Moments {
  readonly item: CoMoments[];
  readonly dimension: CoMoments[];
}

/** The row rule of a series. */
export class SeriesRows implements RowRule {
  readonly sums: ShiftedSums;
  private readonly dimensionStart: number;

  constructor(readonly layout: Layout) {
    const slots = slotsOf(layout);
    this.sums = slots.sums();
    this.dimensionStart = slots.start.dimension;
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
    const at = this.dimensionStart;
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
      if (score === score) sums.add1(at + j, score);
    }
  }
}

/** A series: a column role scored on its own. */
export const series: AccumulatorKind<Layout, SeriesMoments, SeriesRows> = {
  moments: (layout) => momentsOf(slotsOf(layout)),
  rows: (layout) => new SeriesRows(layout),
};
