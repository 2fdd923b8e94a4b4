import { ServqualError } from '../errors.js';
import type { Method } from '../data/method.js';
import type { SurveyResponse } from '../data/createRowReader.js';
import type { DataQualityLog } from '../data/DataQualityLog.js';
import { profileShape } from './accumulators/group.js';
import { OUTCOME_SCORES } from './accumulators/outcomes.js';
import type { BlockSums } from './AnalyzerParts.js';
import type { Layout } from './layout.js';
import { parseDateCell, periodOf, undatedIssue, type PeriodUnit } from '../data/period.js';

/**
 * What one row computes on its way through the accumulators, in arrays made once per analyzer (a row
 * allocates nothing): dimension scores, item gaps, and the profile that segments and periods add.
 */
export class RowScratch {
  /** Dimension gaps (servqual), adequacy (three-column). */
  readonly scoresA: Float64Array;
  /** Dimension superiority (three-column). */
  readonly scoresB: Float64Array;
  readonly itemGaps: Float64Array;
  readonly itemGapsB: Float64Array;
  /** Perception dimension scores (what key-driver importance regresses on). */
  readonly perceptionScores: Float64Array;
  /** Three-column: per dimension [MIN, P, P − MIN], and [DES, P, P − DES]. */
  readonly rowsA: Float64Array;
  readonly rowsB: Float64Array;
  /** The row as a segment or period keeps it (see ProfileShape). */
  readonly profile: Float64Array;
  /** The row's overall scores: [unweighted, weighted] (three-column: adequacy's, then superiority's). */
  readonly overallOut: Float64Array;
  readonly overallB: Float64Array;
  /** The row's outcome scores (see `scoreOutcomes`): [CSI, CSAT top-two box, promoter, detractor]. */
  readonly outcomeScores: Float64Array;

  /** @param grouped - whether segments or periods need the profile filled */
  constructor(
    layout: Layout,
    method: Method,
    readonly grouped: boolean,
  ) {
    const k = layout.itemIds.length;
    const d = layout.dimensions.length;
    const shape = profileShape(method);
    this.scoresA = new Float64Array(d);
    this.scoresB = new Float64Array(d);
    this.itemGaps = new Float64Array(k);
    this.itemGapsB = new Float64Array(k);
    this.perceptionScores = new Float64Array(d);
    this.rowsA = new Float64Array(3 * d);
    this.rowsB = new Float64Array(3 * d);
    this.profile = new Float64Array(d * shape.blocks * shape.width);
    this.overallOut = new Float64Array(shape.overall);
    this.overallB = new Float64Array(2);
    this.outcomeScores = new Float64Array(OUTCOME_SCORES).fill(Number.NaN);
  }
}

/** Adds a row's method-specific accumulators to the block being filled; fills `s.perceptionScores` (and the profile when grouped). */
export type RowRoute = (sums: BlockSums, r: SurveyResponse, s: RowScratch) => void;

/**
 * servqual: the P vs E comparison (which also gives the perception scores and, over the same
 * paired items, the profile), reliability of E, P and the item gaps, the overall gap.
 * @throws {ServqualError} `E_METHOD` "Analyzer.add: row N has no expectations, which method servqual needs"
 */
export function servqualRow(sums: BlockSums, r: SurveyResponse, s: RowScratch): void {
  if (r.expectation === null) throw new ServqualError('E_METHOD', `Analyzer.add: row ${r.row} has no expectations, which method servqual needs`);
  sums.gap?.add(r.expectation, r.perception, s.scoresA, s.itemGaps, s.perceptionScores, s.profile);
  // a reliability the comparison feeds (see feedReliability) takes the rows from it
  const { expectation, perception, gap } = sums.reliability;
  if (expectation?.fed === false) expectation.add(r.expectation);
  if (perception?.fed === false) perception.add(r.perception);
  if (gap?.fed === false) gap.add(s.itemGaps);
  sums.overall.gap?.add(s.scoresA, r.weights, s.overallOut);
  sums.dimensionGroups?.add(s.profile, null, r.expectation, null, r.perception);
}

/** servperf: the perception series, its reliability, the overall perception. */
export function servperfRow(sums: BlockSums, r: SurveyResponse, s: RowScratch): void {
  sums.series.perception?.add(r.perception, s.perceptionScores);
  sums.reliability.perception?.add(r.perception);
  sums.overall.perception?.add(s.perceptionScores, r.weights, s.overallOut);
  sums.dimensionGroups?.add(s.perceptionScores, null, null, null, r.perception);
  if (s.grouped) s.profile.set(s.perceptionScores);
}

