import { ServqualError, ValidationError } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import type { Method } from '../data/method.js';
import { DataQualityLog, type DataQualityLogJSON } from '../data/DataQualityLog.js';
import type { RowResult, SurveyResponse } from '../data/createRowReader.js';
import type { CoMomentsJSON } from '../stats/CoMoments.js';
import type { PAdjustMethod } from '../stats/adjustPValues.js';
import {
  bundleFromJSON,
  bundleToJSON,
  ComparisonAccumulator,
  ImportanceAccumulator,
  mergeBundle,
  OverallAccumulator,
  PairwiseReliabilityAccumulator,
  ReliabilityAccumulator,
  SeriesAccumulator,
  ZoneAccumulator,
  type MomentBundle,
} from './accumulators.js';
import { buildReport } from './buildReport.js';
import { GroupedMoments, profileShape, type GroupedMomentsJSON } from './groups.js';
import { parseDateCell, periodOf, type PeriodUnit } from './period.js';
import { CoMoments } from '../stats/CoMoments.js';
import { layoutOf, type Layout } from './layout.js';
import type { Report } from '../report/types.js';
import type { PrioritizeOptions } from '../prioritize/prioritize.js';

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
}

/** Missing-data handling of reliability: `listwise` or `pairwise`. */
export type ReliabilityMode = 'listwise' | 'pairwise';

/** Either kind of reliability accumulator. */
export type AnyReliabilityAccumulator = ReliabilityAccumulator | PairwiseReliabilityAccumulator;

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
  /** Adds a validated response, or a row result (an excluded row is recorded with its reasons). */
  add(row: SurveyResponse | RowResult): void;
  /** Folds in another analyzer of the same instrument, method and options; returns `this`. */
  merge(other: Analyzer): Analyzer;
  /** The report of everything added so far. */
  result(): Report;
  /** The accumulated state, for sending to another worker or machine. */
  toJSON(): AnalyzerState;
}

/** Rows per block of the analyzer's fixed left fold (see createAnalyzer). */
export const BLOCK_ROWS = 65_536;

/** What merging and restoring reach inside an analyzer. */
interface InternalAnalyzer {
  /** Everything added so far, folded (a new object; the analyzer is unchanged). */
  folded(): AnalyzerParts;
  /** The block being filled. */
  current(): AnalyzerParts;
}

/** Everything the analyzer accumulates, by method. */
export interface AnalyzerParts {
  layout: Layout;
  mode: ReliabilityMode;
  quality: DataQualityLog;
  /** servqual: P vs E. */
  gap: ComparisonAccumulator | null;
  /** three-column: P vs MIN, P vs DES, and the zone of tolerance. */
  adequacy: ComparisonAccumulator | null;
  superiority: ComparisonAccumulator | null;
  zone: ZoneAccumulator | null;
  /** Single columns scored on their own: servperf P; three-column MIN, DES, P. */
  series: Partial<Record<'perception' | 'minimum' | 'desired', SeriesAccumulator>>;
  reliability: Partial<Record<'expectation' | 'perception' | 'gap' | 'minimum' | 'desired', AnyReliabilityAccumulator>>;
  /** servqual: of gaps; servperf: of perceptions; three-column: of adequacy and superiority. */
  overall: Partial<Record<'gap' | 'perception' | 'adequacy' | 'superiority', OverallAccumulator>>;
  /** Stated weights and key-driver moments. */
  importance: ImportanceAccumulator;
  /** Per `by` column, the groups of its values. */
  segments: Map<string, GroupedMoments>;
  /** Groups by period, when a period is asked for. */
  periods: GroupedMoments | null;
  /** Rows with no readable date (left out of periods only), as n of a one-variable accumulator. */
  undated: CoMoments;
}

/**
 * Creates a streaming analyzer: one pass, constant memory, mergeable, serialisable.
 *
 * @example
 * const a = createAnalyzer(servqual22);
 * for (const row of rows) a.add(reader.read(row, ++n));
 * a.result().overall
 */
