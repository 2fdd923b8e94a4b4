import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import type { Layout } from '../layout.js';
import { one, SlotList } from '../SlotList.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from './AccumulatorKind.js';

/** The slots of an overall score: unweighted, weighted, then tallies of respondents by weight source. */
const slotsOf = () => new SlotList({ unweighted: one(1), weighted: one(1), respondent: one(1), instrument: one(1), equal: one(1) });

/** Where a respondent's dimension weights came from. */
export type WeightSource = 'respondent' | 'instrument' | 'equal';

/**
 * Overall score over respondents with every dimension score: unweighted = mean of the dimension
 * scores; weighted = Σ (w_d / 100)·score_d with the respondent's weights, else the instrument's, else
 * equal. Respondents by weight source are counted as n of one-variable accumulators, so they merge.
 */
export interface OverallMoments extends Moments, Readonly<Record<WeightSource, CoMoments>> {
  readonly unweighted: CoMoments;
  readonly weighted: CoMoments;
}

/** The row rule of an overall score. */
export class OverallRows implements RowRule {
  readonly sums: ShiftedSums;
  private readonly start: ReturnType<typeof slotsOf>['start'];

  constructor(readonly layout: Layout) {
    const slots = slotsOf();
    this.sums = slots.sums();
    this.start = slots.start;
  }

  /** Adds a respondent with every dimension score; writes [unweighted, weighted] into `out` (NaN when not added). */
  add(scores: Float64Array, weights: Float64Array | null, out?: Float64Array): void {
    let sum = 0;
    out?.fill(Number.NaN);
    for (let j = 0; j < scores.length; j++) {
      const s = scores[j] as number;
      if (s !== s) return;
      sum += s;
    }
    const at = this.start;
    const source = weights !== null ? at.respondent : this.layout.defaultWeights !== null ? at.instrument : at.equal;
    const w = weights ?? this.layout.defaultWeights;
    let weighted = 0;
    for (let j = 0; j < scores.length; j++) {
      weighted += w === null ? (scores[j] as number) / scores.length : ((w[j] as number) / 100) * (scores[j] as number);
    }
    const unweighted = sum / scores.length;
    this.sums.add1(at.unweighted, unweighted);
    this.sums.add1(at.weighted, weighted);
    this.sums.count(source);
    if (out !== undefined) {
      out[0] = unweighted;
      out[1] = weighted;
    }
  }
}

/** An overall score: of gaps (servqual), perceptions (servperf), adequacy or superiority (three-column). */
export const overall: AccumulatorKind<Layout, OverallMoments, OverallRows> = {
  moments: () => momentsOf(slotsOf()),
  rows: (layout) => new OverallRows(layout),
};
