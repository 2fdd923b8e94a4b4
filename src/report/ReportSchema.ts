// A namespace import: with `import { z }` the bundled CLI kept all of zod's exports, every locale
// included (its chunk was 940 KB, now 365 KB; loading it took 58 ms, now 48).
import * as z from 'zod';
import { dataIssueSchema, num, errorCode, sampleFields } from './sharedSchemas.js';
import type { ServqualErrorCode } from '../errors.js';
import { METHODS, type Method } from '../data/method.js';
import { ValiditySchema } from './ValiditySchema.js';
import { OutcomesReportSchema } from './OutcomesSchema.js';
import { NeedLevelSchema } from '../instrument/schema.js';

// The report JSON contract, the one source of it: the TypeScript types of the report (types.ts) are
// inferred from these schemas, and the JSON Schema shipped with the package (report.schema.json) is
// generated from them. Objects are strict, so a report carrying a field the contract does not name
// fails to parse (the tests parse the report of every fixture).
//
// Optional fields are `exactOptional()`: under `exactOptionalPropertyTypes` the inferred field is
// `gap?: TestedStat`, not `gap?: TestedStat | undefined`, and the JSON Schema is the same either way.
// The one exception is `zh` of a localized text, which is the instrument's `LocalizedText` as is.
//
// The JSON Schema reuses (`$ref`s) every schema object that appears in more than one place, so which
// fields share one object and which get their own decides the shipped file, byte for byte; a field
// written inline below is a field that must not share.

const nullableNum = z.number().nullable();
const text = z.strictObject({ en: z.string(), zh: z.string().optional() });
const bilingual = z.strictObject({ en: z.string(), zh: z.string() });

/** A bootstrap percentile interval, `[lo, hi]`, or `null` when too few replicates define the estimate. */
const bootstrapInterval = z.tuple([num, num]).nullable();

/** A descriptive statistic (see `Stat`). */
export const StatSchema = z.strictObject({
  n: z.number().int().nonnegative(),
  mean: nullableNum,
  sd: nullableNum,
  /** The bootstrap's percentile 95% interval of the mean, with `--bootstrap` (dimension headlines and overall scores). */
  bootstrapCi95: bootstrapInterval.exactOptional(),
});

/** A tested statistic (see `TestedStat`). */
export const TestedStatSchema = StatSchema.extend({
  se: nullableNum,
  ci95: z.tuple([num, num]).nullable(),
  t: nullableNum,
  df: nullableNum,
  p: nullableNum,
  pAdjusted: nullableNum,
  dz: nullableNum,
}).strict();

/** A segment against the rest: Welch's test (see `WelchTest`) with its adjusted p-value. */
export const VersusRestSchema = z.strictObject({ mean: nullableNum, se: nullableNum, t: nullableNum, df: nullableNum, p: nullableNum, pAdjusted: nullableNum });

/** The zone of tolerance: perception below the minimum mean, above the desired mean, or within. */
export const ZoneSchema = z.enum(['below', 'within', 'above']);

/** The zone-of-tolerance classification of an item or dimension. */
export const ZoneReportSchema = z.strictObject({
  /** Respondents used (all three answers, no inversion). */
  n: num,
  minimum: nullableNum,
  desired: nullableNum,
  perception: nullableNum,
  zone: ZoneSchema.nullable(),
  /** Answers with minimum > desired, left out of the zone (items only). */
  inversions: num.exactOptional(),
});

/** Cronbach's alpha of one scale, with item statistics (see `Reliability`). */
export const ReliabilitySchema = z.strictObject({
  n: num,
  alpha: nullableNum,
  standardizedAlpha: nullableNum,
  items: z.array(z.strictObject({ id: z.string(), rDrop: nullableNum, alphaIfDeleted: nullableNum })),
});

