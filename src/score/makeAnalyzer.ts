import { ServqualError, ValidationError } from '../errors.js';
import { DEFAULTS } from '../defaults.js';
import type { Instrument } from '../instrument/schema.js';
import type { Method } from '../data/method.js';
import { createRowReader, type RowReader, type RowResult, type SurveyResponse } from '../data/createRowReader.js';
import type { Cell } from '../data/parseCell.js';
import type { Analyzer, AnalyzerOptions, ReliabilityMode } from './Analyzer.js';
import { makeParts, type AnalyzerParts, type PartsShape } from './AnalyzerParts.js';
import { stateOf } from './analyzerState.js';
import { BlockLedger, type BlockState } from './BlockLedger.js';
import { buildReport } from './buildReport.js';
import { layoutOf } from './layout.js';
import { GroupRoute, RowScratch, routeOf } from './rowRoutes.js';
import { checkDateFormat } from '../data/period.js';
import type { ValidityScale } from '../report/ValiditySchema.js';
import { outcomeColumnsOf } from '../instrument/outcomeColumnsOf.js';
import { scoreOutcomes } from './accumulators/outcomes.js';

/** What merging, restoring and the block functions reach inside an analyzer. */
export interface InternalAnalyzer {
  /** Everything added so far, folded (a new object; the analyzer is unchanged). */
  folded(): AnalyzerParts;
  /** Empty parts of this analyzer's shape. */
  fresh(): AnalyzerParts;
  /** Makes `parts` what a new analyzer had added before its first row (for analyzerFromJSON). */
  restore(parts: AnalyzerParts): void;
  /** The block being filled, as raw sums, leaving the analyzer empty (see takeBlock). */
  takeBlock(): BlockState;
  /** Folds a block taken from an analyzer of the same shape (see foldBlock). */
  foldBlock(state: BlockState): void;
}

/**
 * The answers validity reads, checked against what the method collects.
 * @throws {ServqualError} `E_INVALID_OPTION` for an unknown scale, or expectations or gaps under a method without them
 */
function validityScaleOf(scale: AnalyzerOptions['validity'], method: Method): ValidityScale | null {
  if (scale === undefined) return null;
  if (scale !== 'perception' && scale !== 'expectation' && scale !== 'gap') {
    throw new ServqualError('E_INVALID_OPTION', `validity must be "perception", "expectation" or "gap", got "${String(scale)}"`, { option: 'validity' });
  }
  if (scale !== 'perception' && method !== 'servqual') {
    throw new ServqualError(
      'E_INVALID_OPTION',
      `validity of ${scale === 'gap' ? 'gaps' : 'expectations'} needs method servqual (expectations and perceptions), not ${method}`,
      {
        option: 'validity',
      },
    );
  }
  return scale;
}

/**
 * The bootstrap's replicates, seed and resampling units, checked; `null` when it is not asked for.
 * @throws {ServqualError} `E_INVALID_OPTION` for replicates that are not an integer from 1 to
 *   BOOTSTRAP_MAX_REPLICATES, a seed that is not an integer from 0 to 2³² − 1, or units that are not an
 *   integer from 2 to BOOTSTRAP_MAX_UNITS
 */
function bootstrapOf(asked: AnalyzerOptions['bootstrap']): { replicates: number; seed: number; units: number } | null {
  if (asked === undefined) return null;
  const replicates: unknown = asked.replicates;
  const seed: unknown = asked.seed ?? DEFAULTS.bootstrapSeed;
  const units: unknown = asked.units ?? DEFAULTS.bootstrapUnits;
  if (typeof replicates !== 'number' || !Number.isInteger(replicates) || replicates < 1 || replicates > DEFAULTS.bootstrapMaxReplicates) {
    throw new ServqualError(
      'E_INVALID_OPTION',
      `bootstrap.replicates must be an integer from 1 to ${DEFAULTS.bootstrapMaxReplicates}, got ${String(replicates)}`,
      { option: 'bootstrap' },
    );
  }
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) {
    throw new ServqualError('E_INVALID_OPTION', `bootstrap.seed must be an integer from 0 to 4294967295, got ${String(seed)}`, { option: 'seed' });
  }
  if (typeof units !== 'number' || !Number.isInteger(units) || units < 2 || units > DEFAULTS.bootstrapMaxUnits) {
    throw new ServqualError('E_INVALID_OPTION', `bootstrap.units must be an integer from 2 to ${DEFAULTS.bootstrapMaxUnits}, got ${String(units)}`, {
      option: 'bootstrap',
    });
  }
  return { replicates, seed, units };
}

