import { ServqualError, type ServqualErrorCode } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import { isMethod } from '../data/method.js';
import type { DataQualityLogJSON } from '../data/DataQualityLog.js';
import type { Report } from '../report/types.js';
import type { CoMomentsJSON } from '../stats/CoMoments.js';
import type { AnalyzerOptions, AnalyzerState } from '../score/Analyzer.js';
import { analyzerFromJSON } from '../score/analyzerFromJSON.js';
import type { GroupedMomentsJSON } from '../score/groups.js';
import { aggregatePlan, type AggregateOptions, type SlotSql } from './aggregatePlan.js';
import { slotColumns } from './aggregateQuery.js';
import { sqlDialect } from './SqlDialect.js';

/** One row of the push-down query's result, as an engine or a CSV reader gives it (names in any case). */
export type AggregateRow = Readonly<Record<string, number | bigint | string | null | undefined>>;

/** Options of {@link analyzeAggregates}: the query's options (the same ones it was made with) and the report's. */
export type AnalyzeAggregatesOptions = AggregateOptions & Omit<AnalyzerOptions, 'by' | 'period' | 'dateColumn' | 'method' | 'reliability' | 'minItemsAnswered'>;

/** A result cell as a number: an empty sum (SQL NULL, or an empty CSV cell) is 0. */
function numberOf(value: unknown, column: string): number {
  if (value === null || value === undefined || value === '') return 0;
  const x = typeof value === 'bigint' ? Number(value) : typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(x)) throw new ServqualError('E_INVALID_STATE', `analyzeAggregates: column ${column} holds "${String(value)}", not a number`);
  return x;
}

/**
 * An accumulator's means and co-moments from its count, shifted sums and cross-products:
 * mean_a = s_a + S_a / n, C_ab = P_ab − S_a·S_b / n (a variance never below 0).
 */
function momentsOf(row: ReadonlyMap<string, unknown>, prefix: string, slot: SlotSql): CoMomentsJSON {
  const k = slot.k;
  const names = slotColumns(prefix, slot);
  const empty = { k, n: 0, mean: new Array<number>(k).fill(0), c: new Array<number>((k * (k + 1)) / 2).fill(0) };
  // No column: no row of the table can reach the slot (the table has no weight column, say).
  if (!row.has(names.n)) return empty;
  const n = numberOf(row.get(names.n), names.n);
  if (n === 0 || slot.count) return { ...empty, n };
  const sums = names.sums.map((name) => numberOf(row.get(name), name));
  const mean = sums.map((s, a) => (slot.shifts[a] as number) + s / n);
  const c: number[] = [];
  let p = 0;
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const name = names.products[p++] as string;
      const value = numberOf(row.get(name), name) - ((sums[a] as number) * (sums[b] as number)) / n;
      c.push(a === b ? Math.max(0, value) : value);
    }
  }
  return { k, n, mean, c };
}

/**
 * The survey report from the result of the push-down query ({@link aggregateQuery}), run on any engine:
 * the result's counts and shifted sums become the analyzer state (means and co-moments per accumulator,
 * segment and period, and the data-quality counts), which gives the same `Report` as the streaming
 * path, to about 1e-9 relative. Rows are accounted for as the streaming path does (`sample.rows = used +
 * excluded`, exclusions by reason, values set aside by reason), but the problems of single rows (their
 * row numbers and values) cannot come back from SQL: `dataQuality.issues` is empty (validate the file, or
 * query the rows, to see them).
 *
 * @param rows - the query's result rows (column names in any case; numbers as numbers, bigints or text)
 * @param instrument - the instrument the query was made for
 * @param options - the options the query was made with (`by`, `period`, `reliability`, …), and the report's
 * @returns the report
 * @throws {ServqualError} `E_NO_DATA` for no rows; `E_INVALID_STATE` when the result does not fit the
 *   instrument and options (a column missing or extra, rows that do not add up)
 *
 * @example
 * const sql = aggregateQuery(servqual22, { dialect: 'duckdb', table: 't', method: 'servperf' }).sql;
 * sql.includes('GROUP BY')
 * //=> false
 */
