import type { AsyncBuffer } from 'hyparquet';
import { parquetRows } from '../data/parquetRows.js';
import type { Report } from '../report/types.js';
import { analyzeRows, type AnalyzeRowsOptions } from './analyzeRows.js';

/**
 * Scores a survey stored as Parquet, in browsers as in Node: {@link parquetRows} (a row group at a
 * time) feeding {@link analyzeRows}. Column types are read as a CSV's text would be (integers and
 * doubles as numbers, nulls as missing answers, dates as ISO dates), so the same survey as CSV and as
 * Parquet gives byte-identical JSON.
 *
 * @example
 * // in a browser: analyzeParquet(await (await fetch(url)).arrayBuffer(), …)
 * const report = await analyzeParquet(await openParquetFile('examples/hotel-survey.parquet'), { instrument: servqual22, by: ['branch'] });
 * [report.sample.rows, report.sample.used, report.segments.branch.length]
 * //=> [240, 238, 3]
 *
 * @param file - the file's bytes, or hyparquet's `AsyncBuffer` over them
 * @param options - the instrument, reading and analysis options
 * @returns the report
 * @throws {ServqualError} what `parquetRows` and `analyzeRows` throw.
 */
export async function analyzeParquet(file: ArrayBuffer | Uint8Array | AsyncBuffer, options: AnalyzeRowsOptions): Promise<Report> {
  return analyzeRows(parquetRows(file), options);
}
