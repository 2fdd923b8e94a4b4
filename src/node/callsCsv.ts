import { ServqualError } from '../errors.js';
import { CallLog, type CallLogOptions } from '../operations/CallLog.js';
import type { CallsReport } from '../report/CallsReportSchema.js';
import { readCsvRows, type CsvSource, type ReadCsvRowsOptions } from './readCsvRows.js';

/** Options of {@link callsCsv}: the call log's and the CSV reader's. */
export interface CallsCsvOptions extends CallLogOptions, ReadCsvRowsOptions {}

/**
 * Call-centre indicators from a call log CSV (a file path or a stream), read as a stream: the rows go
 * one at a time into a {@link CallLog}, which keeps only counts and moments per group, so a log of
 * millions of calls is read in constant memory. See `callIndicators` for what the report holds.
 *
 * @throws {ServqualError} `E_NO_DATA` for an empty file; the reader's errors (`E_CSV`, `E_IO`, …);
 *   {@link ValidationError} `E_MISSING_COLUMN` for a needed column the log lacks.
 * @example
 * const report = await callsCsv('examples/calls.csv', { by: ['queue'], period: 'week' });
 * [report.sample.rows, report.segments.queue.map((s) => s.value)]
 * //=> [3000, ['billing', 'reservations', 'support']]
 */
export async function callsCsv(source: CsvSource, options: CallsCsvOptions = {}): Promise<CallsReport> {
  let log: CallLog | undefined;
  for await (const row of readCsvRows(source, options)) {
    if (log === undefined) log = new CallLog(row, options);
    else log.add(row);
  }
  if (log === undefined) throw new ServqualError('E_NO_DATA', `calls: ${typeof source === 'string' ? source : 'the input'} is empty`);
  return log.result();
}
