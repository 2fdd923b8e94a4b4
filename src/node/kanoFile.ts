import type { KanoReport } from '../report/KanoReportSchema.js';
import { kanoOfRows, type KanoCsvOptions } from './kanoCsv.js';
import type { CsvSource } from './readCsvRows.js';
import { readFileRows, type ReadFileRowsOptions } from './readFileRows.js';

/** Options of {@link kanoFile}: those of `kanoCsv`, and the workbook's sheet. */
export type KanoFileOptions = KanoCsvOptions & ReadFileRowsOptions;

/**
 * Kano analysis of a survey in a CSV, an .xlsx workbook or a Parquet file (by its extension), streamed
 * as `kanoCsv` streams a CSV: the cells are read as a CSV of the same table would hold them
 * ({@link readFileRows}), so the report is the same in every format.
 *
 * @example
 * const instrument = await loadKanoInstrument('examples/hotel-kano.json');
 * const report = await kanoFile('examples/hotel-kano.csv', { instrument });
 * report.attributes.map((a) => a.category)
 * //=> ['M', 'O', 'M', 'A', 'I', 'I']
 *
 * @param source - a path (its extension says the format), or a stream of CSV
 * @param options - see `KanoOptions`, the reading options, and `sheet`
 * @returns the report
 * @throws {ServqualError} `E_NO_DATA` for an empty file; what {@link readFileRows} and `createKanoAnalyzer` throw
 */
export async function kanoFile(source: CsvSource, options: KanoFileOptions = {}): Promise<KanoReport> {
  return kanoOfRows(readFileRows(source, options), options);
}
