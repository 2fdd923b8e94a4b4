import type * as z from 'zod';
import type { DataIssue } from '../errors.js';
import type { BilingualText, LocalizedText } from '../instrument/schema.js';
import type { SampleSummary } from '../data/DataQualityLog.js';
import type { Reliability } from '../stats/reliabilityFromMoments.js';
import type { Stat, TestedStat } from '../stats/types.js';
import type { PAdjustMethod } from '../stats/adjustPValues.js';
import type { WelchTest } from '../stats/welchTTest.js';
import type { Equal, Expect } from '../_lib/Equal.js';
import type {
  BootstrapReportSchema,
  DimensionReliabilitySchema,
  DimensionGroupReportSchema,
  NeedLevelReportSchema,
  DimensionReportSchema,
  GroupDimensionSchema,
  GroupOverallSchema,
  ActionSchema,
  CauseSchema,
  ImportanceSchema,
  ImportanceSourceSchema,
  ItemDriversSchema,
  ItemImportanceSchema,
  IpaSettingsSchema,
  ItemReportSchema,
  MeasuresSchema,
  OverallReportSchema,
  overallScoreSchema,
  PeriodReportSchema,
  PrioritySchema,
  QuadrantSchema,
  ReliabilitySchema,
  ReportSchema,
  ReportWarningSchema,
  ServperfReportSchema,
  ServqualReportSchema,
  ThreeColumnReportSchema,
  SegmentReportSchema,
  StatSchema,
  TestedStatSchema,
  TrendSchema,
  VersusRestSchema,
  WeightSourcesSchema,
  ZoneReportSchema,
  ZoneSchema,
} from './ReportSchema.js';

// The types of the report, each the output type of its schema in ReportSchema.ts: the schema is the
// one definition of the report, and the report the analysis builds is of exactly the type a parsed
// report JSON has.

/** Version of the report JSON; bumped when a field changes meaning or disappears. */
export const REPORT_SCHEMA_VERSION = '2.0.0';

/**
 * The zone of tolerance: perception below the minimum mean, above the desired mean, or within.
 *
 * @useDeclaredType
 */
export type Zone = z.output<typeof ZoneSchema>;

/**
 * The measured quantities of an item or a dimension. Which are present depends on the method.
 *
 * @interface
 */
export type Measures = z.output<typeof MeasuresSchema>;

/**
 * One item of the report.
 *
 * @interface
 */
export type ItemReport = z.output<typeof ItemReportSchema>;

/**
 * The zone-of-tolerance classification of an item or dimension.
 *
 * @interface
 */
export type ZoneReport = z.output<typeof ZoneReportSchema>;

/**
 * Reliability of a dimension's scales.
 *
 * @interface
 */
export type DimensionReliability = z.output<typeof DimensionReliabilitySchema>;

/**
 * One dimension of the report.
 *
 * @interface
 */
export type DimensionReport = z.output<typeof DimensionReportSchema>;

/**
 * A dimension within a segment or period: the method's dimension statistics.
 *
 * @interface
 */
export type GroupDimension = z.output<typeof GroupDimensionSchema>;

/**
 * Overall scores within a segment or period.
 *
 * @useDeclaredType
 */
export type GroupOverall = z.output<typeof GroupOverallSchema>;

/**
 * One value of a segment column.
 *
 * @interface
 */
export type SegmentReport = z.output<typeof SegmentReportSchema>;

/**
 * One period.
 *
 * @interface
 */
export type PeriodReport = z.output<typeof PeriodReportSchema>;

/**
 * The trend of a dimension's headline statistic over periods.
 *
 * @interface
 */
export type Trend = z.output<typeof TrendSchema>;

/**
 * How many respondents' weighted scores used their own weights, the instrument's, or equal weights.
 *
 * @interface
 */
export type WeightSources = z.output<typeof WeightSourcesSchema>;

/**
 * An overall score over respondents with every dimension score: `OverallScore<TestedStat>` or `OverallScore<Stat>`.
 *
 * @interface
 */
export type OverallScore<S extends Stat> = z.output<ReturnType<typeof overallScoreSchema<z.ZodType<S>>>>;

/**
 * Overall scores: of the gap (servqual), of perceptions (servperf), or of adequacy and superiority (three-column).
 *
 * @useDeclaredType
 */
export type OverallReport = z.output<typeof OverallReportSchema>;

/**
 * A finding a reader should see: low alpha, an item that looks mis-keyed, inversions, more segments than a report shows.
 *
 * @interface
 */
