/**
 * A change in an outcome between two waves (periods), later minus earlier, with its test: the
 * statistic is a t (CSI, Welch), or a z (CSAT, NPS), with `df` only for a t. Fields the data cannot
 * define (a wave with too few answers, no variance) are `null`.
 */
export interface WaveDifference {
  /** later − earlier, in the measure's unit (CSI points, a CSAT share, NPS points). */
  difference: number | null;
  se: number | null;
  statistic: number | null;
  df: number | null;
  /** Two-sided p-value. */
  p: number | null;
  ci95: [number, number] | null;
}

/** A difference the data cannot test. */
export const UNTESTED: Readonly<WaveDifference> = Object.freeze({ difference: null, se: null, statistic: null, df: null, p: null, ci95: null });