/**
 * three-column: MIN, DES and P series and their reliability, the zone of tolerance, adequacy
 * (P vs MIN) and superiority (P vs DES) with their overall scores.
 * @throws {ServqualError} `E_METHOD` "Analyzer.add: row N lacks minimum or desired answers, which method three-column needs"
 */
export function threeColumnRow(sums: BlockSums, r: SurveyResponse, s: RowScratch): void {
  if (r.minimum === null || r.desired === null) {
    throw new ServqualError('E_METHOD', `Analyzer.add: row ${r.row} lacks minimum or desired answers, which method three-column needs`);
  }
  sums.series.minimum?.add(r.minimum, s.scoresA);
  sums.series.desired?.add(r.desired, s.scoresA);
  sums.series.perception?.add(r.perception, s.perceptionScores);
  // a reliability a comparison feeds (see feedReliability) takes the rows from it
  const { minimum, desired, perception } = sums.reliability;
  if (minimum?.fed === false) minimum.add(r.minimum);
  if (desired?.fed === false) desired.add(r.desired);
  if (perception?.fed === false) perception.add(r.perception);
  sums.zone?.add(r.minimum, r.desired, r.perception);
  sums.adequacy?.add(r.minimum, r.perception, s.scoresA, s.itemGaps, undefined, s.rowsA);
  sums.superiority?.add(r.desired, r.perception, s.scoresB, s.itemGapsB, undefined, s.rowsB);
  sums.overall.adequacy?.add(s.scoresA, r.weights, s.overallOut);
  sums.overall.superiority?.add(s.scoresB, r.weights, s.overallB);
  sums.dimensionGroups?.add(s.rowsA, s.rowsB, r.minimum, r.desired, r.perception);
  if (s.grouped) {
    const { overallOut, overallB, profile, rowsA, rowsB } = s;
    overallOut.set(overallB, 2);
    const d = s.scoresA.length;
    for (let j = 0; j < d; j++) {
      for (let v = 0; v < 3; v++) {
        profile[6 * j + v] = rowsA[3 * j + v] as number;
        profile[6 * j + 3 + v] = rowsB[3 * j + v] as number;
      }
    }
  }
}

/** The route of a method's rows. */
export function routeOf(method: Method): RowRoute {
  return method === 'servqual' ? servqualRow : method === 'servperf' ? servperfRow : threeColumnRow;
}

/** Routes a row's profile (see {@link RowScratch}) to its segment of each `by` column and to its period. */
export class GroupRoute {
  /** Each date text's period label (null: unreadable). */
  private readonly periodCache = new Map<string, string | null>();

  /**
   * @param by - the segment columns
   * @param period - the period unit, if rows are grouped by period
   * @param dateColumn - the column dating a row
   * @param dateFormat - its date-fns pattern (default: ISO dates)
   */
  constructor(
    private readonly by: readonly string[],
    private readonly period: PeriodUnit | undefined,
    private readonly dateColumn: string,
    private readonly dateFormat: string | undefined,
  ) {}

  add(sums: BlockSums, r: SurveyResponse, s: RowScratch, quality: DataQualityLog): void {
    const { profile, overallOut, outcomeScores } = s;
    for (const column of this.by) sums.segments.get(column)?.add((r.fields.get(column) ?? '').trim(), profile, overallOut, outcomeScores);
    if (sums.periods === null || this.period === undefined) return;
    const text = r.fields.get(this.dateColumn) ?? '';
    let label = this.periodCache.get(text);
    if (label === undefined) {
      // Dates repeat (a survey has a few hundred distinct days), and parsing one costs more than
      // scoring the row: remember each text's period. The cache is bounded.
      const date = parseDateCell(text, this.dateFormat);
      label = date === null ? null : periodOf(date, this.period).label;
      if (this.periodCache.size >= 100_000) this.periodCache.clear();
      this.periodCache.set(text, label);
    }
    if (label === null) {
      sums.undated.count();
      // An implausible date (year 0999) is noted with its reason; an empty or unreadable one is only counted.
      const issue = undatedIssue(r.row, this.dateColumn, text, this.dateFormat);
      if (issue !== null) quality.note([issue]);
    } else sums.periods.add(label, profile, overallOut, outcomeScores);
  }
}
