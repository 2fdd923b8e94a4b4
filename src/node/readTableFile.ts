import { extname } from 'node:path';
import { ServqualError } from '../errors.js';
import type { TableCell } from '../data/CellError.js';
import { parquetRows } from '../data/parquetRows.js';
import { openParquetFile } from './openParquetFile.js';
import { readXlsxRows } from './readXlsxRows.js';

/** How a file holds its table: text (CSV, TSV, anything else), an .xlsx workbook, or Parquet. */
export type TableFormat = 'csv' | 'xlsx' | 'parquet';

/** Options of {@link readTableFile}. */
export interface ReadTableFileOptions {
  /** The workbook's sheet to read, by name (default the first); only for .xlsx. */
  sheet?: string | undefined;
}

/**
 * The format of a survey file, by its extension (ignoring case): `.xlsx` a workbook, `.parquet` (or
 * `.pq`) Parquet, anything else text read as CSV. Standard input (`-`) is text.
 *
 * @example
 * [tableFormatOf('survey.XLSX'), tableFormatOf('survey.parquet'), tableFormatOf('survey.tsv')]
 * //=> ['xlsx', 'parquet', 'csv']
 *
 * @param file - the file's path
 * @returns its format
 */
export function tableFormatOf(file: string): TableFormat {
  const ext = extname(file).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.parquet' || ext === '.pq' ? 'parquet' : 'csv';
}

/**
 * Reads a workbook or a Parquet file as rows of typed cells, the header first, streaming (see
 * {@link readXlsxRows} and `parquetRows` for what each cell becomes).
 *
 * @example
 * const rows = [];
 * for await (const row of readTableFile('examples/hotel-survey.parquet')) rows.push(row);
 * [rows.length - 1, rows[1].slice(0, 4)]
 * //=> [240, ['G0001', 'Shanghai-02', '2025-01-01', 6]]
 *
 * @param file - the path of an .xlsx or .parquet file
 * @param options - `sheet`: the workbook's sheet
 * @returns the rows, header first
 * @throws {ServqualError} `E_INVALID_OPTION` for a CSV file (read it with `readCsvRows`) or for `sheet`
 *   with a Parquet file; the readers' `E_IO`, `E_NO_DATA` and `E_INVALID_OPTION`.
 */
export async function* readTableFile(file: string, options: ReadTableFileOptions = {}): AsyncGenerator<TableCell[]> {
  const format = tableFormatOf(file);
  if (format === 'csv') throw new ServqualError('E_INVALID_OPTION', `readTableFile: ${file} is not .xlsx or .parquet; read text with readCsvRows`);
  if (format === 'xlsx') {
    yield* readXlsxRows(file, options);
    return;
  }
  if (options.sheet !== undefined)
    throw new ServqualError('E_INVALID_OPTION', `sheet "${options.sheet}": ${file} is a Parquet file, which has no sheets`, { option: 'sheet' });
  yield* parquetRows(await openParquetFile(file), file);
}
