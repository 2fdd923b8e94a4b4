// A namespace import, as in ReportSchema.ts: tree-shakes to what is used.
import * as z from 'zod';
import { num } from './sharedSchemas.js';

// The survey report's outcome measures (`outcomes`): the customer satisfaction index, CSAT and NPS,
// overall, by segment and by period, and their change between the last two periods. Defined apart
// from ReportSchema.ts, which names it once.

const nullableNum = z.number().nullable();
const interval = z.tuple([num, num]).nullable();

/** The customer satisfaction index: the mean of the respondents' 0–100 indices, with its t interval. */
export const CsiEstimateSchema = z.strictObject({ n: num, value: nullableNum, ci95: interval });

/** CSAT: the top-two-box share (0–1) with its Wilson interval. */
export const CsatEstimateSchema = z.strictObject({ n: num, value: nullableNum, ci95: interval });

/** NPS: the shares of promoters and detractors (0–1), the score in points, its SE and value ± 1.96·SE. */
export const NpsEstimateSchema = z.strictObject({
  n: num,
  promoters: nullableNum,
  detractors: nullableNum,
  value: nullableNum,
  se: nullableNum,
  ci95: interval,
});

/** The three measures of one group of respondents; a measure the instrument does not name is `null`. */
const measures = () => ({ csi: CsiEstimateSchema.nullable(), csat: CsatEstimateSchema.nullable(), nps: NpsEstimateSchema.nullable() });

/** A change between two waves with its test (see `WaveDifference`). */
export const WaveDifferenceSchema = z.strictObject({
  difference: nullableNum,
  se: nullableNum,
  statistic: nullableNum,
  df: nullableNum,
  p: nullableNum,
  ci95: interval,
});

/** The outcome measures of the survey report. */
export const OutcomesReportSchema = z.strictObject({
  /** The outcome that stood for overall satisfaction in driver importance, or `null` (the `overall` column). */
  driver: z.enum(['csi', 'csat', 'nps']).nullable(),
  /** The columns each measure was read from. */
  columns: z.strictObject({ csi: z.array(z.string()).nullable(), csat: z.string().nullable(), nps: z.string().nullable() }),
  ...measures(),
  /** Per `by` column, per segment; `null` without `by`. */
  segments: z.record(z.string(), z.array(z.strictObject({ value: z.string(), n: num, ...measures() }))).nullable(),
  /** Per period in calendar order; `null` without `period`. */
  periods: z.array(z.strictObject({ period: z.string(), n: num, ...measures() })).nullable(),
  /**
   * The last period against the one before: CSI by Welch's t, CSAT by the two-proportion z, NPS by
   * the difference of independent scores with SE √(SE₁² + SE₂²); `null` with fewer than two periods.
   */
  change: z
    .strictObject({
      from: z.string(),
      to: z.string(),
      csi: WaveDifferenceSchema.nullable(),
      csat: WaveDifferenceSchema.nullable(),
      nps: WaveDifferenceSchema.nullable(),
    })
    .nullable(),
});

/** The survey report's outcome measures (`report.outcomes`). */
export type OutcomesReport = z.output<typeof OutcomesReportSchema>;
/** The customer satisfaction index of a group. */
export type CsiEstimate = z.output<typeof CsiEstimateSchema>;
/** The CSAT top-two-box share of a group. */
export type CsatEstimate = z.output<typeof CsatEstimateSchema>;
/** The measures of one segment or period. */
export type OutcomeMeasures = Pick<OutcomesReport, 'csi' | 'csat' | 'nps'>;
