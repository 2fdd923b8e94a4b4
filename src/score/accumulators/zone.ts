import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import type { Layout } from '../layout.js';
import { many, SlotList } from '../SlotList.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from './AccumulatorKind.js';

/** The slots of a zone: per item [MIN, DES, P], per dimension the same, then a tally of inversions per item. */
const slotsOf = (layout: Layout) =>
  new SlotList({ item: many(layout.itemIds.length, 3), dimension: many(layout.dimensions.length, 3), inversions: many(layout.itemIds.length, 1) });

/**
 * The zone of tolerance (PZB 1994): per item, moments of [MIN, DES, P] over respondents with all three
 * and no inversion (MIN > DES); per dimension over respondents with enough such items. Inversions are
 * counted per item, as n of a one-variable accumulator so they merge like the rest.
 */
export interface ZoneMoments extends Moments {
  readonly item: CoMoments[];
  readonly dimension: CoMoments[];
  readonly inversions: CoMoments[];
}

/** The row rule of a zone of tolerance. */
export class ZoneRows implements RowRule {
  readonly sums: ShiftedSums;
  private readonly dimensionStart: number;
  private readonly inversionStart: number;
  private readonly usable: Uint8Array;
  private readonly row = new Float64Array(3);

  constructor(readonly layout: Layout) {
    const slots = slotsOf(layout);
    this.sums = slots.sums();
    this.dimensionStart = slots.start.dimension;
    this.inversionStart = slots.start.inversions;
    this.usable = new Uint8Array(layout.itemIds.length);
  }

  add(minimum: Float64Array, desired: Float64Array, perception: Float64Array): void {
    const sums = this.sums;
    const items = minimum.length;
    const inversions = this.inversionStart;
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
    const at = this.dimensionStart;
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
        sums.add(at + j, this.row);
      }
    }
  }
}

/** The zone of tolerance of three-column data. */
export const zone: AccumulatorKind<Layout, ZoneMoments, ZoneRows> = {
  moments: (layout) => momentsOf(slotsOf(layout)),
  rows: (layout) => new ZoneRows(layout),
};
