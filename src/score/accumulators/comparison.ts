import { ServqualError } from '../../errors.js';
import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import type { Layout } from '../layout.js';
import { many, SlotList } from '../SlotList.js';
import { HeldRows } from './HeldRows.js';
import type { ReliabilityRows } from './reliability.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from './AccumulatorKind.js';

/** The slots of a comparison: per item [base, P, P − base] (paired), then per dimension the same. */
const slotsOf = (layout: Layout) => new SlotList({ item: many(layout.itemIds.length, 3, true), dimension: many(layout.dimensions.length, 3, true) });

/**
 * A paired comparison of perception with a base (expectation, minimum or desired):
 * per item over respondents who answered both, moments of [base, P, P − base]; per dimension the
 * same over respondents with enough paired items, the scores being means over the paired items,
 * so the dimension gap is exactly P − base of the same respondents and items.
 */
export interface ComparisonMoments extends Moments {
  readonly item: CoMoments[];
  readonly dimension: CoMoments[];
}

/** The row rule of a comparison. */
export class ComparisonRows implements RowRule {
  readonly sums: ShiftedSums;
  private readonly itemStart: number;
  private readonly dimensionStart: number;
  /** Rows whose item sums are not yet in `sums` (see {@link flush}): each row's bases, its perceptions, then its gaps. */
  private readonly held: HeldRows;
  /** Reliability rules that take the held rows' bases, perceptions or gaps at each flush (see {@link feed}). */
  private readonly fed: Array<{ rule: ReliabilityRows; offset: number }> = [];

  constructor(readonly layout: Layout) {
    const slots = slotsOf(layout);
    this.sums = slots.sums();
    this.itemStart = slots.start.item;
    this.dimensionStart = slots.start.dimension;
    this.held = new HeldRows(3 * layout.itemIds.length);
    // add() holds and writes an item's gap within its dimension's range: every item must be in one.
    const covered = layout.dimensions.reduce((at, d) => (d.start === at ? d.end : Number.NaN), 0);
    if (covered !== layout.itemIds.length) throw new ServqualError('E_INVALID_STATE', 'ComparisonRows: the dimensions do not cover the items in order');
  }

  /** Adds the held rows' item sums to `sums` (per item, the rows that answered both), and to the rules fed by them. */
  flush(): void {
    const { values, width, count } = this.held;
    const items = width / 3;
    for (let i = 0; i < items; i++) this.sums.addPairedRows(this.itemStart + i, values, i, items + i, width, count);
    for (const { rule, offset } of this.fed) rule.addRows(values, offset, width, count);
    this.held.count = 0;
  }

  /**
   * Has `rule` take the rows' bases, perceptions or item gaps from the rows held here, at each flush,
   * and marks it `fed` (the row routes then do not add them to it): each answer is held once, not
   * copied again for every reliability.
   */
  feed(rule: ReliabilityRows, part: 'base' | 'perception' | 'gap'): void {
    const items = this.layout.itemIds.length;
    this.fed.push({ rule, offset: part === 'base' ? 0 : part === 'perception' ? items : 2 * items });
    rule.fed = true;
  }

  /**
   * Adds one respondent; writes their dimension gaps (NaN where none) into `gaps`, item gaps into
   * `itemGaps`, and, if given, their perception dimension scores (over the same paired items) into
   * `perceptionScores` and each dimension's [base, P, P − base] into `dimensionRows` (3 per dimension).
   */
  add(
    base: Float64Array,
    perception: Float64Array,
    gaps: Float64Array,
    itemGaps: Float64Array,
    perceptionScores?: Float64Array,
    dimensionRows?: Float64Array,
  ): void {
    const sums = this.sums;
    // One pass over the items, dimension by dimension (they cover the items): each answer pair is
    // held for the item sums' run, its gap written, and the dimension's sums of paired answers taken.
    const held = this.held.values;
    const row = this.held.count * this.held.width;
    const perceptionAt = row + this.layout.itemIds.length;
    const gapAt = perceptionAt + this.layout.itemIds.length;
    const dims = this.layout.dimensions;
    const at = this.dimensionStart;
    for (let j = 0; j < dims.length; j++) {
      const d = dims[j] as Layout['dimensions'][number];
      let count = 0;
      let sb = 0;
      let sp = 0;
      for (let i = d.start; i < d.end; i++) {
        const b = base[i] as number;
        const p = perception[i] as number;
        const g = p - b;
        held[row + i] = b;
        held[perceptionAt + i] = p;
        held[gapAt + i] = g;
        itemGaps[i] = g;
        if (g === g) {
          count++;
          sb += b;
          sp += p;
        }
      }
      if (count >= d.minItems) {
        const b = sb / count;
        const p = sp / count;
        const g = p - b;
        gaps[j] = g;
        if (perceptionScores !== undefined) perceptionScores[j] = p;
        if (dimensionRows !== undefined) {
          dimensionRows[3 * j] = b;
          dimensionRows[3 * j + 1] = p;
          dimensionRows[3 * j + 2] = g;
        }
        sums.addPaired(at + j, b, p, g);
      } else {
        gaps[j] = Number.NaN;
        if (perceptionScores !== undefined) perceptionScores[j] = Number.NaN;
        dimensionRows?.fill(Number.NaN, 3 * j, 3 * j + 3);
      }
    }
    if (this.held.added()) this.flush();
  }
}

/** A paired comparison: servqual's P vs E, three-column's P vs MIN and P vs DES. */
export const comparison: AccumulatorKind<Layout, ComparisonMoments, ComparisonRows> = {
  moments: (layout) => momentsOf(slotsOf(layout)),
  rows: (layout) => new ComparisonRows(layout),
};
