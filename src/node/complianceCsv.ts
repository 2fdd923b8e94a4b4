import { ServqualError } from '../errors.js';
import { ComplianceLog, type ComplianceLogOptions } from '../operations/standards/ComplianceLog.js';
import type { StandardsRegister } from '../operations/standards/StandardsRegisterSchema.js';
import type { ComplianceReport } from '../report/ComplianceReportSchema.js';
import { readCsvRows, type CsvSource, type ReadCsvRowsOptions } from './readCsvRows.js';

/** Options of {@link complianceCsv}: the compliance log's and the CSV reader's. */
export interface ComplianceCsvOptions extends ComplianceLogOptions, ReadCsvRowsOptions {}

/**
 * Compliance with service standards from an observations CSV (a file path or a stream), read as a
 * stream into a `ComplianceLog`: one row per result (`standard_id, unit, date, observer, result`).
 *
 * @param source - the observations file, or a stream of it
 * @param register - from `loadStandards` or `parseStandards`
 * @returns the log, read to the end: its `result()` is the report, its `observed()` feeds the SMART check
 * @throws {ServqualError} `E_NO_DATA` for an empty file; the reader's errors (`E_CSV`, `E_IO`, …);
 *   {@link ValidationError} `E_MISSING_COLUMN` for a needed column the file lacks.
 * @example
 * const register = await loadStandards('examples/standards.json');
 * const log = await complianceLogCsv('examples/observations.csv', register);
 * log.result().sample.excluded
 * //=> 3
 */
export async function complianceLogCsv(source: CsvSource, register: StandardsRegister, options: ComplianceCsvOptions = {}): Promise<ComplianceLog> {
  let log: ComplianceLog | undefined;
  for await (const row of readCsvRows(source, options)) {
    if (log === undefined) log = new ComplianceLog(row, register, options);
    else log.add(row);
  }
  if (log === undefined) throw new ServqualError('E_NO_DATA', `standards: ${typeof source === 'string' ? source : 'the observations'} is empty`);
  return log;
}

/**
 * The compliance report of an observations CSV: see {@link complianceLogCsv} and `ComplianceLog`.
 *
 * @param source - the observations file, or a stream of it
 * @param register - from `loadStandards` or `parseStandards`
 * @returns the compliance report (its contract: `ComplianceReportSchema`)
 * @throws as {@link complianceLogCsv}
 * @example
 * const register = await loadStandards('examples/standards.json');
 * const report = await complianceCsv('examples/observations.csv', register);
 * report.sample.rows === report.sample.used + report.sample.excluded
 * //=> true
 */
export async function complianceCsv(source: CsvSource, register: StandardsRegister, options: ComplianceCsvOptions = {}): Promise<ComplianceReport> {
  return (await complianceLogCsv(source, register, options)).result();
}
