import type { CallsReport } from '../report/CallsReportSchema.js';
import { callsOfRows, type CallsCsvOptions } from './callsCsv.js';
import type { CsvSource } from './readCsvRows.js';
import { readFileRows, type ReadFileRowsOptions } from './readFileRows.js';

/** Options of {@link callsFile}: those of `callsCsv`, and the workbook's sheet. */
export interface CallsFileOptions extends CallsCsvOptions, ReadFileRowsOptions {}

/**
 * Call-centre indicators from a call log in a CSV, an .xlsx workbook or a Parquet file (by its
 * extension), streamed into a `CallLog` as `callsCsv` streams a CSV: the cells are read as a CSV of
 * the same table would hold them ({@link readFileRows}; a date-time cell as `2025-03-31T14:05:00`),
 * so the report is the same in every format.
 *
 * @example
 * const report = await callsFile('examples/calls.csv', { by: ['queue'] });
 * [report.sample.rows, report.segments.queue.length]
 * //=> [3000, 3]
 *
 * @param source - a path (its extension says the format), or a stream of CSV
 * @param options - see `CallLogOptions`, the reading options, and `sheet`
 * @returns the report
 * @throws {ServqualError} `E_NO_DATA` for an empty file; what {@link readFileRows} and `CallLog` throw
 */
export async function callsFile(source: CsvSource, options: CallsFileOptions = {}): Promise<CallsReport> {
  return callsOfRows(readFileRows(source, options), source, options);
}
