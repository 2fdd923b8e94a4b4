import { NPS_DETRACTOR, NPS_PROMOTER, type OutcomeColumns } from '../../instrument/outcomeColumnsOf.js';
import type { CoMoments } from '../../stats/CoMoments.js';
import type { ShiftedSums } from '../../stats/ShiftedSums.js';
import { one, SlotList } from '../SlotList.js';
import { momentsOf, type AccumulatorKind, type Moments, type RowRule } from './AccumulatorKind.js';

/**
 * The slots of the outcome measures: the respondent's CSI (0–100); CSAT's top-two box (1 or 0); NPS's
 * [promoter, detractor] (each 1 or 0), whose means are the shares p₊ and p₋. Segments and periods
 * keep the same slots (`group.ts` appends {@link OUTCOME_KS} when outcomes are read).
 */
const slotsOf = () => new SlotList({ csi: one(1), csat: one(1), nps: one(2) });

/** The variables of each outcome slot, in slot order: what a group appends to its own slots. */
export const OUTCOME_KS: readonly number[] = slotsOf().ks;

/** Per respondent, the outcome scores a row gives: [CSI, CSAT top-two box, promoter, detractor]. */
export const OUTCOME_SCORES = 4;

/** The outcome measures' moments: the n of each is the respondents who answered it. */
export interface OutcomesMoments extends Moments {
  /** The respondents' CSI (0–100). */
  readonly csi: CoMoments;
  /** 1 for a top-two-box CSAT answer, else 0. */
  readonly csat: CoMoments;
  /** [promoter, detractor], each 1 or 0. */
  readonly nps: CoMoments;
}

/**
 * A row's outcome scores from its outcome answers (see {@link SurveyResponse.outcomes}), written into
 * `out` ({@link OUTCOME_SCORES} values, NaN where the row lacks the answers):
 *
 * - CSI, given every indicator: `(Σ wᵢxᵢ − Σ wᵢ·minᵢ) / Σ wᵢ(maxᵢ − minᵢ) · 100`;
 * - CSAT: 1 when the answer is in the top two of its scale (≥ max − 1), else 0;
 * - NPS: promoter 1 for 9–10, detractor 1 for 0–6 (a 7 or 8 is neither).
 *
 * @param values - the row's outcome answers, NaN for missing
 * @param columns - the instrument's outcome columns
 * @param out - where the scores go
 */
export function scoreOutcomes(values: Float64Array, columns: OutcomeColumns, out: Float64Array): void {
  out.fill(Number.NaN);
  const csi = columns.csi;
  if (csi !== null) {
    let num = 0;
    let den = 0;
    let complete = true;
    for (let i = 0; i < csi.count; i++) {
      const x = values[i] as number;
      if (x !== x) {
        complete = false;
        break;
      }
      const c = columns.columns[i] as OutcomeColumns['columns'][number];
      const w = csi.weights[i] as number;
      num += w * (x - c.min);
      den += w * (c.max - c.min);
    }
    if (complete) out[0] = (num / den) * 100;
  }
  if (columns.csat >= 0) {
    const x = values[columns.csat] as number;
    if (x === x) out[1] = x >= (columns.columns[columns.csat] as OutcomeColumns['columns'][number]).max - 1 ? 1 : 0;
  }
  if (columns.nps >= 0) {
    const x = values[columns.nps] as number;
    if (x === x) {
      out[2] = x >= NPS_PROMOTER ? 1 : 0;
      out[3] = x <= NPS_DETRACTOR ? 1 : 0;
    }
  }
}

/**
 * Adds a row's outcome scores to the outcome slots starting at `start` of `sums` (laid out as
 * {@link OUTCOME_KS}): the row rule, shared by the survey's outcomes and each segment's and period's.
 */
export function addOutcomeScores(sums: ShiftedSums, start: number, scores: Float64Array): void {
  const csi = scores[0] as number;
  if (csi === csi) sums.add1(start, csi);
  const csat = scores[1] as number;
  if (csat === csat) sums.add1(start + 1, csat);
  if (scores[2] === scores[2]) sums.add(start + 2, scores, 2);
}

/** The row rule of the outcome measures. */
export class OutcomesRows implements RowRule {
  readonly sums: ShiftedSums = slotsOf().sums();

  /** Adds a row's outcome scores (from {@link scoreOutcomes}). */
  add(scores: Float64Array): void {
    addOutcomeScores(this.sums, 0, scores);
  }
}

/** The outcome measures of a survey: CSI, CSAT and NPS, when the instrument names their columns. */
export const outcomes: AccumulatorKind<void, OutcomesMoments, OutcomesRows> = {
  moments: () => momentsOf(slotsOf()),
  rows: () => new OutcomesRows(),
};
