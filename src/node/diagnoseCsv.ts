import { scoreSurveys, type DiagnoseOptions, type DiagnoseSurveys } from '../gaps/diagnoseSurveys.js';
import type { DiagnosisReport } from '../gaps/diagnose.js';
import { analyzeCsv } from './analyzeCsv.js';
import type { CsvSource, ReadCsvRowsOptions } from './readCsvRows.js';

/**
 * The five-gap diagnosis of survey files: customers (required), managers and staff (optional).
 * Each file is streamed; the staff file is read twice (by construct, by gap), so it must be a path.
 */
export function diagnoseCsv(surveys: DiagnoseSurveys<CsvSource>, options: DiagnoseOptions & ReadCsvRowsOptions): Promise<DiagnosisReport> {
  const { instrument: _unused, observed: _observed, ...rest } = options;
  return scoreSurveys(surveys, options, (source, instrument, method) => analyzeCsv(source, { ...rest, instrument, method }));
}
