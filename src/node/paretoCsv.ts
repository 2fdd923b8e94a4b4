import { ServqualError } from '../errors.js';
import { normalizeHeader } from '../data/resolveColumns.js';
import { pareto, type ParetoOptions, type ParetoReport } from '../pareto/pareto.js';
import { readCsvRows, type CsvSource, type ReadCsvRowsOptions } from './readCsvRows.js';

/** Options of {@link paretoCsv}. */
export interface ParetoCsvOptions extends ParetoOptions, ReadCsvRowsOptions {
  /** The column holding each row's category (matched as headers are: case and surrounding spaces aside). */
  category: string;
}

/**
 * A Pareto analysis of a CSV column: one row per complaint (or incident), its category in `category`.
 * Every row is counted: blank lines and rows with an empty category are left out and counted as blank
 * (`blankRows` names them).
 *
 * @param source - a path or a stream
 * @param options - the category column, the threshold, reading options
 * @returns the Pareto table
 * @throws {ServqualError} `E_MISSING_COLUMN` naming the column and the header's columns; as {@link pareto}
 */
export async function paretoCsv(source: CsvSource, options: ParetoCsvOptions): Promise<ParetoReport> {
  const values: string[] = [];
  let column = -1;
  let header: string[] | undefined;
  for await (const row of readCsvRows(source, options)) {
    if (header === undefined) {
      header = row;
      column = row.map(normalizeHeader).indexOf(normalizeHeader(options.category));
      if (column < 0)
        throw new ServqualError('E_MISSING_COLUMN', `pareto: no column "${options.category}" in the header (columns: ${row.map((c) => `"${c}"`).join(', ')})`, {
          option: 'category',
        });
      continue;
    }
    values.push(row[column] ?? '');
  }
  if (header === undefined) throw new ServqualError('E_NO_DATA', 'pareto: the file is empty');
  return pareto(values, options);
}
