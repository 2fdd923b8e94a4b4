import { tableCellText } from '../data/CellError.js';
import { readCsvRows, type CsvSource, type ReadCsvRowsOptions } from './readCsvRows.js';
import { readTableFile, tableFormatOf, type ReadTableFileOptions } from './readTableFile.js';

/** Options of {@link readFileRows}: the CSV reader's, and the workbook's sheet. */
export interface ReadFileRowsOptions extends ReadCsvRowsOptions, ReadTableFileOptions {}

/**
 * Reads a CSV, an .xlsx workbook or a Parquet file (by its extension, see {@link tableFormatOf}) as
 * rows of text, the header first, streaming — the form the Kano and call-log readers take. A
 * workbook's or a Parquet file's cells are written as a CSV of the same table would hold them: numbers
 * in JavaScript's shortest form, dates as ISO dates, empty cells as `''`, a spreadsheet error as shown
 * (`#N/A`, so the reader names it where it is not a valid value).
 *
 * @example
 * const rows = [];
 * for await (const row of readFileRows('examples/hotel-survey.xlsx')) rows.push(row);
 * [rows.length - 1, rows[1].slice(0, 4)]
 * //=> [240, ['G0001', 'Shanghai-02', '2025-01-01', '6']]
 *
 * @param source - a path, or a stream of CSV
 * @param options - the CSV reading options, and `sheet` for a workbook
 * @returns the rows as text, header first
 * @throws {ServqualError} what `readCsvRows` or {@link readTableFile} throws.
 */
export async function* readFileRows(source: CsvSource, options: ReadFileRowsOptions = {}): AsyncGenerator<string[]> {
  if (typeof source !== 'string' || tableFormatOf(source) === 'csv') {
    yield* readCsvRows(source, options);
    return;
  }
  for await (const row of readTableFile(source, options)) yield row.map(tableCellText);
}