export function analyzeAggregates(rows: readonly AggregateRow[], instrument: Instrument, options: AnalyzeAggregatesOptions = {}): Report {
  const lowered = rows.map((row) => new Map(Object.entries(row).map(([key, value]) => [key.trim().toLowerCase(), value as unknown])));
  const first = lowered[0];
  if (first === undefined) throw new ServqualError('E_NO_DATA', 'analyzeAggregates: the result has no rows');
  const stated = first.get('method');
  const text = typeof stated === 'string' ? stated.trim() : '';
  const method = options.method ?? (isMethod(text) ? text : undefined);
  if (method === undefined)
    throw new ServqualError('E_INVALID_STATE', 'analyzeAggregates: the result has no column "method" naming servqual, servperf or three-column');
  const plan = aggregatePlan(instrument, sqlDialect('duckdb'), { ...options, method, header: undefined });
  const slots = numberOf(first.get('slots'), 'slots');
  if (slots !== plan.global.length) {
    throw new ServqualError(
      'E_INVALID_STATE',
      `analyzeAggregates: the result has ${slots} accumulators, instrument "${instrument.id}" with method ${method} and these options ${plan.global.length}; read it with the instrument and options (reliability, by, period) the query was made with`,
    );
  }
  const grouped = (row: ReadonlyMap<string, unknown>, key: string) => numberOf(row.get(`grp_${key}`), `grp_${key}`) === 0;
  const totals = lowered.filter((row) => plan.keys.every((key) => !grouped(row, key)));
  const total = totals[0];
  if (total === undefined || totals.length > 1) {
    throw new ServqualError(
      'E_INVALID_STATE',
      `analyzeAggregates: the result has ${totals.length} rows of the whole table, not 1 (was it made with the same by and period?)`,
    );
  }

  const used = numberOf(total.get('rows_used'), 'rows_used');
  const excluded: Array<[ServqualErrorCode, number]> = [];
  for (const code of plan.exclusions) {
    const count = numberOf(total.get(`excluded_${code.toLowerCase()}`), `excluded_${code.toLowerCase()}`);
    if (count > 0) excluded.push([code, count]);
  }
  const read = numberOf(total.get('rows_read'), 'rows_read');
  const excludedRows = excluded.reduce((sum, [, count]) => sum + count, 0);
  if (read !== used + excludedRows) {
    throw new ServqualError('E_INVALID_STATE', `analyzeAggregates: ${read} rows read, but ${used} used and ${excludedRows} excluded`);
  }
  const quality: DataQualityLogJSON = { used, excluded, issues: [], issuesTotal: 0 };
  const setAside: Array<[ServqualErrorCode, number]> = [];
  for (const [code] of plan.setAside) {
    const count = numberOf(total.get(`set_aside_${code.toLowerCase()}`), `set_aside_${code.toLowerCase()}`);
    if (count > 0) setAside.push([code, count]);
  }
  if (setAside.length > 0) quality.setAside = setAside;

  /** The groups of one key: rows grouped by it alone. */
  const groupsOf = (key: string): GroupedMomentsJSON =>
    lowered
      .filter((row) => grouped(row, key) && plan.keys.every((other) => other === key || !grouped(row, other)))
      // Excluded rows have no key: their group (NULL, or an empty cell in a CSV export) uses no row.
      .filter((row) => numberOf(row.get('rows_used'), 'rows_used') > 0)
      .map((row) => [String(row.get(key) ?? ''), plan.group.map((slot, i) => momentsOf(row, `q${i}`, slot))]);

  const state: AnalyzerState = {
    version: 1,
    instrument: instrument.id,
    method: plan.method,
    reliability: plan.reliability,
    itemCount: instrument.dimensions.reduce((sum, d) => sum + d.items.length, 0),
    quality,
    moments: plan.global.map((slot, i) => momentsOf(total, `m${i}`, slot)),
    segments: plan.by.map((column, j) => [column, groupsOf(plan.keys[j] as string)]),
    periods: plan.period === undefined ? null : groupsOf('key_period'),
  };
  const analyzer = analyzerFromJSON(instrument, state, {
    ...options,
    method: plan.method,
    reliability: plan.reliability,
    by: plan.by,
    period: plan.period,
    dateColumn: plan.dateColumn ?? undefined,
  });
  return analyzer.result();
}