// The fields of the measures, spread into items and dimensions (one schema object per field, shared).
const measures = {
  /** servqual */
  expectation: StatSchema.exactOptional(),
  /** all methods */
  perception: StatSchema,
  /** servqual: P − E, tested. */
  gap: TestedStatSchema.exactOptional(),
  /** three-column */
  minimum: StatSchema.exactOptional(),
  /** three-column */
  desired: StatSchema.exactOptional(),
  /** three-column: P − MIN over respondents with P and MIN. */
  adequacy: TestedStatSchema.exactOptional(),
  /** three-column: P − DES over respondents with P and DES. */
  superiority: TestedStatSchema.exactOptional(),
  /** three-column: zone of tolerance, from respondents with all three answers and no inversion. */
  zone: ZoneReportSchema.exactOptional(),
};

/** The measured quantities of an item or a dimension. Which are present depends on the method. */
export const MeasuresSchema = z.strictObject(measures);

/** Martilla & James (1977) importance–performance quadrants. */
export const QuadrantSchema = z.enum(['concentrate-here', 'keep-up-the-good-work', 'low-priority', 'possible-overkill']);

/** Where the importance used for IPA and priorities came from. */
export const ImportanceSourceSchema = z.enum(['stated', 'derived', 'equal', 'instrument']);

/** Importance of a dimension: stated, derived from overall satisfaction, and the share used. */
export const ImportanceSchema = z.strictObject({
  /** Mean of the respondents' 100-point allocations, in percent; `null` without `W_*` columns. */
  stated: nullableNum,
  /** Respondents who gave an allocation. */
  statedN: num,
  /** Pearson r of the perception dimension score with overall satisfaction, and its p-value. */
  correlation: z.strictObject({ r: nullableNum, p: nullableNum }).nullable(),
  /** OLS beta of overall satisfaction on all perception dimension scores, on z-scores. */
  standardizedBeta: nullableNum,
  /** Johnson's (2000) relative weight; they sum to `drivers.r2`. */
  relativeWeight: nullableNum,
  /** relativeWeight / R². */
  relativeWeightShare: nullableNum,
  /** The share of importance used for IPA and priorities (from `ipa.importance`), between 0 and 1. */
  share: num,
  /** With `--bootstrap`: the percentile 95% interval of each estimate above (`stated` in points, as it is given). */
  bootstrapCi95: z
    .strictObject({
      stated: bootstrapInterval,
      correlation: bootstrapInterval,
      standardizedBeta: bootstrapInterval,
      relativeWeight: bootstrapInterval,
      relativeWeightShare: bootstrapInterval,
      share: bootstrapInterval,
    })
    .exactOptional(),
  /**
   * With `--bootstrap`: the random-variable test of the relative weight (Tonidandel, LeBreton & Johnson
   * 2009): the 95% interval of (this weight − a random predictor's weight) over the resamples; the weight
   * beats chance when the interval lies above 0 (`null`: undefined).
   */
  versusRandom: z.strictObject({ ci95: bootstrapInterval, beatsRandom: z.boolean().nullable() }).exactOptional(),
});

/** The trend of a dimension's headline statistic over periods. */
export const TrendSchema = z.strictObject({
  periods: num,
  /** OLS slope per period. */
  slope: nullableNum,
  ci95: z.tuple([num, num]).nullable(),
  df: nullableNum,
  p: nullableNum,
  /** The last period's mean minus the previous one's. */
  change: nullableNum,
});

/** How many respondents' weighted scores used their own weights, the instrument's, or equal weights. */
export const WeightSourcesSchema = z.strictObject({ respondent: num, instrument: num, equal: num });

/**
 * An overall score over respondents with every dimension score, of the statistic `s`. A function:
 * each overall score gets its own schema object (they share the statistic's and the weights').
 */
export function overallScoreSchema<S extends z.ZodType>(s: S) {
  return z.strictObject({ n: num, unweighted: s, weighted: s, weights: WeightSourcesSchema });
}

