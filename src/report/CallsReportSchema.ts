// zod as a namespace import, as in ReportSchema.ts: the bundle keeps only what is used.
import * as z from 'zod';
import { dataIssueSchema, num, sampleFields } from './sharedSchemas.js';
import type { ServqualErrorCode } from '../errors.js';

// The call-centre report's contract (`servqual calls`, `callIndicators()`): the indicators of a call
// log overall, per value of each `by` column (`segments.queue[] = { value, … }`, the survey report's
// shape) and per period, with control targets and the control charts. The types are inferred from
// the schemas. Objects are strict; optional fields are `exactOptional()` (see ReportSchema.ts).

const count = z.int().nonnegative();
/** A share or a mean that is `null` when nothing is counted in its denominator. */
const maybe = z.number().nullable();

/** The indicators a target can name. */
export const CALL_METRICS = [
  'abandonmentRate',
  'asa',
  'aht',
  'answeredWithinRings',
  'meanTimeToAbandon',
  'serviceLevels.F1',
  'serviceLevels.F2',
  'serviceLevels.F3',
  'serviceLevels.F4',
  'serviceLevels.F5',
] as const;

/** A control target: the metric must lie in [low, high] (either end may be open). */
export const CallTargetSchema = z.strictObject({
  /** As written: `abandonmentRate<=0.05`, `serviceLevels.F1>=0.8`, `10<=asa<=30`. */
  text: z.string(),
  metric: z.enum(CALL_METRICS),
  low: maybe,
  high: maybe,
});

/** The five service-level formulas (see `serviceLevels()`), each a share or `null`. */
export const ServiceLevelsSchema = z.strictObject({ F1: maybe, F2: maybe, F3: maybe, F4: maybe, F5: maybe });

/** The counts behind the rates, so a reader can recompute them (and item 5's Operations section show them). */
export const CallCountsSchema = z.strictObject({
  /** Answered with wait ≤ T. */
  answeredWithin: count,
  /** Abandoned with wait ≤ T. */
  abandonedWithin: count,
  /** Abandoned with wait ≤ the short-abandon limit. */
  abandonedShort: count,
  /** Answered calls with a ring count. */
  answeredWithRings: count,
  /** Of those, with rings ≤ the ring limit. */
  answeredWithinRings: count,
});

/** A target's verdict in one group: `met`, `missed`, or `null` when the metric has no value there. */
export const TargetResultSchema = z.strictObject({ text: z.string(), value: maybe, status: z.enum(['met', 'missed']).nullable() });

// The indicators, spread into the overall block, each segment and each period.
const indicators = {
  offered: count,
  answered: count,
  abandoned: count,
  /** abandoned / offered (来电损失率). */
  abandonmentRate: maybe,
  /** Average speed of answer: total wait of answered calls / answered, seconds (平均应答速度). */
  asa: maybe,
  /** Average handle time: total handle time / answered, seconds. Reported, never a standard unless a target names it. */
  aht: maybe,
  /** Share of answered calls (with a ring count) answered within the ring limit (铃响次数). */
  answeredWithinRings: maybe,
  /** Mean wait of abandoned calls, seconds: how long callers hold on before they give up. */
  meanTimeToAbandon: maybe,
  serviceLevels: ServiceLevelsSchema,
  counts: CallCountsSchema,
  /** One verdict per target of `options.targets`, in their order. */
  targets: z.array(TargetResultSchema),
};

/** The indicators of a group of calls. */
export const CallIndicatorsSchema = z.strictObject(indicators);

/** One value of a `by` column. */
export const CallSegmentSchema = z.strictObject({ value: z.string(), ...indicators });

/** One period. */
export const CallPeriodSchema = z.strictObject({ period: z.string(), ...indicators });

/** A p-chart of the abandonment rate per period: limits p̄ ± 3·√(p̄(1 − p̄)/nᵢ), clipped to [0, 1]. */
export const PChartSchema = z.strictObject({
  /** p̄ = Σ abandoned / Σ offered over the periods. */
  centre: maybe,
  points: z.array(z.strictObject({ period: z.string(), n: count, p: num, lcl: num, ucl: num, out: z.boolean() })),
});

