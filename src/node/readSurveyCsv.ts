import { ServqualError } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import { createRowReader, type RowReader, type RowReaderOptions, type RowResult } from '../data/createRowReader.js';
import { readCsvRows, type CsvSource, type ReadCsvRowsOptions } from './readCsvRows.js';

/** Options of {@link readSurveyCsv}. */
export interface ReadSurveyCsvOptions extends RowReaderOptions, ReadCsvRowsOptions {
  instrument: Instrument;
}

/** A survey file opened for reading: its column map, and its rows validated one at a time. */
export interface SurveyCsv {
  readonly reader: RowReader;
  /** Each data row as a response or an exclusion with reasons; rows are numbered from 1. */
  readonly rows: AsyncIterable<RowResult>;
}

/**
 * Opens a survey CSV: reads the header, resolves the instrument's columns (and the method), and
 * streams validated rows. Memory stays constant whatever the file size.
 *
 * @throws {ServqualError} `E_NO_DATA` for an empty file; `ValidationError` for a missing or duplicate column.
 */
export async function readSurveyCsv(source: CsvSource, options: ReadSurveyCsvOptions): Promise<SurveyCsv> {
  const records = readCsvRows(source, options);
  const first = await records.next();
  if (first.done === true) throw new ServqualError('E_NO_DATA', `${typeof source === 'string' ? source : 'input'}: the file is empty (no header row)`);
  let reader: RowReader;
  try {
    reader = createRowReader(first.value, options.instrument, options);
  } catch (error) {
    await records.return(undefined);
    throw error;
  }
  async function* rows(): AsyncGenerator<RowResult> {
    let row = 0;
    for await (const cells of records) yield reader.read(cells, ++row);
  }
  return { reader, rows: rows() };
}