/** A dimension within a segment or period: the method's dimension statistics. */
export const GroupDimensionSchema = z.strictObject({
  id: z.string(),
  expectation: StatSchema.exactOptional(),
  perception: StatSchema,
  gap: TestedStatSchema.exactOptional(),
  adequacy: TestedStatSchema.exactOptional(),
  superiority: TestedStatSchema.exactOptional(),
});

/** Overall scores within a segment or period. */
export const GroupOverallSchema = z.union([
  z.strictObject({ unweighted: TestedStatSchema, weighted: TestedStatSchema }),
  z.strictObject({ unweighted: StatSchema, weighted: StatSchema }),
  z.strictObject({
    adequacy: z.strictObject({ unweighted: TestedStatSchema, weighted: TestedStatSchema }),
    superiority: z.strictObject({ unweighted: TestedStatSchema, weighted: TestedStatSchema }),
  }),
]);

/**
 * An item's importance: stated on the importance questionnaire (columns `I{id}`, rated on the
 * instrument's `importanceScale`), and derived from overall satisfaction (Johnson's relative weights of
 * the item perceptions), each where the data allows it.
 */
export const ItemImportanceSchema = z.strictObject({
  /** Mean importance rating; `null` without `I{id}` columns or answers. */
  stated: nullableNum,
  /** Respondents who rated the item's importance. */
  n: num,
  /** stated / Σ stated over all items: what the item's priority and IPA use. */
  share: nullableNum,
  /** Johnson's (2000) relative weight of the item perception on overall satisfaction; see `itemDrivers`. */
  relativeWeight: nullableNum,
  /** relativeWeight / R². */
  relativeWeightShare: nullableNum,
});

/** One item of the report. */
export const ItemReportSchema = z.strictObject({
  id: z.string(),
  dimension: z.string(),
  /** The item's wording, from the instrument. */
  text: text.exactOptional(),
  ...measures,
  /** Stated and derived item importance, when the data has item-importance columns or `itemDrivers` is asked for. */
  importance: ItemImportanceSchema.exactOptional(),
});

/** Reliability of a dimension's scales. */
export const DimensionReliabilitySchema = z.strictObject({
  expectation: ReliabilitySchema.exactOptional(),
  perception: ReliabilitySchema.exactOptional(),
  gap: ReliabilitySchema.exactOptional(),
  minimum: ReliabilitySchema.exactOptional(),
  desired: ReliabilitySchema.exactOptional(),
});

/** One dimension of the report. */
export const DimensionReportSchema = z.strictObject({
  id: z.string(),
  name: text,
  ...measures,
  reliability: DimensionReliabilitySchema,
  /** Stated and derived importance, and the share used for IPA and priorities. */
  importance: ImportanceSchema,
  /** The importance–performance quadrant (Martilla & James 1977); `null` when importance is equal. */
  quadrant: QuadrantSchema.nullable(),
  /** The headline's trend over periods, when the analysis has periods. */
  trend: TrendSchema.exactOptional(),
  /** With `--bootstrap`: the share of resamples that put the dimension in its reported quadrant (`null` when no quadrant is reported). */
  quadrantStability: nullableNum.exactOptional(),
});

/** Overall scores: of the gap (servqual), of perceptions (servperf), or of adequacy and superiority (three-column). */
export const OverallReportSchema = z.union([
  overallScoreSchema(TestedStatSchema),
  overallScoreSchema(StatSchema),
  z.strictObject({ adequacy: overallScoreSchema(TestedStatSchema), superiority: overallScoreSchema(TestedStatSchema) }),
]);

/** Where the IPA crosshairs sit and what the axes are. */
export const IpaSettingsSchema = z.strictObject({
  importance: ImportanceSourceSchema,
  /** `perception` (Martilla & James) or `gap` (the gap-based variant). */
  performance: z.enum(['perception', 'gap']),
  crosshairs: z.strictObject({ performance: num, importance: num, placement: z.enum(['mean', 'midpoint', 'given']) }),
});

