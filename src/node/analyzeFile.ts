import type { Report } from '../report/types.js';
import { analyzeRows } from '../tables/analyzeRows.js';
import { analyzeCsv, type AnalyzeCsvOptions } from './analyzeCsv.js';
import type { CsvSource } from './readCsvRows.js';
import { readTableFile, tableFormatOf, type ReadTableFileOptions } from './readTableFile.js';

/** Options of {@link analyzeFile}: those of `analyzeCsv`, and the workbook's sheet. */
export interface AnalyzeFileOptions extends AnalyzeCsvOptions, ReadTableFileOptions {}

/**
 * Scores a survey file of any format servqual reads, by its extension ({@link tableFormatOf}): a CSV
 * through `analyzeCsv` (threads and all), an .xlsx workbook (its first sheet, or `sheet`) or a Parquet
 * file streamed through `analyzeRows`. Cells are read by their types, and rows summed in the same
 * blocks, so one survey gives byte-identical JSON in all three formats. `threads`, `onProgress` and
 * the CSV options (`delimiter`, `encoding`, …) apply to CSV only.
 *
 * @example
 * const csv = await analyzeFile('examples/hotel-survey.csv', { instrument: servqual22, by: ['branch'], period: 'quarter' });
 * const xlsx = await analyzeFile('examples/hotel-survey.xlsx', { instrument: servqual22, by: ['branch'], period: 'quarter' });
 * const parquet = await analyzeFile('examples/hotel-survey.parquet', { instrument: servqual22, by: ['branch'], period: 'quarter' });
 * [xlsx.sample.used, JSON.stringify(xlsx) === JSON.stringify(csv), JSON.stringify(parquet) === JSON.stringify(csv)]
 * //=> [238, true, true]
 *
 * @param source - a path (its extension says the format), or a stream of CSV
 * @param options - the instrument, reading and analysis options, and `sheet`
 * @returns the report
 * @throws {ServqualError} what `analyzeCsv`, `readTableFile` and `analyzeRows` throw.
 */
export async function analyzeFile(source: CsvSource, options: AnalyzeFileOptions): Promise<Report> {
  if (typeof source !== 'string' || tableFormatOf(source) === 'csv') return analyzeCsv(source, options);
  return analyzeRows(readTableFile(source, options), options);
}
