import type { DataIssue } from '../errors.js';
import type { BilingualText, LocalizedText } from '../instrument/schema.js';
import type { Method } from '../data/method.js';
import type { SampleSummary } from '../data/DataQualityLog.js';
import type { Reliability } from '../stats/reliabilityFromMoments.js';
import type { Stat, TestedStat } from '../stats/types.js';
import type { PAdjustMethod } from '../stats/adjustPValues.js';
import type { Importance, IpaSettings, Priority, Quadrant } from '../prioritize/types.js';
import type { WelchTest } from '../stats/welchTTest.js';

/** Version of the report JSON; bumped when a field changes meaning or disappears. */
export const REPORT_SCHEMA_VERSION = '1.0.0';

/** The zone of tolerance: perception below the minimum mean, above the desired mean, or within. */
export type Zone = 'below' | 'within' | 'above';

/** The measured quantities of an item or a dimension. Which are present depends on the method. */
export interface Measures {
  /** servqual */
  expectation?: Stat;
  /** all methods */
  perception: Stat;
  /** servqual: P − E, tested. */
  gap?: TestedStat;
  /** three-column */
  minimum?: Stat;
  desired?: Stat;
  /** three-column: P − MIN over respondents with P and MIN. */
  adequacy?: TestedStat;
  /** three-column: P − DES over respondents with P and DES. */
  superiority?: TestedStat;
  /** three-column: zone of tolerance, from respondents with all three answers and no inversion. */
  zone?: ZoneReport;
}

/** One item of the report. */
export interface ItemReport extends Measures {
  id: string;
  dimension: string;
}

/** The zone-of-tolerance classification of an item or dimension. */
export interface ZoneReport {
  /** Respondents used (all three answers, no inversion). */
  n: number;
  minimum: number | null;
  desired: number | null;
  perception: number | null;
  zone: Zone | null;
  /** Answers with minimum > desired, left out of the zone (items only). */
  inversions?: number;
}

/** Reliability of a dimension's scales. */
export interface DimensionReliability {
  expectation?: Reliability;
  perception?: Reliability;
  gap?: Reliability;
  minimum?: Reliability;
  desired?: Reliability;
}

/** One dimension of the report. */
export interface DimensionReport extends Measures {
  id: string;
  name: LocalizedText;
  reliability: DimensionReliability;
  /** Stated and derived importance, and the share used for IPA and priorities. */
  importance: Importance;
  /** The importance–performance quadrant (Martilla & James 1977). */
  quadrant: Quadrant | null;
  /** The headline's trend over periods, when the analysis has periods. */
  trend?: Trend;
}

/** A dimension within a segment or period: the method's dimension statistics. */
export interface GroupDimension {
  id: string;
  expectation?: Stat;
  perception: Stat;
  gap?: TestedStat;
  adequacy?: TestedStat;
  superiority?: TestedStat;
}

/** Overall scores within a segment or period. */
export type GroupOverall =
  | { unweighted: TestedStat; weighted: TestedStat }
  | { unweighted: Stat; weighted: Stat }
  | { adequacy: { unweighted: TestedStat; weighted: TestedStat }; superiority: { unweighted: TestedStat; weighted: TestedStat } };

/** One value of a segment column. */
export interface SegmentReport {
  value: string;
  n: number;
  /** Fewer rows than `minSegmentSize`: read with care. */
  small: boolean;
  dimensions: Array<GroupDimension & { versusRest: WelchTest & { pAdjusted: number | null } }>;
  overall: GroupOverall;
}

/** One period. */
export interface PeriodReport {
  /** `2025-Q1`, `2025-03`, `2025-W09` or `2025`. */
  period: string;
  n: number;
  dimensions: GroupDimension[];
  overall: GroupOverall;
}

/** The trend of a dimension's headline statistic over periods. */
export interface Trend {
  periods: number;
  /** OLS slope per period. */
  slope: number | null;
  ci95: [number, number] | null;
  df: number | null;
  p: number | null;
  /** The last period's mean minus the previous one's. */
  change: number | null;
}

/** How many respondents' weighted scores used their own weights, the instrument's, or equal weights. */
export interface WeightSources {
  respondent: number;
  instrument: number;
  equal: number;
}

/** An overall score over respondents with every dimension score. */
export interface OverallScore<S extends Stat> {
  n: number;
  unweighted: S;
  weighted: S;
  weights: WeightSources;
}

/** Overall scores: of the gap (servqual), of perceptions (servperf), or of adequacy and superiority (three-column). */
export type OverallReport =
  | OverallScore<TestedStat>
  | OverallScore<Stat>
  | { adequacy: OverallScore<TestedStat>; superiority: OverallScore<TestedStat> };

/** A finding a reader should see: low alpha, an item that looks mis-keyed, inversions, a column of too many segments. */
export interface ReportWarning {
  code: 'LOW_ALPHA' | 'NEGATIVE_R_DROP' | 'INVERSIONS' | 'MANY_SEGMENTS';
  message: BilingualText;
  dimension?: string;
  item?: string;
  scale?: keyof DimensionReliability;
}

/** The report of an analysis; see the report JSON contract in DESIGN.md. */
export interface Report {
  schemaVersion: string;
  instrument: { id: string; name: LocalizedText; scale: { min: number; max: number } };
  method: Method;
  options: {
    minItemsAnswered: number | null;
    pAdjust: PAdjustMethod;
    alphaThreshold: number;
    reliability: 'listwise' | 'pairwise';
    by: string[];
    minSegmentSize: number;
    period: 'week' | 'month' | 'quarter' | 'year' | null;
    dateColumn: string | null;
  };
  sample: SampleSummary;
  /** `undated`: rows without a readable date, left out of the periods only. */
  dataQuality: { issues: DataIssue[]; issuesTotal: number; inversions: number; undated: number };
  items: ItemReport[];
  dimensions: DimensionReport[];
  overall: OverallReport;
  /** Key-driver regression of overall satisfaction on the perception dimension scores, where the data has an overall column. */
  drivers: { n: number; r2: number | null } | null;
  ipa: IpaSettings;
  priorities: Priority[];
  /** Per `by` column, its segments; `null` without `by`. */
  segments: Record<string, SegmentReport[]> | null;
  /** Periods in calendar order; `null` without `period`. */
  periods: PeriodReport[] | null;
  warnings: ReportWarning[];
}
