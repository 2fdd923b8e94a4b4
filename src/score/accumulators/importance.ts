import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import type { Layout } from '../layout.js';
import { one, SlotList } from '../SlotList.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from './AccumulatorKind.js';

/** The slots of importance: the stated weights (one per dimension), then [overall, perception scores…]. */
const slotsOf = (layout: Layout) => new SlotList({ stated: one(layout.dimensions.length), drivers: one(layout.dimensions.length + 1) });

/**
 * What importance is derived from: each respondent's stated 100-point weights (over everyone who gave
 * them), and the co-moments of [overall satisfaction, perception dimension scores…] over respondents
 * with all of them (the key-driver regression).
 */
export interface ImportanceMoments extends Moments {
  readonly stated: CoMoments;
  readonly drivers: CoMoments;
}

/** The row rule of importance. */
export class ImportanceRows implements RowRule {
  readonly sums: ShiftedSums;
  private readonly statedSlot: number;
  private readonly driversSlot: number;
  private readonly row: Float64Array;

  constructor(readonly layout: Layout) {
    const slots = slotsOf(layout);
    this.sums = slots.sums();
    this.statedSlot = slots.start.stated;
    this.driversSlot = slots.start.drivers;
    this.row = new Float64Array(layout.dimensions.length + 1);
  }

  add(weights: Float64Array | null, overall: number, perceptionScores: Float64Array): void {
    if (weights !== null) this.sums.add(this.statedSlot, weights);
    if (overall !== overall) return;
    this.row[0] = overall;
    for (let j = 0; j < perceptionScores.length; j++) {
      const s = perceptionScores[j] as number;
      if (s !== s) return;
      this.row[j + 1] = s;
    }
    this.sums.add(this.driversSlot, this.row);
  }
}

/** Stated and derived importance, for every method. */
export const importance: AccumulatorKind<Layout, ImportanceMoments, ImportanceRows> = {
  moments: (layout) => momentsOf(slotsOf(layout)),
  rows: (layout) => new ImportanceRows(layout),
};