export function createAnalyzer(instrument: Instrument, options: AnalyzerOptions = {}): Analyzer {
  const method: Method = options.method ?? 'servqual';
  const layout = layoutOf(instrument, options.minItemsAnswered);
  const by = [...new Set(options.by ?? [])];
  const period = options.period;
  const dateColumn = options.dateColumn ?? 'submitted_at';
  const mode = options.reliability ?? 'listwise';
  if (mode !== 'listwise' && mode !== 'pairwise') throw new ServqualError('E_INVALID_OPTION', `reliability must be "listwise" or "pairwise", got "${String(mode)}"`);
  const fresh = (): AnalyzerParts => makeParts(layout, method, options.maxIssues ?? 100, mode, by, period !== undefined);
  // Rows accumulate in blocks of BLOCK_ROWS, folded left to right. Floating-point merging is not
  // exactly associative, so a fixed fold is what lets workers that each take whole blocks produce
  // byte-identical results to one pass, whatever the thread count, chunking or line endings.
  let parts = fresh();
  let total: AnalyzerParts | null = null;
  let rowsInBlock = 0;
  const endBlock = (): void => {
    if (total === null) total = parts;
    else mergeParts(total, parts);
    parts = fresh();
    rowsInBlock = 0;
  };
  const folded = (): AnalyzerParts => {
    const out = fresh();
    if (total !== null) mergeParts(out, total);
    mergeParts(out, parts);
    return out;
  };
  const strict = options.strict === true;

  const k = layout.itemIds.length;
  const d = layout.dimensions.length;
  const scoresA = new Float64Array(d);
  const scoresB = new Float64Array(d);
  const itemGaps = new Float64Array(k);
  const itemGapsB = new Float64Array(k);
  const perceptionScores = new Float64Array(d);
  const rowsA = new Float64Array(3 * d);
  const rowsB = new Float64Array(3 * d);
  const shape = profileShape(method);
  const profile = new Float64Array(d * shape.blocks * shape.width);
  const overallOut = new Float64Array(shape.overall);
  const overallB = new Float64Array(2);
  const grouped = by.length > 0 || period !== undefined;
  const periodCache = new Map<string, string | null>();

  function addResponse(r: SurveyResponse): void {
    if (r.perception.length !== k) throw new ServqualError('E_INVALID_STATE', `Analyzer.add: response has ${r.perception.length} items, the instrument ${k}`);
    if (method === 'servqual') {
      if (r.expectation === null) throw new ServqualError('E_METHOD', `Analyzer.add: row ${r.row} has no expectations, which method servqual needs`);
      parts.gap?.add(r.expectation, r.perception, scoresA, itemGaps, perceptionScores, profile);
      parts.reliability.expectation?.add(r.expectation);
      parts.reliability.perception?.add(r.perception);
      parts.reliability.gap?.add(itemGaps);
      parts.overall.gap?.add(scoresA, r.weights, overallOut);
    } else if (method === 'servperf') {
      parts.series.perception?.add(r.perception, perceptionScores);
      parts.reliability.perception?.add(r.perception);
      parts.overall.perception?.add(perceptionScores, r.weights, overallOut);
      if (grouped) profile.set(perceptionScores);
    } else {
      if (r.minimum === null || r.desired === null) {
        throw new ServqualError('E_METHOD', `Analyzer.add: row ${r.row} lacks minimum or desired answers, which method three-column needs`);
      }
      parts.series.minimum?.add(r.minimum, scoresA);
      parts.series.desired?.add(r.desired, scoresA);
      parts.series.perception?.add(r.perception, perceptionScores);
      parts.reliability.minimum?.add(r.minimum);
      parts.reliability.desired?.add(r.desired);
      parts.reliability.perception?.add(r.perception);
      parts.zone?.add(r.minimum, r.desired, r.perception);
      parts.adequacy?.add(r.minimum, r.perception, scoresA, itemGaps, undefined, rowsA);
      parts.superiority?.add(r.desired, r.perception, scoresB, itemGapsB, undefined, rowsB);
      parts.overall.adequacy?.add(scoresA, r.weights, overallOut);
      parts.overall.superiority?.add(scoresB, r.weights, overallB);
      if (grouped) {
        overallOut.set(overallB, 2);
        for (let j = 0; j < d; j++) {
          for (let v = 0; v < 3; v++) {
            profile[6 * j + v] = rowsA[3 * j + v] as number;
            profile[6 * j + 3 + v] = rowsB[3 * j + v] as number;
          }
        }
      }
    }
    parts.importance.add(r.weights, r.overall, perceptionScores);
    if (grouped) addToGroups(r);
    parts.quality.use();
  }

  function addToGroups(r: SurveyResponse): void {
    for (const column of by) parts.segments.get(column)?.add((r.fields.get(column) ?? '').trim(), profile, overallOut);
    if (parts.periods === null || period === undefined) return;
    const text = r.fields.get(dateColumn) ?? '';
    let label = periodCache.get(text);
    if (label === undefined) {
      // Dates repeat (a survey has a few hundred distinct days), and parsing one costs more than
      // scoring the row: remember each text's period. The cache is bounded.
      const date = parseDateCell(text, options.dateFormat);
      label = date === null ? null : periodOf(date, period).label;
      if (periodCache.size >= 100_000) periodCache.clear();
      periodCache.set(text, label);
    }
    if (label === null) parts.undated.add1(0);
    else parts.periods.add(label, profile, overallOut);
  }

  const analyzer: Analyzer & InternalAnalyzer = {
    instrument,
    method,
    folded,
    current: () => parts,
    add(row) {
      if ('ok' in row) {
        if (row.ok) addResponse(row.response);
        else if (strict) throw new ValidationError(row.issues);
        else parts.quality.exclude(row.issues);
      } else {
        addResponse(row);
      }
      if (++rowsInBlock === BLOCK_ROWS) endBlock();
    },
    merge(other) {
      const o = (other as Analyzer & Partial<InternalAnalyzer>).folded?.();
      const sameGroups = o !== undefined && [...o.segments.keys()].join('\u0000') === [...parts.segments.keys()].join('\u0000') && (o.periods === null) === (parts.periods === null);
      if (o === undefined || !sameGroups || other.method !== method || other.instrument.id !== instrument.id || o.layout.itemIds.length !== k || o.mode !== mode) {
        throw new ServqualError('E_INVALID_STATE', 'Analyzer.merge: the analyzers differ in instrument or method');
      }
      endBlock();
      mergeParts(total as AnalyzerParts, o);
      return analyzer;
    },
    result() {
      return buildReport(instrument, method, folded(), {
        minItemsAnswered: options.minItemsAnswered ?? null,
        pAdjust: options.pAdjust ?? 'holm',
        alphaThreshold: options.alphaThreshold ?? 0.7,
        reliability: mode,
        importance: options.importance,
        ipaPerformance: options.ipaPerformance,
        ipaCrosshairs: options.ipaCrosshairs,
        significance: options.significance,
        minSegmentSize: options.minSegmentSize ?? 30,
        period,
        dateColumn: period === undefined ? null : dateColumn,
      });
    },
    toJSON() {
      const parts = folded();
      return {
        version: 1,
        instrument: instrument.id,
        method,
        reliability: mode,
        itemCount: k,
        quality: parts.quality.toJSON(),
        moments: bundles(parts).flatMap((b) => bundleToJSON(b)),
        segments: [...parts.segments].map(([column, g]) => [column, g.toJSON()]),
        periods: parts.periods === null ? null : parts.periods.toJSON(),
      };
    },
  };
  return analyzer;
}

