import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import type { Layout, ScoreSet } from '../layout.js';
import { many, SlotList } from '../SlotList.js';
import type { ProfileShape } from './group.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from './AccumulatorKind.js';

/** What the groups above the dimensions are made for: the layout (its groups and need levels) and the method's profile shape. */
export interface DimensionGroupsOf {
  readonly layout: Layout;
  readonly shape: ProfileShape;
}

/**
 * The slots: per set (the instrument's groups, then the need levels), the profile's blocks, laid out
 * as a segment's are (width 3: paired [base, P, P − base]; width 1: [P]).
 */
const slotsOf = ({ layout, shape }: DimensionGroupsOf) =>
  new SlotList({ set: many((layout.groups.length + layout.needLevels.length) * shape.blocks, shape.width, shape.width === 3) });

/**
 * Scores above the dimensions, tested like a dimension's: per group of dimensions, a respondent's
 * score is the mean of their dimension scores (every dimension of the group needed); per need level,
 * the mean of their answers on the level's items (as many needed as for a dimension of that many
 * items). Servqual keeps [E, P, P − E] per set; servperf [P]; three-column [MIN, P, P − MIN] and
 * [DES, P, P − DES]. The base and P are averaged over the same dimensions or paired items, so the
 * set's gap is exactly P̄ − base̅ of the same respondents.
 */
export interface DimensionGroupsMoments extends Moments {
  /** Index `s * blocks + b`: set s (groups first, then need levels), block b. */
  readonly set: CoMoments[];
}

/** The row rule of the groups above the dimensions. */
export class DimensionGroupsRows implements RowRule {
  readonly sums: ShiftedSums;
  private readonly sets: readonly ScoreSet[];
  private readonly blocks: number;
  private readonly width: number;

  constructor(of: DimensionGroupsOf) {
    this.sums = slotsOf(of).sums();
    this.sets = [...of.layout.groups, ...of.layout.needLevels];
    this.blocks = of.shape.blocks;
    this.width = of.shape.width;
  }

  /**
   * Adds one respondent.
   *
   * @param dimensionsA - the row's dimension scores of the first block, laid out `width` per dimension
   *   (servqual: [E, P, P − E]; servperf: [P]; three-column: [MIN, P, P − MIN]); NaN where none
   * @param dimensionsB - three-column: [DES, P, P − DES] per dimension; else null
   * @param baseA - the item answers the perception is compared with in the first block (E, MIN); servperf: null
   * @param baseB - three-column: the desired levels; else null
   * @param perception - the row's item perceptions (NaN where missing)
   */
  add(dimensionsA: Float64Array, dimensionsB: Float64Array | null, baseA: Float64Array | null, baseB: Float64Array | null, perception: Float64Array): void {
    const sums = this.sums;
    const w = this.width;
    const blocks = this.blocks;
    for (let s = 0; s < this.sets.length; s++) {
      const set = this.sets[s] as ScoreSet;
      const members = set.members;
      for (let b = 0; b < blocks; b++) {
        let count = 0;
        let sb = 0;
        let sp = 0;
        if (set.of === 'dimension') {
          const d = (b === 0 ? dimensionsA : dimensionsB) as Float64Array;
          for (let m = 0; m < members.length; m++) {
            const at = (members[m] as number) * w;
            const last = d[at + w - 1] as number;
            if (last !== last) break;
            count++;
            if (w === 3) {
              sb += d[at] as number;
              sp += d[at + 1] as number;
            } else sp += last;
          }
        } else {
          const base = b === 0 ? baseA : baseB;
          for (let m = 0; m < members.length; m++) {
            const i = members[m] as number;
            const p = perception[i] as number;
            const x = base === null ? p : (base[i] as number);
            if (p !== p || x !== x) continue;
            count++;
            sp += p;
            sb += x;
          }
        }
        if (count === 0 || count < set.minCount) continue;
        const slot = s * blocks + b;
        if (w === 3) {
          const mb = sb / count;
          const mp = sp / count;
          sums.addPaired(slot, mb, mp, mp - mb);
        } else sums.add1(slot, sp / count);
      }
    }
  }
}

/** The groups above the dimensions; an analyzer has them only when its instrument declares groups or need levels. */
export const dimensionGroups: AccumulatorKind<DimensionGroupsOf, DimensionGroupsMoments, DimensionGroupsRows> = {
  moments: (of) => momentsOf(slotsOf(of)),
  rows: (of) => new DimensionGroupsRows(of),
};
