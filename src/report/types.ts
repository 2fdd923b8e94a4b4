import type { DataIssue } from '../errors.js';
import type { LocalizedText } from '../instrument/schema.js';
import type { Method } from '../data/method.js';
import type { SampleSummary } from '../data/DataQualityLog.js';
import type { Reliability } from '../stats/reliabilityFromMoments.js';
import type { Stat, TestedStat } from '../stats/types.js';
import type { PAdjustMethod } from '../stats/adjustPValues.js';
import type { Importance, IpaSettings, Priority, Quadrant } from '../prioritize/types.js';

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

/** A finding a reader should see: low alpha, an item that looks mis-keyed, inversions. */
export interface ReportWarning {
  code: 'LOW_ALPHA' | 'NEGATIVE_R_DROP' | 'INVERSIONS' | 'FEW_RESPONDENTS';
  message: string;
  dimension?: string;
  item?: string;
  scale?: keyof DimensionReliability;
}

/** The report of an analysis; see the report JSON contract in DESIGN.md. */
export interface Report {
  schemaVersion: string;
  instrument: { id: string; name: LocalizedText; scale: { min: number; max: number } };
  method: Method;
  options: { minItemsAnswered: number | null; pAdjust: PAdjustMethod; alphaThreshold: number; reliability: 'listwise' | 'pairwise' };
  sample: SampleSummary;
  dataQuality: { issues: DataIssue[]; issuesTotal: number; inversions: number };
  items: ItemReport[];
  dimensions: DimensionReport[];
  overall: OverallReport;
  /** Key-driver regression of overall satisfaction on the perception dimension scores, where the data has an overall column. */
  drivers: { n: number; r2: number | null } | null;
  ipa: IpaSettings;
  priorities: Priority[];
  segments: Record<string, unknown> | null;
  periods: unknown[] | null;
  warnings: ReportWarning[];
}