/**
 * Restores an analyzer from {@link Analyzer.toJSON}; give the same instrument and options.
 *
 * @throws {ServqualError} `E_INVALID_STATE` when the state belongs to another instrument or method.
 */
export function analyzerFromJSON(instrument: Instrument, state: AnalyzerState, options: AnalyzerOptions = {}): Analyzer {
  const analyzer = createAnalyzer(instrument, { ...options, method: state.method, reliability: state.reliability });
  const parts = (analyzer as Analyzer & InternalAnalyzer).current();
  if (state.version !== 1 || state.instrument !== instrument.id || state.itemCount !== parts.layout.itemIds.length) {
    throw new ServqualError('E_INVALID_STATE', `analyzerFromJSON: the state is of instrument "${state.instrument}", not "${instrument.id}"`);
  }
  let offset = 0;
  for (const bundle of bundles(parts)) {
    const size = bundle.parts().length;
    bundleFromJSON(bundle, state.moments.slice(offset, offset + size));
    offset += size;
  }
  if (offset !== state.moments.length) throw new ServqualError('E_INVALID_STATE', 'analyzerFromJSON: the state has the wrong number of accumulators');
  parts.quality.merge(DataQualityLog.fromJSON(state.quality, parts.quality.maxIssues));
  const shape = profileShape(state.method);
  const d = parts.layout.dimensions.length;
  for (const [column, json] of state.segments ?? []) {
    const mine = parts.segments.get(column);
    if (mine === undefined) throw new ServqualError('E_INVALID_STATE', `analyzerFromJSON: the state is segmented by "${column}", the options are not`);
    mine.merge(GroupedMoments.fromJSON(json, d, shape));
  }
  if (state.periods !== null && state.periods !== undefined) {
    if (parts.periods === null) throw new ServqualError('E_INVALID_STATE', 'analyzerFromJSON: the state has periods, the options do not');
    parts.periods.merge(GroupedMoments.fromJSON(state.periods, d, shape));
  }
  return analyzer;
}

