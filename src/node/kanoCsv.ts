import { ServqualError } from '../errors.js';
import { createKanoAnalyzer, type KanoAnalyzer, type KanoOptions } from '../kano/createKanoAnalyzer.js';
import type { KanoReport } from '../report/KanoReportSchema.js';
import { readCsvRows, type CsvSource, type ReadCsvRowsOptions } from './readCsvRows.js';

/** Options of {@link kanoCsv}: the analysis' and the reading's. */
export type KanoCsvOptions = KanoOptions & ReadCsvRowsOptions;

/**
 * Kano analysis of a survey CSV, streamed in constant memory (see `kano` for what it reports).
 *
 * @param source - a path, or a readable stream of the file
 * @param options - see {@link KanoOptions} and {@link ReadCsvRowsOptions}
 * @throws {ServqualError} `E_NO_DATA` for an empty file; the errors of `readCsvRows` and `createKanoAnalyzer`
 *
 * @example
 * const report = await kanoCsv('examples/hotel-kano.csv', { instrument: await loadKanoInstrument('examples/hotel-kano.json') });
 * report.attributes.map((a) => a.category)
 * //=> ['M', 'O', 'M', 'A', 'I', 'I']
 */
export async function kanoCsv(source: CsvSource, options: KanoCsvOptions = {}): Promise<KanoReport> {
  return kanoOfRows(readCsvRows(source, options), options);
}

/**
 * Streams rows (the header first) into a Kano analyzer and returns its report, whatever format the
 * rows came from (`kanoFile` feeds it a workbook's or a Parquet file's rows).
 *
 * @param rows - the rows, the header first
 * @param options - the analysis' options
 * @returns the report
 * @throws {ServqualError} `E_NO_DATA` when there is no row at all; what `createKanoAnalyzer` throws
 * @internal
 */
export async function kanoOfRows(rows: AsyncIterable<string[]>, options: KanoOptions): Promise<KanoReport> {
  let analyzer: KanoAnalyzer | undefined;
  for await (const row of rows) {
    if (analyzer === undefined) analyzer = createKanoAnalyzer(row, options);
    else analyzer.add(row);
  }
  if (analyzer === undefined) throw new ServqualError('E_NO_DATA', 'kano: the file is empty');
  return analyzer.result();
}
