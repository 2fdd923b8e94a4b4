import type { Worker } from 'node:worker_threads';
import { DEFAULTS } from '../defaults.js';
import { ServqualError } from '../errors.js';
import { CallLog, type CallLogOptions } from '../operations/CallLog.js';
import type { CallsReport } from '../report/CallsReportSchema.js';
import { readCsvRows, type CsvSource, type ReadCsvRowsOptions } from './readCsvRows.js';
import { callsInThreads } from './threads/callsInThreads.js';
import { startLibraryWorker } from './threads/libraryWorker.js';

/** Options of {@link callsCsv}: the call log's and the CSV reader's, and the threads. */
export interface CallsCsvOptions extends CallLogOptions, ReadCsvRowsOptions {
  /**
   * Threads to read a file with, this one included (worker threads for the rest). Default 1: one
   * stream. More splits a file path into blocks of 32,768 rows that the threads read at once; the
   * report is the same, byte for byte. Capped at the cores available and at the file's blocks;
   * streams, and files that are not UTF-8 with a one-byte delimiter, are read in one stream.
   */
  threads?: number | undefined;
}

/**
 * Call-centre indicators from a call log CSV (a file path or a stream), read as a stream: the rows go
 * one at a time into a {@link CallLog}, which keeps only counts and moments per group, so a log of
 * millions of calls is read in constant memory. See `callIndicators` for what the report holds.
 *
 * With `threads` > 1 a file is split between threads as `analyzeCsv` splits a survey: blocks of
 * 32,768 rows, each read into a call log of its own, folded in file order — so the JSON is
 * byte-identical for any `threads`, and an error names the row one stream names (the first bad row).
 *
 * @param source - a file path, or a stream of the file's bytes (always read in one stream)
 * @param options - the call log's options, the reading options, and `threads`
 * @returns the calls report
 * @throws {ServqualError} `E_NO_DATA` for an empty file; `E_INVALID_OPTION` "callsCsv: threads must
 *   be a positive whole number, got …"; the reader's errors (`E_CSV`, `E_IO`, …);
 *   {@link ValidationError} `E_MISSING_COLUMN` for a needed column the log lacks.
 * @example
 * const report = await callsCsv('examples/calls.csv', { by: ['queue'], period: 'week' });
 * const two = await callsCsv('examples/calls.csv', { by: ['queue'], period: 'week', threads: 2 });
 * [report.sample.rows, report.segments.queue.map((s) => s.value), JSON.stringify(two) === JSON.stringify(report)]
 * //=> [3000, ['billing', 'reservations', 'support'], true]
 */
export async function callsCsv(source: CsvSource, options: CallsCsvOptions = {}): Promise<CallsReport> {
  return callsCsvWith(source, options, startLibraryWorker);
}

/**
 * {@link callsCsv} with workers from `spawn` (the CLI's entry hands out its own).
 *
 * @internal
 */
export async function callsCsvWith(source: CsvSource, options: CallsCsvOptions, spawn: () => Worker): Promise<CallsReport> {
  const threads = options.threads ?? DEFAULTS.threads;
  if (!Number.isInteger(threads) || threads < 1)
    throw new ServqualError('E_INVALID_OPTION', `callsCsv: threads must be a positive whole number, got ${String(threads)}`, { option: 'threads' });
  if (typeof source === 'string' && threads > 1) {
    const report = await callsInThreads(source, options, threads, spawn);
    if (report !== null) return report;
  }
  return callsOfRows(readCsvRows(source, options), source, options);
}

/**
 * Streams rows (the header first) into a {@link CallLog} and returns its report: one stream's reading
 * of a call log, whatever format the rows came from (`callsFile` feeds it a workbook's or a Parquet
 * file's rows).
 *
 * @param rows - the rows, the header first
 * @param source - what the rows come from, named in the error for an empty one
 * @param options - the call log's options
 * @returns the report
 * @throws {ServqualError} `E_NO_DATA` when there is no row at all; what `CallLog` throws
 * @internal
 */
export async function callsOfRows(rows: AsyncIterable<string[]>, source: CsvSource, options: CallLogOptions): Promise<CallsReport> {
  let log: CallLog | undefined;
  for await (const row of rows) {
    if (log === undefined) log = new CallLog(row, options);
    else log.add(row);
  }
  if (log === undefined) throw new ServqualError('E_NO_DATA', `calls: ${typeof source === 'string' ? source : 'the input'} is empty`);
  return log.result();
}
