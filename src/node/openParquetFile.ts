import { asyncBufferFromFile, type AsyncBuffer } from 'hyparquet';
import { ServqualError } from '../errors.js';

/**
 * Opens a Parquet file for the core's readers (`parquetRows`, `analyzeParquet`): an `AsyncBuffer`
 * that reads the slices they ask for (the footer, then a row group's columns), so the file is never
 * held whole in memory.
 *
 * @example
 * const report = await analyzeParquet(await openParquetFile('examples/hotel-survey.parquet'), { instrument: servqual22 });
 * [report.sample.rows, report.sample.used]
 * //=> [240, 238]
 *
 * @param file - the file's path
 * @returns the file as hyparquet's `AsyncBuffer`
 * @throws {ServqualError} `E_IO` when the file cannot be opened ("cannot read x.parquet: no such file")
 */
export async function openParquetFile(file: string): Promise<AsyncBuffer> {
  try {
    return await asyncBufferFromFile(file);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new ServqualError('E_IO', `cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
}
