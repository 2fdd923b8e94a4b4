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
import { checkDateFormat, parseDateCell, periodOf, undatedIssue, type PeriodUnit } from './period.js';
import { CoMoments } from '../stats/CoMoments.js';
import { ShiftedSums } from '../stats/ShiftedSums.js';
import {
  ComparisonSums,
  GroupedSums,
  ImportanceSums,
  OverallSums,
  PairwiseReliabilitySums,
  ReliabilitySums,
  SeriesSums,
  ZoneSums,
  type RowSums,
} from './rowSums.js';
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

import { BLOCK_ROWS } from './blockRows.js';

export { BLOCK_ROWS };

/** What merging and restoring reach inside an analyzer. */
interface InternalAnalyzer {
  /** Everything added so far, folded (a new object; the analyzer is unchanged). */
  folded(): AnalyzerParts;
  /** Empty parts of this analyzer's shape. */
  fresh(): AnalyzerParts;
  /** Makes `parts` what a new analyzer had added before its first row (for analyzerFromJSON). */
  restore(parts: AnalyzerParts): void;
  /** The block being filled, as raw sums, leaving the analyzer empty (see {@link takeBlock}). */
  takeBlock(): BlockState;
  /** Folds a block taken from an analyzer of the same shape (see {@link foldBlock}). */
  foldBlock(state: BlockState): void;
}

/**
 * A block of rows as the raw shifted sums a thread filled (no moments made yet): what a worker sends
 * for each block it scores. Cheap to make and to send (a few Float64Arrays, where the JSON state
 * has a CoMoments per part), and folding it runs the very code that closes a block in one pass, so
 * the result is byte-identical by construction.
 * @internal
 */
export interface BlockState {
  /** The arena of each accumulator's sums, in the fixed order of the serialised state. */
  arenas: Float64Array[];
  /** Per `by` column (in the options' order), each group's key and arena. */
  segments: Array<Array<[string, Float64Array]>>;
  periods: Array<[string, Float64Array]> | null;
  quality: DataQualityLogJSON;
}

/**
 * An analyzer for a thread that scores whole blocks of a file: it never closes a block by itself;
 * the thread takes each block with {@link takeBlock}. One analyzer serves all of the thread's blocks,
 * so its compiled code stays warm (each new analyzer's functions are new closures, which V8 profiles
 * and optimises again).
 * @internal
 */
export function createBlockAnalyzer(instrument: Instrument, options: AnalyzerOptions = {}): Analyzer {
  return makeAnalyzer(instrument, options, Number.POSITIVE_INFINITY);
}

/**
 * The rows added since the analyzer was made or last taken from, as raw sums, leaving it empty. For
 * an analyzer of {@link createBlockAnalyzer} (one that closed blocks itself would lose them: an error).
 * @internal
 */
export function takeBlock(analyzer: Analyzer): BlockState {
  return (analyzer as Analyzer & InternalAnalyzer).takeBlock();
}

/**
 * Folds a block into `analyzer` as if its rows had been added there, closing a block: blocks folded
 * in file order give exactly the analyzer one pass over the file gives.
 * @internal
 */
export function foldBlock(analyzer: Analyzer, state: BlockState): void {
  (analyzer as Analyzer & InternalAnalyzer).foldBlock(state);
}

/** Each group's key and arena, in the order the groups were met. */
function groupArenas(grouped: GroupedSums): Array<[string, Float64Array]> {
  return [...grouped.groups].map(([key, g]): [string, Float64Array] => [key, g.sums.arena]);
}

/** The error for a block state that does not fit the analyzer folding it. */
function otherShape(): ServqualError {
  return new ServqualError('E_INVALID_STATE', 'foldBlock: the block is of another analyzer shape');
}

/** Copies a sent arena into a new block's; the lengths must agree (the same instrument, method and options). */
function fillArena(target: ShiftedSums, arena: Float64Array | undefined): void {
  if (arena === undefined || arena.length !== target.arena.length) throw otherShape();
  target.arena.set(arena);
}

/**
 * Which accumulators a method has, whatever they are made of: the analyzer's state holds CoMoments
 * accumulators (C, Z, S, …); the block being filled holds their shifted-sum counterparts.
 */
interface Structure<C, Z, S, R, O, I> {
  /** servqual: P vs E. */
  gap: C | null;
  /** three-column: P vs MIN, P vs DES, and the zone of tolerance. */
  adequacy: C | null;
  superiority: C | null;
  zone: Z | null;
  /** Single columns scored on their own: servperf P; three-column MIN, DES, P. */
  series: Partial<Record<'perception' | 'minimum' | 'desired', S>>;
  reliability: Partial<Record<'expectation' | 'perception' | 'gap' | 'minimum' | 'desired', R>>;
  /** servqual: of gaps; servperf: of perceptions; three-column: of adequacy and superiority. */
  overall: Partial<Record<'gap' | 'perception' | 'adequacy' | 'superiority', O>>;
  /** Stated weights and key-driver moments. */
  importance: I;
}