/**
 * The verdict on a dimension or item: `fix` and `improve` a significant shortfall (at or above the
 * mean importance share, or below it; three-column: below the minimum is always `fix`), `maintain`
 * what has none, `reconsider` what is significantly above expectations yet of below-mean importance
 * (possible over-investment). SERVPERF: from the IPA quadrant (see docs/statistics.md).
 */
export const ActionSchema = z.enum(['fix', 'improve', 'maintain', 'reconsider']);

/**
 * A provider gap of the five-gap model (1–4) that likely causes a dimension's shortfall: why, and
 * what to do. Remedies are given once per report, under the first priority they apply to.
 */
export const CauseSchema = z.strictObject({
  gap: z.literal([1, 2, 3, 4]),
  name: bilingual,
  why: bilingual,
  remedies: z.array(bilingual),
  /** `typical`: the usual order for the dimension (docs/statistics.md); `measured`: ordered by a diagnosis. */
  basis: z.enum(['typical', 'measured']),
  /** The measured severity of the gap, 0–1 (see the diagnosis), when the basis is `measured`. */
  severity: nullableNum.exactOptional(),
});

/** One entry of the ranked priorities. */
export const PrioritySchema = z.strictObject({
  /** 1 = act first; dimensions and items are ranked separately. */
  rank: num,
  level: z.enum(['dimension', 'item']),
  id: z.string(),
  /** The item's dimension (items only). */
  dimension: z.string().exactOptional(),
  /** Priority index = importance share × shortfall. */
  score: num,
  /** −gap when the gap is negative and significant after adjustment, else 0 (see the docs per method). */
  shortfall: num,
  /** The importance share used. */
  importance: num,
  /** The IPA quadrant, a separate view: `null` when importance is equal (the grid is then degenerate), and for items without item importance. */
  quadrant: QuadrantSchema.nullable(),
  /** Three-column data only. */
  zone: ZoneSchema.nullable().exactOptional(),
  /** The verdict; the reason is built from it. */
  action: ActionSchema,
  /** A sentence a manager can act on, in English and Chinese. */
  reason: bilingual,
  /** Dimensions to fix or improve: their items with the largest significant shortfalls, worst first (at most three). */
  weakestItems: z.array(z.string()).exactOptional(),
  /** Dimensions to fix or improve: the likely provider gaps, most likely first, with remedies. */
  causes: z.array(CauseSchema).exactOptional(),
  /** The level of need it meets, when the instrument declares one (an item's own, else its dimension's). */
  needLevel: NeedLevelSchema.exactOptional(),
  /** With `--bootstrap`, dimensions only: the share of resamples in which it holds this rank. */
  rankStability: num.exactOptional(),
  /** With `--bootstrap`, dimensions only: the share of resamples in which it is among the first three. */
  top3: num.exactOptional(),
});

/** Two neighbouring dimension ranks and how often the resamples swap them. */
export const RankSwapSchema = z.strictObject({
  /** The ranks, r and r + 1. */
  ranks: z.tuple([num, num]),
  /** The dimensions at those ranks. */
  ids: z.tuple([z.string(), z.string()]),
  /** The share of resamples ranking the second before the first. */
  share: num,
  /** Whether the share reaches `DEFAULTS.bootstrapSwapShare` (the two are not told apart). */
  indistinct: z.boolean(),
});

/** What the bootstrap did (`--bootstrap`): see docs/statistics.md. */
export const BootstrapReportSchema = z.strictObject({
  /** One-pass Poisson bootstrap of the respondent-level scores. */
  method: z.literal('poisson'),
  replicates: num,
  seed: num,
  /**
   * The units resampled: the rows, or when the survey has more rows than `DEFAULTS.bootstrapUnits`,
   * that many random groups of rows (docs/statistics.md); only units with rows are counted.
   */
  units: num,
  /** Whether rows were resampled in groups (some unit holds more than one row). */
  grouped: z.boolean(),
  /** Resamples the priorities could be ranked in (a resample without a defined importance is left out). */
  ranked: num,
  /** The coverage of the intervals. */
  level: num,
  /** Every pair of neighbouring dimension ranks. */
  swaps: z.array(RankSwapSchema),
});

