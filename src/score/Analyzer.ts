import type { Instrument } from '../instrument/schema.js';
import type { Method } from '../data/method.js';
import type { DataQualityLogJSON } from '../data/DataQualityLog.js';
import type { RowResult, SurveyResponse } from '../data/createRowReader.js';
import type { Cell } from '../data/parseCell.js';
import type { CoMomentsJSON } from '../stats/CoMoments.js';
import type { PAdjustMethod } from '../stats/adjustPValues.js';
import type { Report } from '../report/types.js';
import type { PrioritizeOptions } from '../prioritize/prioritize.js';
import type { GroupedMomentsJSON } from './groups.js';
import type { PeriodUnit } from '../data/period.js';
import type { ValidityScale } from '../report/ValiditySchema.js';

/** Options of {@link createAnalyzer} and {@link analyze}. */
export interface AnalyzerOptions extends PrioritizeOptions {
  /** The scoring method. Default `servqual` (in `analyze`, detected from the columns). */
  method?: Method | undefined;
  /** Items a respondent must answer for a dimension score; default half of the dimension's items, rounded up. */
  minItemsAnswered?: number | undefined;
  /** Multiple-comparison adjustment within each family of tests. Default `holm`. */
  pAdjust?: PAdjustMethod | undefined;
  /**
   * How reliability handles missing answers: `listwise` (default) uses respondents who answered every
   * item of the dimension, as SPSS RELIABILITY and `psych::alpha(na.omit(x))`; `pairwise` uses each
   * pair's pairwise-complete covariance, as `psych::alpha(x)`, and reports the smallest pair count as n.
   */
  reliability?: ReliabilityMode | undefined;
  /** Alpha below this is flagged. Default 0.7. */
  alphaThreshold?: number | undefined;
  /** Throw on the first invalid row instead of excluding it. Default `false`. */
  strict?: boolean | undefined;
  /** Problems kept in full in the report's data-quality log (all are counted). Default 100. */
  maxIssues?: number | undefined;
  /** Columns to segment by (exact header names; `analyze` resolves them case-insensitively). */
  by?: readonly string[] | undefined;
  /** Segments smaller than this are flagged `small` (never hidden). Default 30. */
  minSegmentSize?: number | undefined;
  /** Group rows into periods of this length by their date. */
  period?: PeriodUnit | undefined;
  /** The date column for `period` (exact header name). Default `submitted_at`, else `date`. */
  dateColumn?: string | undefined;
  /** A date-fns pattern for the date column, e.g. `yyyy/MM/dd` or `dd.MM.yyyy`. Default: ISO dates. */
  dateFormat?: string | undefined;
  /**
   * Measurement validity of the dimension structure (`report.validity`): a confirmatory factor
   * analysis, composite reliability, AVE, HTMT and Fornell–Larcker, on the answers named here over
   * respondents who answered every item. Off by default (it keeps every item's covariance).
   */
  validity?: ValidityScale | undefined;
  /**
   * An outcome measure (the instrument's `outcomes`) to stand for overall satisfaction in driver
   * importance, in place of the `overall` column: the respondent's CSI (0–100), or the CSAT or NPS answer.
   */
  outcome?: 'csi' | 'csat' | 'nps' | undefined;
  /**
   * The one-pass Poisson bootstrap: `replicates` resamples, each weighting every resampling unit by a
   * Poisson(1) draw keyed by (seed, unit, replicate). A unit is a row while there are fewer rows than
   * `units` (default `DEFAULTS.bootstrapUnits`); later rows each join one of them at random, so the
   * cost of the replicates does not grow with the rows (docs/statistics.md). Adds percentile 95%
   * intervals (`bootstrapCi95`) beside the gaps, overall scores and importance, rank and quadrant
   * stability to priorities and dimensions, and `report.bootstrap`. Off by default. The seed defaults
   * to `DEFAULTS.bootstrapSeed`; the result is the same for any thread count or chunking.
   */
  bootstrap?: { replicates: number; seed?: number | undefined; units?: number | undefined } | undefined;
}

/** Missing-data handling of reliability: `listwise` or `pairwise`. */
export type ReliabilityMode = 'listwise' | 'pairwise';

/** The serialised state of an analyzer ({@link Analyzer.toJSON}). */
export interface AnalyzerState {
  version: 1;
  instrument: string;
  method: Method;
  reliability: ReliabilityMode;
  itemCount: number;
  quality: DataQualityLogJSON;
  moments: CoMomentsJSON[];
  segments: Array<[string, GroupedMomentsJSON]>;
  periods: GroupedMomentsJSON | null;
}

/** A streaming analysis: add responses one at a time, merge shards, then ask for the report. */
export interface Analyzer {
  readonly instrument: Instrument;
  readonly method: Method;
  /**
   * Adds one row: a record keyed by column names (`{ E1: 5, P1: 6, … }`, the names the instrument's
   * column templates give, read and validated as a row of a file with those columns), a row reader's
   * result (an excluded row is recorded with its reasons), or a validated response.
   *
   * @throws {ServqualError} `E_NO_DATA` when the row is none of these; a `ValidationError`
   *   (`E_MISSING_COLUMN`) when a record lacks a column the method needs.
   */
  add(row: SurveyResponse | RowResult | Readonly<Record<string, Cell>>): void;
  /** Folds in another analyzer of the same instrument, method and options; returns `this`. */
  merge(other: Analyzer): Analyzer;
  /** The report of everything added so far. */
  result(): Report;
  /** The accumulated state, for sending to another worker or machine. */
  toJSON(): AnalyzerState;
}
