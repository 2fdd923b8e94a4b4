import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import { reliabilityFromMoments, type Reliability } from '../../stats/reliabilityFromMoments.js';
import type { Layout } from '../layout.js';
import { SlotList, widths } from '../SlotList.js';
import { HeldRows } from './HeldRows.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from './AccumulatorKind.js';

/** What the report reads of either reliability kind (listwise here, pairwise in pairwiseReliability.ts). */
export interface ReliabilityMoments extends Moments {
  /**
   * Cronbach's alpha and the item statistics of dimension j.
   * @param j - the dimension's index in the layout
   * @param ids - its item ids, in order
   */
  of(j: number, ids: readonly string[]): Reliability;
}

/** The slots of listwise reliability: per dimension, one slot of its items. */
const slotsOf = (layout: Layout) => new SlotList({ dimension: widths(layout.dimensions.map((d) => d.end - d.start)) });

/** Per dimension, the co-moments of its items over respondents who answered every one (listwise). */
export interface ListwiseReliabilityMoments extends ReliabilityMoments {
  readonly dimension: CoMoments[];
}

/** The row rule of listwise reliability. */
export class ReliabilityRows implements RowRule {
  readonly sums: ShiftedSums;
  private readonly dimensionStart: number;
  /** Rows added but not yet in `sums` (see {@link flush}); made on the first {@link add}, so none for a fed rule. */
  private held: HeldRows | null = null;
  /**
   * Whether a comparison feeds this rule the rows it holds (see ComparisonRows.feed): the row routes
   * then do not {@link add} them.
   */
  fed = false;

  constructor(readonly layout: Layout) {
    const slots = slotsOf(layout);
    this.sums = slots.sums();
    this.dimensionStart = slots.start.dimension;
  }

  /** Adds a row of every item's answer (NaN: none); it reaches `sums` at the next {@link flush}. */
  add(values: Float64Array): void {
    // biome-ignore lint/suspicious/noAssignInExpressions: made on first use (a fed rule holds no rows of its own)
    const held = this.held ?? (this.held = new HeldRows(this.layout.itemIds.length));
    if (held.hold(values)) this.flush();
  }

  /** Adds the held rows to `sums` (see {@link addRows}). */
  flush(): void {
    const held = this.held;
    if (held === null) return;
    this.addRows(held.values, 0, held.width, held.count);
    held.count = 0;
  }

  /**
   * Adds `count` rows of every item's answer, row r's from `values` at `offset + r * width`, to `sums`:
   * per dimension, the rows that answered every one of its items. For rows another rule holds (a
   * comparison's, see ComparisonRows.feed), so they are not copied again.
   */
  addRows(values: Float64Array, offset: number, width: number, count: number): void {
    const dims = this.layout.dimensions;
    for (let j = 0; j < dims.length; j++) {
      const d = dims[j] as Layout['dimensions'][number];
      this.sums.addCompleteRows(this.dimensionStart + j, values, offset + d.start, width, count);
    }
  }
}

/** Reliability over respondents who answered every item of the dimension (SPSS RELIABILITY, `psych::alpha(na.omit(x))`). */
export const reliability: AccumulatorKind<Layout, ListwiseReliabilityMoments, ReliabilityRows> = {
  moments(layout) {
    const m = momentsOf(slotsOf(layout));
    return { ...m, of: (j, ids) => reliabilityFromMoments(m.dimension[j] as CoMoments, ids) };
  },
  rows: (layout) => new ReliabilityRows(layout),
};