/**
 * An analyzer closing a block every `blockRows` rows (Infinity: only when taken), behind
 * createAnalyzer, createBlockAnalyzer and analyzerFromJSON.
 *
 * @throws {ServqualError} `E_INVALID_OPTION` for a reliability mode other than listwise or pairwise,
 *   a bad `minItemsAnswered`, or an `outcome` the instrument does not name.
 */
export function makeAnalyzer(instrument: Instrument, options: AnalyzerOptions, blockRows: number): Analyzer & InternalAnalyzer {
  const method: Method = options.method ?? 'servqual';
  const layout = layoutOf(instrument, options.minItemsAnswered);
  const by = [...new Set(options.by ?? [])];
  const period = options.period;
  const dateColumn = options.dateColumn ?? DEFAULTS.dateColumn;
  const mode: ReliabilityMode = options.reliability ?? DEFAULTS.reliability;
  if (mode !== 'listwise' && mode !== 'pairwise')
    throw new ServqualError('E_INVALID_OPTION', `reliability must be "listwise" or "pairwise", got "${String(mode)}"`, {
      option: 'reliability',
    });
  checkDateFormat(options.dateFormat);
  const outcomeColumns = outcomeColumnsOf(instrument);
  const driver = options.outcome ?? null;
  // Where the driver outcome is read: the CSI score (position 0 of the scores), or the CSAT or NPS answer.
  const driverAt = driver === null || outcomeColumns === null ? -1 : driver === 'csi' ? (outcomeColumns.csi === null ? -1 : 0) : outcomeColumns[driver];
  if (driver !== null && driverAt < 0)
    throw new ServqualError('E_INVALID_OPTION', `outcome "${driver}" is not among the instrument's outcomes (give its column: --${driver})`, {
      option: 'outcome',
    });
  const validity = validityScaleOf(options.validity, method);
  const resampling = bootstrapOf(options.bootstrap);
  const shape: PartsShape = {
    layout,
    method,
    mode,
    by,
    periods: period !== undefined,
    maxIssues: options.maxIssues ?? DEFAULTS.maxIssues,
    outcomes: outcomeColumns !== null,
    validity,
    bootstrap: resampling,
  };
  const ledger = new BlockLedger(shape, blockRows);
  const strict = options.strict === true;
  const k = layout.itemIds.length;
  const grouped = by.length > 0 || period !== undefined;
  // The bootstrap resamples each row's profile and overall scores as segments do: fill them for it too.
  const scratch = new RowScratch(layout, method, grouped || resampling !== null);
  const route = routeOf(method);
  const groups = new GroupRoute(by, period, dateColumn, options.dateFormat);
  const itemDrivers = options.itemDrivers === true;
  // Rows added so far, for the row number of a record; and the reader of the last records' keys
  // (records of one source share their keys, so a reader is made once, not per record).
  let rowsAdded = 0;
  let recordKeys = '';
  let recordReader: RowReader | undefined;

  /** Reads a record keyed by column names with a reader of its own keys. */
  function readRecord(record: Readonly<Record<string, Cell>>, row: number): RowResult {
    const keys = Object.keys(record);
    const joined = keys.join('\u0000');
    if (recordReader === undefined || joined !== recordKeys) {
      // Throws a ValidationError naming the missing columns when the keys are not the instrument's.
      recordReader = createRowReader(keys, instrument, { method });
      recordKeys = joined;
    }
    return recordReader.read(
      keys.map((key) => record[key]),
      row,
    );
  }

  function addResponse(r: SurveyResponse): void {
    if (r.perception.length !== k) throw new ServqualError('E_INVALID_STATE', `Analyzer.add: response has ${r.perception.length} items, the instrument ${k}`);
    const sums = ledger.sums;
    let overall = r.overall;
    if (outcomeColumns !== null) {
      // Scored before the routes: segments and periods take the scores with the rest of the row.
      const scores = scratch.outcomeScores;
      const values = r.outcomes;
      if (values === null || values === undefined) scores.fill(Number.NaN);
      else scoreOutcomes(values, outcomeColumns, scores);
      sums.outcomes?.add(scores);
      if (driverAt >= 0) overall = driver === 'csi' ? (scores[0] as number) : (values?.[driverAt] ?? Number.NaN);
    }
    route(sums, r, scratch);
    sums.importance.add(r.weights, overall, scratch.perceptionScores);
    // Only rows with item-importance answers, or all when derived item importance is asked for: a
    // survey without I{id} columns pays one comparison per row.
    if (r.importance !== null || itemDrivers) sums.itemImportance.add(r.importance, overall, r.perception);
    if (grouped) groups.add(sums, r, scratch, ledger.quality);
    if (validity !== null)
      sums.itemCovariance?.add(validity === 'perception' ? r.perception : validity === 'gap' ? scratch.itemGaps : (r.expectation as Float64Array));
    sums.bootstrap?.add(r.row, scratch.profile, scratch.overallOut, r.weights, overall, scratch.perceptionScores);
    ledger.quality.use(r.notes);
  }

  const analyzer: Analyzer & InternalAnalyzer = {
    instrument,
    method,
    folded: () => ledger.folded(),
    fresh: () => makeParts(shape),
    restore: (parts) => ledger.restore(parts),
    takeBlock: () => ledger.take(),
    foldBlock: (state) => ledger.fold(state),
    add(input) {
      // A reader's row result first, without rowOf's checks: files and threads add nothing else.
      const row =
        input !== null && typeof input === 'object' && 'ok' in input && typeof input.ok === 'boolean'
          ? (input as RowResult)
          : rowOf(input, rowsAdded + 1, readRecord);
      rowsAdded++;
      if ('ok' in row) {
        if (row.ok) {
          // A value set aside (an overall outside its scale, say) fails a strict run like a bad row.
          if (strict && row.response.notes !== undefined && row.response.notes.length > 0) throw new ValidationError(row.response.notes);
          addResponse(row.response);
        } else if (strict) throw new ValidationError(row.issues);
        else ledger.quality.exclude(row.issues);
      } else {
        addResponse(row);
      }
      ledger.rowAdded();
    },
    merge(other) {
      const o = (other as Analyzer & Partial<InternalAnalyzer>).folded?.();
      const sameGroups = o !== undefined && [...o.segments.keys()].join('\u0000') === by.join('\u0000') && (o.periods === null) === (period === undefined);
      if (
        o === undefined ||
        !sameGroups ||
        other.method !== method ||
        other.instrument.id !== instrument.id ||
        o.layout.itemIds.length !== k ||
        o.mode !== mode ||
        (o.outcomes === null) !== (outcomeColumns === null) ||
        // one slot layout for any outcome columns: analyzers of other columns would mix their meanings
        JSON.stringify(other.instrument.outcomes ?? null) !== JSON.stringify(instrument.outcomes ?? null) ||
        (o.itemCovariance === null) !== (validity === null) ||
        (o.bootstrap?.replicates ?? 0) !== (resampling?.replicates ?? 0) ||
        (o.bootstrap?.seed ?? 0) !== (resampling?.seed ?? 0) ||
        (o.bootstrap?.units ?? 0) !== (resampling?.units ?? 0)
      ) {
        throw new ServqualError('E_INVALID_STATE', 'Analyzer.merge: the analyzers differ in instrument or method');
      }
      ledger.mergeIn(o);
      return analyzer;
    },
    result() {
      return buildReport(instrument, method, ledger.folded(), {
        minItemsAnswered: options.minItemsAnswered ?? null,
        pAdjust: options.pAdjust ?? DEFAULTS.pAdjust,
        alphaThreshold: options.alphaThreshold ?? DEFAULTS.alphaThreshold,
        reliability: mode,
        importance: options.importance,
        ipaPerformance: options.ipaPerformance,
        ipaCrosshairs: options.ipaCrosshairs,
        significance: options.significance,
        itemDrivers: options.itemDrivers,
        gapEvidence: options.gapEvidence,
        minSegmentSize: options.minSegmentSize ?? DEFAULTS.minSegmentSize,
        period,
        dateColumn: period === undefined ? null : dateColumn,
        validity,
        outcomes: outcomeColumns,
        outcome: driver,
        bootstrap: resampling,
      });
    },
    toJSON: () => stateOf(instrument, method, ledger.folded()),
  };
  return analyzer;
}

/**
 * What `add` was given, as a row result or a response: a row result and a response as they are, a
 * record read by `readRecord`.
 *
 * @throws {ServqualError} `E_NO_DATA` for anything else (an array of cells has no header to read it by).
 */
function rowOf(
  input: SurveyResponse | RowResult | Readonly<Record<string, Cell>>,
  row: number,
  readRecord: (record: Readonly<Record<string, Cell>>, row: number) => RowResult,
): SurveyResponse | RowResult {
  const value: unknown = input;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    throw new ServqualError(
      'E_NO_DATA',
      `Analyzer.add: row ${row} is ${kind}; add a record keyed by column names ({ E1: 5, P1: 6, … }), a row reader's result, or a SurveyResponse`,
    );
  }
  if ('ok' in input && typeof input.ok === 'boolean') return input as RowResult;
  if ('perception' in input && input.perception instanceof Float64Array) return input as SurveyResponse;
  return readRecord(input as Readonly<Record<string, Cell>>, row);
}