export type ReportWarning = z.output<typeof ReportWarningSchema>;

/**
 * Martilla & James (1977) importance–performance quadrants.
 *
 * @useDeclaredType
 */
export type Quadrant = z.output<typeof QuadrantSchema>;

/**
 * Where the importance used for IPA and priorities came from.
 *
 * @useDeclaredType
 */
export type ImportanceSource = z.output<typeof ImportanceSourceSchema>;

/**
 * Importance of a dimension: stated, derived from overall satisfaction, and the share used.
 *
 * @interface
 */
export type Importance = z.output<typeof ImportanceSchema>;

/**
 * Where the IPA crosshairs sit and what the axes are.
 *
 * @interface
 */
export type IpaSettings = z.output<typeof IpaSettingsSchema>;

/**
 * The verdict on a dimension or item: fix, improve, maintain or reconsider.
 *
 * @useDeclaredType
 */
export type Action = z.output<typeof ActionSchema>;

/**
 * A likely cause (provider gap 1–4) of a dimension's shortfall, with remedies.
 *
 * @interface
 */
export type Cause = z.output<typeof CauseSchema>;

/**
 * An item's stated and derived importance.
 *
 * @interface
 */
export type ItemImportance = z.output<typeof ItemImportanceSchema>;

/**
 * Derived item importance, or why it is absent.
 *
 * @interface
 */
export type ItemDrivers = z.output<typeof ItemDriversSchema>;

/**
 * One entry of the ranked priorities.
 *
 * @interface
 */
export type Priority = z.output<typeof PrioritySchema>;

/**
 * The report of an analysis: one of {@link ServqualReport}, {@link ServperfReport} and
 * {@link ThreeColumnReport}, told apart by `method`. Checking `method` narrows it, so that after
 * `if (report.method === 'servqual')` every item and dimension has its `gap`.
 *
 * @useDeclaredType
 */
export type Report = z.output<typeof ReportSchema>;

/**
 * The report of a servqual analysis: items and dimensions with `expectation`, `perception` and `gap`.
 *
 * @interface
 */
export type ServqualReport = z.output<typeof ServqualReportSchema>;

/**
 * The report of a servperf analysis: items and dimensions with `perception` only.
 *
 * @interface
 */
export type ServperfReport = z.output<typeof ServperfReportSchema>;

/**
 * The report of a three-column analysis: items and dimensions with `minimum`, `desired`, `perception`,
 * `adequacy`, `superiority` and `zone`.
 *
 * @interface
 */
export type ThreeColumnReport = z.output<typeof ThreeColumnReportSchema>;

/** The report of method `M`: `ReportOf<'servqual'>` is {@link ServqualReport}. */
export type ReportOf<M extends Report['method']> = Extract<Report, { method: M }>;

// Values the layers below compute keep their types there, where they are computed and documented
// (a t-test's result, an alpha, the sample's account, a label); the contract restates them in zod to
// validate and to publish them. These fail to compile when a restatement drifts from its original.
// biome-ignore lint/correctness/noUnusedVariables: read by the compiler only
type ContractChecks = [
  Expect<Equal<z.output<typeof StatSchema>, Stat>>,
  Expect<Equal<z.output<typeof TestedStatSchema>, TestedStat>>,
  Expect<Equal<Omit<z.output<typeof VersusRestSchema>, 'pAdjusted'>, WelchTest>>,
  Expect<Equal<z.output<typeof VersusRestSchema>['pAdjusted'], number | null>>,
  Expect<Equal<z.output<typeof ReliabilitySchema>, Reliability>>,
  Expect<Equal<Report['sample'], SampleSummary>>,
  Expect<Equal<Report['dataQuality']['issues'][number], DataIssue>>,
  Expect<Equal<Report['instrument']['name'], LocalizedText>>,
  Expect<Equal<Priority['reason'], BilingualText>>,
  Expect<Equal<Report['options']['pAdjust'], PAdjustMethod>>,
];

/**
 * A group of dimensions the instrument declares, scored and tested like a dimension.
 *
 * @interface
 */
export type DimensionGroupReport = z.output<typeof DimensionGroupReportSchema>;

/**
 * One level of customer needs, over the items that meet it, scored and tested like a dimension.
 *
 * @interface
 */
export type NeedLevelReport = z.output<typeof NeedLevelReportSchema>;

/**
 * What the bootstrap did (`--bootstrap`): its replicates and seed, and how often neighbouring ranks swap.
 *
 * @interface
 */
export type BootstrapReport = z.output<typeof BootstrapReportSchema>;