/** An individuals and moving-range (XmR) chart of ASA per period (periods without answered calls left out). */
export const XmrChartSchema = z.strictObject({
  /** Mean of the periods' values. */
  centre: maybe,
  /** Mean moving range |xᵢ − xᵢ₋₁|. */
  mrBar: maybe,
  /** centre ∓ 2.66·mrBar (2.66 = 3 / d₂, d₂ = 1.128 for ranges of two). */
  lcl: maybe,
  ucl: maybe,
  /** Upper limit of the moving ranges, 3.267·mrBar (D₄ for ranges of two). */
  mrUcl: maybe,
  points: z.array(z.strictObject({ period: z.string(), value: num, mr: maybe, out: z.boolean(), mrOut: z.boolean() })),
});

/** The call-centre report. */
export const CallsReportSchema = z.strictObject({
  schemaVersion: z.string(),
  options: z.strictObject({
    /** Threshold T of the service levels, seconds (waits ≤ T count). */
    answerWithin: num,
    /** Short-abandon limit, seconds. */
    shortAbandon: num,
    /** Ring limit of `answeredWithinRings`. */
    rings: num,
    by: z.array(z.string()),
    period: z.enum(['day', 'week', 'month']).nullable(),
    /** The columns read, as named in the file; `null` for optional columns the file lacks. */
    columns: z.strictObject({
      callId: z.string().nullable(),
      offeredAt: z.string().nullable(),
      outcome: z.string(),
      wait: z.string(),
      handle: z.string().nullable(),
      rings: z.string().nullable(),
    }),
    targets: z.array(CallTargetSchema),
  }),
  sample: z.strictObject({
    ...sampleFields(),
  }),
  /** `undated`: calls without a readable date, left out of the periods only. */
  dataQuality: z.strictObject({
    issues: z.array(dataIssueSchema()),
    issuesTotal: num,
    undated: num,
  }),
  overall: CallIndicatorsSchema,
  /** Per `by` column, its values in code-unit order; `null` without `by`. */
  segments: z.record(z.string(), z.array(CallSegmentSchema)).nullable(),
  /** Periods in calendar order; `null` without `period`. */
  periods: z.array(CallPeriodSchema).nullable(),
  /** Control charts over the periods; `null` without `period`. */
  controlCharts: z.strictObject({ abandonment: PChartSchema, asa: XmrChartSchema }).nullable(),
});

/**
 * A control target: a metric and the band [low, high] it must lie in.
 *
 * @interface
 */
export type CallTarget = z.output<typeof CallTargetSchema>;
/** A metric a target can name. */
export type CallMetric = (typeof CALL_METRICS)[number];
/**
 * The indicators of a group of calls.
 *
 * @interface
 */
export type CallIndicators = z.output<typeof CallIndicatorsSchema>;
/**
 * The indicators of one value of a `by` column.
 *
 * @interface
 */
export type CallSegment = z.output<typeof CallSegmentSchema>;
/**
 * The indicators of one period.
 *
 * @interface
 */
export type CallPeriod = z.output<typeof CallPeriodSchema>;
/**
 * A target's verdict in one group.
 *
 * @interface
 */
export type TargetResult = z.output<typeof TargetResultSchema>;
/**
 * A p-chart of the abandonment rate per period.
 *
 * @interface
 */
export type PChart = z.output<typeof PChartSchema>;
/**
 * An XmR chart of ASA per period.
 *
 * @interface
 */
export type XmrChart = z.output<typeof XmrChartSchema>;
/**
 * The call-centre report.
 *
 * @interface
 */
export type CallsReport = z.output<typeof CallsReportSchema>;

/** Version of the calls report JSON; bumped when a field changes meaning or disappears. */
export const CALLS_SCHEMA_VERSION = '1.0.0';

/** The JSON Schema (draft 2020-12) of the calls report, generated from {@link CallsReportSchema}. */
export function callsReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CallsReportSchema, { target: 'draft-2020-12', reused: 'ref' }) as Record<string, unknown>;
}