function makeParts(layout: Layout, method: Method, maxIssues: number, mode: ReliabilityMode, by: readonly string[], periods: boolean): AnalyzerParts {
  const d = layout.dimensions.length;
  const shape = profileShape(method);
  const reliability = (): AnyReliabilityAccumulator => (mode === 'pairwise' ? new PairwiseReliabilityAccumulator(layout) : new ReliabilityAccumulator(layout));
  const parts: AnalyzerParts = {
    layout,
    mode,
    quality: new DataQualityLog(maxIssues),
    gap: null,
    adequacy: null,
    superiority: null,
    zone: null,
    series: {},
    reliability: {},
    overall: {},
    importance: new ImportanceAccumulator(layout),
    segments: new Map(by.map((column) => [column, new GroupedMoments(d, shape)])),
    periods: periods ? new GroupedMoments(d, shape) : null,
    undated: new CoMoments(1),
  };
  if (method === 'servqual') {
    parts.gap = new ComparisonAccumulator(layout);
    parts.reliability = {
      expectation: reliability(),
      perception: reliability(),
      gap: reliability(),
    };
    parts.overall = { gap: new OverallAccumulator(layout) };
  } else if (method === 'servperf') {
    parts.series = { perception: new SeriesAccumulator(layout) };
    parts.reliability = { perception: reliability() };
    parts.overall = { perception: new OverallAccumulator(layout) };
  } else {
    parts.series = { minimum: new SeriesAccumulator(layout), desired: new SeriesAccumulator(layout), perception: new SeriesAccumulator(layout) };
    parts.adequacy = new ComparisonAccumulator(layout);
    parts.superiority = new ComparisonAccumulator(layout);
    parts.zone = new ZoneAccumulator(layout);
    parts.reliability = {
      minimum: reliability(),
      desired: reliability(),
      perception: reliability(),
    };
    parts.overall = { adequacy: new OverallAccumulator(layout), superiority: new OverallAccumulator(layout) };
  }
  return parts;
}

/** Every bundle of a parts object, in a fixed order (the order of the serialised state). */
function bundles(parts: AnalyzerParts): MomentBundle[] {
  const out: Array<MomentBundle | null | undefined> = [
    parts.gap,
    parts.adequacy,
    parts.superiority,
    parts.zone,
    parts.series.minimum,
    parts.series.desired,
    parts.series.perception,
    parts.reliability.expectation,
    parts.reliability.perception,
    parts.reliability.gap,
    parts.reliability.minimum,
    parts.reliability.desired,
    parts.overall.gap,
    parts.overall.perception,
    parts.overall.adequacy,
    parts.overall.superiority,
    parts.importance,
    { parts: () => [parts.undated] },
  ];
  return out.filter((b): b is MomentBundle => b !== null && b !== undefined);
}

function mergeParts(a: AnalyzerParts, b: AnalyzerParts): void {
  const ba = bundles(a);
  const bb = bundles(b);
  ba.forEach((bundle, i) => mergeBundle(bundle, bb[i] as MomentBundle));
  a.quality.merge(b.quality);
  for (const [column, g] of b.segments) a.segments.get(column)?.merge(g);
  if (b.periods !== null) a.periods?.merge(b.periods);
}