/** Everything the analyzer accumulates, by method. */
export interface AnalyzerParts extends Structure<ComparisonAccumulator, ZoneAccumulator, SeriesAccumulator, AnyReliabilityAccumulator, OverallAccumulator, ImportanceAccumulator> {
  layout: Layout;
  mode: ReliabilityMode;
  quality: DataQualityLog;
  /** Per `by` column, the groups of its values. */
  segments: Map<string, GroupedMoments>;
  /** Groups by period, when a period is asked for. */
  periods: GroupedMoments | null;
  /** Rows with no readable date (left out of periods only), as n of a one-variable accumulator. */
  undated: CoMoments;
}

/** The rows of the block being filled, as shifted sums (see ShiftedSums), in the shape of {@link AnalyzerParts}. */
interface BlockSums extends Structure<ComparisonSums, ZoneSums, SeriesSums, ReliabilitySums | PairwiseReliabilitySums, OverallSums, ImportanceSums> {
  segments: Map<string, GroupedSums>;
  periods: GroupedSums | null;
  undated: ShiftedSums;
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
  return makeAnalyzer(instrument, options, BLOCK_ROWS);
}

/** {@link createAnalyzer}, closing a block every `blockRows` rows (Infinity: only when taken). */
function makeAnalyzer(instrument: Instrument, options: AnalyzerOptions, blockRows: number): Analyzer {
  const method: Method = options.method ?? 'servqual';
  const layout = layoutOf(instrument, options.minItemsAnswered);
  const by = [...new Set(options.by ?? [])];
  const period = options.period;
  const dateColumn = options.dateColumn ?? 'submitted_at';
  const mode = options.reliability ?? 'listwise';
  if (mode !== 'listwise' && mode !== 'pairwise') throw new ServqualError('E_INVALID_OPTION', `reliability must be "listwise" or "pairwise", got "${String(mode)}"`);
  checkDateFormat(options.dateFormat);
  const maxIssues = options.maxIssues ?? 100;
  const fresh = (): AnalyzerParts => makeParts(layout, method, maxIssues, mode, by, period !== undefined);
  const freshSums = (): BlockSums => makeSums(layout, method, mode, by, period !== undefined);
  // Rows accumulate in blocks of BLOCK_ROWS, folded left to right. Floating-point merging is not
  // exactly associative, so a fixed fold is what lets workers that each take whole blocks produce
  // byte-identical results to one pass, whatever the thread count, chunking or line endings.
  // Within a block, rows go to shifted sums (cheap per row); a block becomes CoMoments when it closes.
  let sums = freshSums();
  let quality = new DataQualityLog(maxIssues);
  let total: AnalyzerParts | null = null;
  let rowsInBlock = 0;
  /** A block's sums as parts (by default the block being filled; the sums are left as they are). */
  const blockParts = (block: BlockSums = sums, log: DataQualityLog = quality): AnalyzerParts => {
    const out = fresh();
    out.quality.merge(log);
    const targets = bundles(out);
    sumsInOrder(block).forEach((s, i) => s.sums.mergeInto((targets[i] as MomentBundle).parts()));
    for (const [column, g] of block.segments) g.mergeInto(out.segments.get(column) as GroupedMoments);
    if (block.periods !== null && out.periods !== null) block.periods.mergeInto(out.periods);
    return out;
  };
  /** Starts an empty block. */
  const newBlock = (): void => {
    sums = freshSums();
    quality = new DataQualityLog(maxIssues);
    rowsInBlock = 0;
  };
  /** Folds a block's parts into the total: the one step of the fixed left fold. */
  const foldParts = (block: AnalyzerParts): void => {
    if (total === null) total = block;
    else mergeParts(total, block);
  };
  const endBlock = (): void => {
    foldParts(blockParts());
    newBlock();
  };
  const folded = (): AnalyzerParts => {
    const out = fresh();
    if (total !== null) mergeParts(out, total);
    mergeParts(out, blockParts());
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
      sums.gap?.add(r.expectation, r.perception, scoresA, itemGaps, perceptionScores, profile);
      sums.reliability.expectation?.add(r.expectation);
      sums.reliability.perception?.add(r.perception);
      sums.reliability.gap?.add(itemGaps);
      sums.overall.gap?.add(scoresA, r.weights, overallOut);
    } else if (method === 'servperf') {
      sums.series.perception?.add(r.perception, perceptionScores);
      sums.reliability.perception?.add(r.perception);
      sums.overall.perception?.add(perceptionScores, r.weights, overallOut);
      if (grouped) profile.set(perceptionScores);
    } else {
      if (r.minimum === null || r.desired === null) {
        throw new ServqualError('E_METHOD', `Analyzer.add: row ${r.row} lacks minimum or desired answers, which method three-column needs`);
      }
      sums.series.minimum?.add(r.minimum, scoresA);
      sums.series.desired?.add(r.desired, scoresA);
      sums.series.perception?.add(r.perception, perceptionScores);
      sums.reliability.minimum?.add(r.minimum);
      sums.reliability.desired?.add(r.desired);
      sums.reliability.perception?.add(r.perception);
      sums.zone?.add(r.minimum, r.desired, r.perception);
      sums.adequacy?.add(r.minimum, r.perception, scoresA, itemGaps, undefined, rowsA);
      sums.superiority?.add(r.desired, r.perception, scoresB, itemGapsB, undefined, rowsB);
      sums.overall.adequacy?.add(scoresA, r.weights, overallOut);
      sums.overall.superiority?.add(scoresB, r.weights, overallB);
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
    sums.importance.add(r.weights, r.overall, perceptionScores);
    if (grouped) addToGroups(r);
    quality.use(r.notes);
  }

  function addToGroups(r: SurveyResponse): void {
    for (const column of by) sums.segments.get(column)?.add((r.fields.get(column) ?? '').trim(), profile, overallOut);
    if (sums.periods === null || period === undefined) return;
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
    if (label === null) {
      sums.undated.count(0);
      const issue = undatedIssue(r.row, dateColumn, text, options.dateFormat);
      if (issue !== null) quality.note([issue]);
    } else sums.periods.add(label, profile, overallOut);
  }

  const analyzer: Analyzer & InternalAnalyzer = {
    instrument,
    method,
    folded,
    fresh,
    restore(parts) {
      total = parts;
    },
    takeBlock() {
      if (total !== null) throw new ServqualError('E_INVALID_STATE', 'takeBlock: the analyzer closed blocks itself (use createBlockAnalyzer)');
      const state: BlockState = {
        arenas: sumsInOrder(sums).map((s) => s.sums.arena),
        segments: [...sums.segments.values()].map(groupArenas),
        periods: sums.periods === null ? null : groupArenas(sums.periods),
        quality: quality.toJSON(),
      };
      newBlock();
      return state;
    },
    foldBlock(state) {
      const block = freshSums();
      const rows = sumsInOrder(block);
      if (rows.length !== state.arenas.length || state.segments.length !== block.segments.size || (state.periods === null) !== (block.periods === null)) {
        throw otherShape();
      }
      rows.forEach((r, i) => fillArena(r.sums, state.arenas[i]));
      [...block.segments.values()].forEach((g, i) => {
        for (const [key, arena] of state.segments[i] ?? []) fillArena(g.group(key).sums, arena);
      });
      for (const [key, arena] of state.periods ?? []) fillArena((block.periods as GroupedSums).group(key).sums, arena);
      foldParts(blockParts(block, DataQualityLog.fromJSON(state.quality, maxIssues)));
    },
    add(row) {
      if ('ok' in row) {
        if (row.ok) {
          if (strict && row.response.notes !== undefined && row.response.notes.length > 0) throw new ValidationError(row.response.notes);
          addResponse(row.response);
        } else if (strict) throw new ValidationError(row.issues);
        else quality.exclude(row.issues);
      } else {
        addResponse(row);
      }
      if (++rowsInBlock === blockRows) endBlock();
    },
    merge(other) {
      const o = (other as Analyzer & Partial<InternalAnalyzer>).folded?.();
      const sameGroups = o !== undefined && [...o.segments.keys()].join('\u0000') === [...sums.segments.keys()].join('\u0000') && (o.periods === null) === (sums.periods === null);
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
  const internal = analyzer as Analyzer & InternalAnalyzer;
  const parts = internal.fresh();
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
  internal.restore(parts);
  return analyzer;
}

/** The accumulators of a method, made by the given constructors (of CoMoments accumulators or of their sums). */
function structure<C, Z, S, R, O, I>(
  method: Method,
  make: { comparison: () => C; zone: () => Z; series: () => S; reliability: () => R; overall: () => O; importance: () => I },
): Structure<C, Z, S, R, O, I> {
  // One object literal with every field given its final value, for every method: the objects a
  // run makes (one per block) then share one hidden class. Spreading a template and overriding its
  // fields gave each new block's sums a class the optimised row code had not seen, which
  // deoptimised it block after block (--trace-deopt: "wrong map" in addResponse) until its
  // property loads went megamorphic.
  const servqual = method === 'servqual';
  const three = method === 'three-column';
  return {
    gap: servqual ? make.comparison() : null,
    adequacy: three ? make.comparison() : null,
    superiority: three ? make.comparison() : null,
    zone: three ? make.zone() : null,
    series: servqual ? {} : three ? { minimum: make.series(), desired: make.series(), perception: make.series() } : { perception: make.series() },
    reliability: servqual
      ? { expectation: make.reliability(), perception: make.reliability(), gap: make.reliability() }
      : three
        ? { minimum: make.reliability(), desired: make.reliability(), perception: make.reliability() }
        : { perception: make.reliability() },
    overall: servqual ? { gap: make.overall() } : three ? { adequacy: make.overall(), superiority: make.overall() } : { perception: make.overall() },
    importance: make.importance(),
  };
}

function makeParts(layout: Layout, method: Method, maxIssues: number, mode: ReliabilityMode, by: readonly string[], periods: boolean): AnalyzerParts {
  const d = layout.dimensions.length;
  const shape = profileShape(method);
  const accumulators = structure(method, {
    comparison: () => new ComparisonAccumulator(layout),
    zone: () => new ZoneAccumulator(layout),
    series: () => new SeriesAccumulator(layout),
    reliability: (): AnyReliabilityAccumulator => (mode === 'pairwise' ? new PairwiseReliabilityAccumulator(layout) : new ReliabilityAccumulator(layout)),
    overall: () => new OverallAccumulator(layout),
    importance: () => new ImportanceAccumulator(layout),
  });
  // Object.assign adds the same fields in the same order every time: one hidden class (see structure).
  return Object.assign(accumulators, {
    layout,
    mode,
    quality: new DataQualityLog(maxIssues),
    segments: new Map(by.map((column) => [column, new GroupedMoments(d, shape)])),
    periods: periods ? new GroupedMoments(d, shape) : null,
    undated: new CoMoments(1),
  });
}

function makeSums(layout: Layout, method: Method, mode: ReliabilityMode, by: readonly string[], periods: boolean): BlockSums {
  const d = layout.dimensions.length;
  const shape = profileShape(method);
  const sums = structure(method, {
    comparison: () => new ComparisonSums(layout),
    zone: () => new ZoneSums(layout),
    series: () => new SeriesSums(layout),
    reliability: () => (mode === 'pairwise' ? new PairwiseReliabilitySums(layout) : new ReliabilitySums(layout)),
    overall: () => new OverallSums(layout),
    importance: () => new ImportanceSums(layout),
  });
  return Object.assign(sums, {
    segments: new Map(by.map((column) => [column, new GroupedSums(d, shape)])),
    periods: periods ? new GroupedSums(d, shape) : null,
    undated: new ShiftedSums([1]),
  });
}

/** The accumulators of a structure in a fixed order: the order of the serialised state. */
function inOrder<T>(s: Structure<T, T, T, T, T, T>): T[] {
  const out: Array<T | null | undefined> = [
    s.gap,
    s.adequacy,
    s.superiority,
    s.zone,
    s.series.minimum,
    s.series.desired,
    s.series.perception,
    s.reliability.expectation,
    s.reliability.perception,
    s.reliability.gap,
    s.reliability.minimum,
    s.reliability.desired,
    s.overall.gap,
    s.overall.perception,
    s.overall.adequacy,
    s.overall.superiority,
    s.importance,
  ];
  return out.filter((b): b is T => b !== null && b !== undefined);
}

/** Every bundle of a parts object, in a fixed order (the order of the serialised state). */
function bundles(parts: AnalyzerParts): MomentBundle[] {
  return [...inOrder<MomentBundle>(parts), { parts: () => [parts.undated] }];
}

/** The sums of a block in the order of {@link bundles}, each laid out as its bundle's parts. */
function sumsInOrder(sums: BlockSums): RowSums[] {
  return [...inOrder<RowSums>(sums), { sums: sums.undated }];
}

function mergeParts(a: AnalyzerParts, b: AnalyzerParts): void {
  const ba = bundles(a);
  const bb = bundles(b);
  ba.forEach((bundle, i) => mergeBundle(bundle, bb[i] as MomentBundle));
  a.quality.merge(b.quality);
  for (const [column, g] of b.segments) a.segments.get(column)?.merge(g);
  if (b.periods !== null) a.periods?.merge(b.periods);
}
