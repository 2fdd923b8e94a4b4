import { readSurveyRows, type SurveyRows } from '../data/readSurveyRows.js';
import type { CsvSource } from './readCsvRows.js';
import { readSurveyCsv, type ReadSurveyCsvOptions } from './readSurveyCsv.js';
import { readTableFile, tableFormatOf, type ReadTableFileOptions } from './readTableFile.js';

/** Options of {@link readSurveyFile}: those of `readSurveyCsv`, and the workbook's sheet. */
export interface ReadSurveyFileOptions extends ReadSurveyCsvOptions, ReadTableFileOptions {}

/**
 * Opens a survey file of any format servqual reads (CSV, .xlsx, Parquet; by its extension, see
 * {@link tableFormatOf}): its column map, and its rows validated one at a time, each a response or
 * an exclusion naming its row, column and value. `servqual validate` lists a file's problems with it.
 *
 * @example
 * const survey = await readSurveyFile('examples/hotel-survey.xlsx', { instrument: servqual22 });
 * let used = 0, excluded = 0;
 * for await (const row of survey.rows) row.ok ? used++ : excluded++;
 * [survey.reader.columns.method, used, excluded]
 * //=> ['servqual', 238, 2]
 *
 * @param source - a path (its extension says the format), or a stream of CSV
 * @param options - the instrument, the reading options, and `sheet`
 * @returns the reader (the header resolved) and the validated rows
 * @throws {ServqualError} what `readSurveyCsv`, `readTableFile` and `readSurveyRows` throw.
 */
export async function readSurveyFile(source: CsvSource, options: ReadSurveyFileOptions): Promise<SurveyRows> {
  if (typeof source !== 'string' || tableFormatOf(source) === 'csv') return readSurveyCsv(source, options);
  return readSurveyRows(readTableFile(source, options), options, source);
}