/** Derived item importance: the regression of overall satisfaction on every item perception. */
export const ItemDriversSchema = z.strictObject({
  /** Respondents with overall satisfaction and every item perception. */
  n: num,
  /** R² of the regression; `null` when it was not computed. */
  r2: nullableNum,
  /** Why derived item importance is absent, or `null` when it is given. */
  note: bilingual.nullable(),
});

/** One value of a segment column. */
export const SegmentReportSchema = z.strictObject({
  value: z.string(),
  n: num,
  /** Fewer rows than `minSegmentSize`: read with care. */
  small: z.boolean(),
  dimensions: z.array(GroupDimensionSchema.extend({ versusRest: VersusRestSchema }).strict()),
  overall: GroupOverallSchema,
});

/** One period. */
export const PeriodReportSchema = z.strictObject({
  /** `2025-Q1`, `2025-03`, `2025-W09` or `2025`. */
  period: z.string(),
  n: num,
  dimensions: z.array(GroupDimensionSchema),
  overall: GroupOverallSchema,
});

/** A finding a reader should see: low alpha, an item that looks mis-keyed, inversions. */
export const ReportWarningSchema = z.strictObject({
  code: z.enum(['LOW_ALPHA', 'NEGATIVE_R_DROP', 'INVERSIONS', 'MANY_SEGMENTS', 'UNDATED', 'NOT_DISCRIMINANT', 'RANKS_NOT_DISTINCT', 'FEW_REPLICATES']),
  message: bilingual,
  dimension: z.string().exactOptional(),
  item: z.string().exactOptional(),
  scale: DimensionReliabilitySchema.keyof().exactOptional(),
});

/**
 * A group of dimensions the instrument declares (Grönroos' material and emotional needs, say), scored
 * like a dimension: a respondent's group score is the mean of their scores on its dimensions, given
 * every one; the same measures and tests as a dimension's (no zone of tolerance).
 */
export const DimensionGroupReportSchema = z.strictObject({
  id: z.string(),
  name: text,
  /** Its dimensions' ids. */
  dimensions: z.array(z.string()),
  ...measures,
});

/**
 * One level of customer needs, over the items that meet it (an item's own `needLevel`, else its
 * dimension's): a respondent's level score is the mean of their answers on those items (servqual: of
 * the items answered for both E and P), given as many as a dimension of that many items needs; the
 * same measures and tests as a dimension's (no zone of tolerance).
 */
export const NeedLevelReportSchema = z.strictObject({
  level: NeedLevelSchema,
  /** Dimensions declared at this level. */
  dimensions: z.array(z.string()),
  /** Items at this level (their own level, else their dimension's). */
  items: z.array(z.string()),
  ...measures,
});

/** A regression coefficient with its standard error and 95% confidence interval (R's `lm`, `confint`). */
const OlsCoefficientSchema = z.strictObject({ estimate: num, se: num, ci95: z.tuple([num, num]) });

/**
 * Penalty–reward analysis (asymmetric impact) of the survey's overall-satisfaction column: per factor,
 * the penalty of low and the reward of high performance, the range of impact, the impact asymmetry,
 * and the class (basic, performance, excitement), or why it is refused (see `penaltyReward`).
 */
export const PenaltyRewardReportSchema = z.strictObject({
  level: z.enum(['dimension', 'item']),
  n: num,
  rows: num,
  leftOut: num,
  /** Why rows were left out: excluded by the survey's rules, no usable overall satisfaction, too few answers for a factor. */
  leftOutFor: z.strictObject({ excluded: num, noOverall: num, tooFewAnswers: num }),
  r2: nullableNum,
  cutoffs: z.strictObject({ low: num, high: num }),
  thresholds: z.strictObject({ basic: num, excitement: num, source: z.string() }),
  factors: z.array(
    z.strictObject({
      id: z.string(),
      name: text,
      lowN: num,
      highN: num,
      penalty: OlsCoefficientSchema.nullable(),
      reward: OlsCoefficientSchema.nullable(),
      range: nullableNum,
      asymmetry: nullableNum,
      class: z.enum(['basic', 'performance', 'excitement']).nullable(),
      refused: bilingual.nullable(),
    }),
  ),
});

