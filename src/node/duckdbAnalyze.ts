import { ServqualError } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import type { Report } from '../report/types.js';
import { aggregateQuery } from '../sql/aggregateQuery.js';
import { analyzeAggregates, type AggregateRow, type AnalyzeAggregatesOptions } from '../sql/analyzeAggregates.js';
import { sqlString } from '../sql/SqlDialect.js';

/** Options of {@link duckdbAnalyze}: the instrument, and the options of the query and the report. */
export interface DuckdbAnalyzeOptions extends AnalyzeAggregatesOptions {
  instrument: Instrument;
  /** DuckDB's worker threads; default every core. */
  threads?: number | undefined;
}

/** The part of `@duckdb/node-api` used here. */
interface DuckdbApi {
  DuckDBInstance: {
    create(
      path?: string,
      options?: Record<string, string>,
    ): Promise<{
      connect(): Promise<{
        runAndReadAll(sql: string): Promise<{ columnNames(): string[]; getRowObjectsJS(): Array<Record<string, unknown>> }>;
        closeSync(): void;
      }>;
      closeSync(): void;
    }>;
  };
}

/**
 * The optional `@duckdb/node-api`, loaded only when asked for.
 * @throws {ServqualError} `E_IO` saying how to install it when it is absent
 */
async function loadDuckdb(): Promise<DuckdbApi> {
  const name = '@duckdb/node-api';
  try {
    return (await import(name)) as DuckdbApi;
  } catch (error) {
    throw new ServqualError(
      'E_IO',
      `--duckdb needs the optional package ${name}, which is not installed (npm install ${name}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * DuckDB's reader of a file or glob: `read_parquet` for `.parquet`, else `read_csv` with every column
 * as text (so cells are read as the streaming path reads them: missing codes, `NA`, numbers checked by
 * the query).
 *
 * @param source - a file or a glob (`data/*.parquet`)
 * @returns the SQL of the source
 * @example
 * duckdbSource('survey.csv')
 * //=> "read_csv('survey.csv', all_varchar = true, header = true)"
 */
export function duckdbSource(source: string): string {
  return /\.parquet$/i.test(source) ? `read_parquet(${sqlString(source)})` : `read_csv(${sqlString(source)}, all_varchar = true, header = true)`;
}

/**
 * Analyzes a CSV or Parquet file, or many at once (a glob), on an embedded DuckDB: the push-down query
 * ({@link aggregateQuery}) runs there, on every core, and its few hundred numbers become the report
 * ({@link analyzeAggregates}): the streaming path's numbers to about 1e-9 relative, without the problems
 * of single rows (`dataQuality.issues` is empty).
 *
 * @param source - a file or a glob
 * @param options - the instrument, and the options of the query and the report
 * @returns the report
 * @throws {ServqualError} `E_IO` when `@duckdb/node-api` is not installed or DuckDB cannot read the
 *   source; what {@link aggregateQuery} and {@link analyzeAggregates} throw
 */
export async function duckdbAnalyze(source: string, options: DuckdbAnalyzeOptions): Promise<Report> {
  const { DuckDBInstance } = await loadDuckdb();
  const instance = await DuckDBInstance.create(':memory:', options.threads === undefined ? {} : { threads: String(options.threads) });
  const connection = await instance.connect();
  try {
    const from = duckdbSource(source);
    let header: string[];
    try {
      header = (await connection.runAndReadAll(`SELECT * FROM ${from} LIMIT 0`)).columnNames();
    } catch (error) {
      throw new ServqualError('E_IO', `DuckDB cannot read ${source}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const { instrument, threads: _threads, ...rest } = options;
    const query = aggregateQuery(instrument, { ...rest, dialect: 'duckdb', from, header });
    const rows = (await connection.runAndReadAll(query.sql)).getRowObjectsJS() as AggregateRow[];
    return analyzeAggregates(rows, instrument, { ...rest, method: query.plan.method, by: query.plan.by, dateColumn: query.plan.dateColumn ?? undefined });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