/**
 * The fields of a report, whatever its method: each method's report ({@link ReportSchema}) is this
 * object with its own measures in the items, dimensions, overall scores, segments and periods.
 */
export const ReportFieldsSchema = z.strictObject({
  schemaVersion: z.string(),
  instrument: z.strictObject({ id: z.string(), name: text, scale: z.strictObject({ min: num, max: num }) }),
  method: z.enum(METHODS),
  options: z.strictObject({
    minItemsAnswered: nullableNum,
    pAdjust: z.enum(['holm', 'BH', 'none']),
    alphaThreshold: num,
    reliability: z.enum(['listwise', 'pairwise']),
    by: z.array(z.string()),
    minSegmentSize: num,
    period: z.enum(['week', 'month', 'quarter', 'year']).nullable(),
    dateColumn: z.string().nullable(),
  }),
  sample: z.strictObject({
    ...sampleFields(),
    setAside: z.array(z.strictObject({ code: errorCode(), reason: z.string(), values: num })).exactOptional(),
  }),
  /** `undated`: rows without a readable date, left out of the periods only. */
  dataQuality: z.strictObject({
    issues: z.array(dataIssueSchema()),
    issuesTotal: num,
    inversions: num,
    undated: num,
  }),
  items: z.array(ItemReportSchema),
  dimensions: z.array(DimensionReportSchema),
  overall: OverallReportSchema,
  /** Key-driver regression of overall satisfaction on the perception dimension scores, where the data has an overall column. */
  drivers: z.strictObject({ n: num, r2: nullableNum }).nullable(),
  /** Derived item importance, or why it is absent. */
  itemDrivers: ItemDriversSchema,
  ipa: IpaSettingsSchema,
  priorities: z.array(PrioritySchema),
  /** Per `by` column, its segments; `null` without `by`. */
  segments: z.record(z.string(), z.array(SegmentReportSchema)).nullable(),
  /** Periods in calendar order; `null` without `period`. */
  periods: z.array(PeriodReportSchema).nullable(),
  warnings: z.array(ReportWarningSchema),
  /** CSI, CSAT and NPS, when the instrument or the flags name their columns; absent otherwise. */
  outcomes: OutcomesReportSchema.exactOptional(),
  /** Measurement validity of the dimension structure, when asked for (`validity` option, `--validity`). */
  validity: ValiditySchema.exactOptional(),
  /** The bootstrap, when asked for (`bootstrap` option, `--bootstrap`). */
  bootstrap: BootstrapReportSchema.exactOptional(),
  /** The instrument's groups of dimensions, tested like dimensions; absent when it declares none. */
  groups: z.array(DimensionGroupReportSchema).exactOptional(),
  /** Gaps by level of need, basic to unexpected (levels without items left out); absent when no item or dimension declares a `needLevel`. */
  needLevels: z.array(NeedLevelReportSchema).exactOptional(),
  /** Penalty–reward analysis, when asked for (`servqual analyze --penalty-reward`). */
  penaltyReward: PenaltyRewardReportSchema.exactOptional(),
});

/** The JSON Schema (draft 2020-12) of the report, generated from {@link ReportSchema}. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', reused: 'ref' }) as Record<string, unknown>;
}

// The reports of the three methods. A method's measures are required in its items and dimensions,
// and every other method's are `never` (a servperf item has no `gap`): the inferred `Report` is then
// a union discriminated by `method`, so `if (r.method === 'servqual') r.dimensions[0].gap.mean` type-
// checks, while code over any report still reads `item.gap` as `TestedStat | undefined`.
const none = z.never().exactOptional();

/** servqual: expectation, perception and the gap P − E. */
const servqualMeasures = {
  expectation: StatSchema,
  perception: StatSchema,
  gap: TestedStatSchema,
  minimum: none,
  desired: none,
  adequacy: none,
  superiority: none,
  zone: none,
};
/** servperf: perception only. */
const servperfMeasures = { expectation: none, perception: StatSchema, gap: none, minimum: none, desired: none, adequacy: none, superiority: none, zone: none };
/** three-column: minimum, desired and perception; adequacy, superiority and the zone of tolerance. */
const threeColumnMeasures = {
  expectation: none,
  perception: StatSchema,
  gap: none,
  minimum: StatSchema,
  desired: StatSchema,
  adequacy: TestedStatSchema,
  superiority: TestedStatSchema,
  zone: ZoneReportSchema,
};
/** The measures of one method, by field: a schema where the method has the measure, `none` where not. */
type MethodMeasures = Record<'expectation' | 'perception' | 'gap' | 'minimum' | 'desired' | 'adequacy' | 'superiority' | 'zone', z.ZodType>;
/** The measures a segment or period reports (no minimum, desired or zone there). */
type GroupMeasures = Pick<MethodMeasures, 'expectation' | 'perception' | 'gap' | 'adequacy' | 'superiority'>;
const groupMeasuresOf = ({ expectation, perception, gap, adequacy, superiority }: MethodMeasures) => ({ expectation, perception, gap, adequacy, superiority });

/**
 * The report of `method`: the shared fields, with the method's measures in items and dimensions (`m`)
 * and in segments and periods (`g`), and the method's overall scores.
 */
function reportOf<M extends Method, S extends MethodMeasures, G extends GroupMeasures, O extends z.ZodType, GO extends z.ZodType>(
  method: M,
  m: S,
  g: G,
  overall: O,
  groupOverall: GO,
) {
  return ReportFieldsSchema.extend({
    method: z.literal(method),
    items: z.array(ItemReportSchema.extend(m)),
    dimensions: z.array(DimensionReportSchema.extend(m)),
    overall,
    segments: z
      .record(
        z.string(),
        z.array(
          SegmentReportSchema.extend({ dimensions: z.array(GroupDimensionSchema.extend(g).extend({ versusRest: VersusRestSchema })), overall: groupOverall }),
        ),
      )
      .nullable(),
    periods: z.array(PeriodReportSchema.extend({ dimensions: z.array(GroupDimensionSchema.extend(g)), overall: groupOverall })).nullable(),
  });
}

/** The report of a servqual analysis (expectations and perceptions, gap = P − E). */
export const ServqualReportSchema = reportOf(
  'servqual',
  servqualMeasures,
  groupMeasuresOf(servqualMeasures) as Omit<typeof servqualMeasures, 'minimum' | 'desired' | 'zone'>,
  OverallReportSchema.options[0],
  GroupOverallSchema.options[0],
);

/** The report of a servperf analysis (perceptions only). */
export const ServperfReportSchema = reportOf(
  'servperf',
  servperfMeasures,
  groupMeasuresOf(servperfMeasures) as Omit<typeof servperfMeasures, 'minimum' | 'desired' | 'zone'>,
  OverallReportSchema.options[1],
  GroupOverallSchema.options[1],
);

/** The report of a three-column analysis (minimum, desired and perceived service). */
export const ThreeColumnReportSchema = reportOf(
  'three-column',
  threeColumnMeasures,
  groupMeasuresOf(threeColumnMeasures) as Omit<typeof threeColumnMeasures, 'minimum' | 'desired' | 'zone'>,
  OverallReportSchema.options[2],
  GroupOverallSchema.options[2],
);

/**
 * The zod schema of a report: the report JSON contract, one object per method, told apart by
 * `method`. Its output type is {@link Report}.
 */
export const ReportSchema = z.discriminatedUnion('method', [ServqualReportSchema, ServperfReportSchema, ThreeColumnReportSchema]);
