import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ServqualError } from '../errors.js';

/** A CSV source: a file path, or a readable stream of bytes (e.g. `process.stdin`). */
export type CsvSource = string | Readable;

/** Options of {@link readCsvRows}. */
export interface ReadCsvRowsOptions {
  /** Field delimiter. Default `,`. */
  delimiter?: string | undefined;
}

/**
 * The tokenizer interface: a CSV source in, rows of cells out (the header first). This one is
 * csv-parse, streaming; a byte-level tokenizer can replace it behind the same interface.
 *
 * A UTF-8 BOM is dropped, CRLF and LF both end a line, quoted fields may hold delimiters and newlines.
 * Rows of the wrong length and blank lines are passed through so validation can account for them.
 *
 * @throws {ServqualError} `E_CSV` on malformed CSV (e.g. an unclosed quote), naming the line; `E_IO` when the file cannot be read.
 */
export async function* readCsvRows(source: CsvSource, options: ReadCsvRowsOptions = {}): AsyncGenerator<string[]> {
  const input = typeof source === 'string' ? createReadStream(source) : source;
  const parser = input.pipe(
    parse({
      bom: true,
      delimiter: options.delimiter ?? ',',
      relax_column_count: true,
      skip_empty_lines: false,
    }),
  );
  let ioError: unknown;
  input.once('error', (error: Error) => {
    ioError = error;
    parser.destroy(error);
  });
  try {
    for await (const record of parser as AsyncIterable<string[]>) yield record;
  } catch (error) {
    if (ioError !== undefined) {
      const e = ioError as NodeJS.ErrnoException;
      throw new ServqualError('E_IO', `cannot read ${typeof source === 'string' ? source : 'input'}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    }
    const e = error as Error & { code?: string; lines?: number };
    throw new ServqualError('E_CSV', `malformed CSV${e.lines === undefined ? '' : ` at line ${e.lines}`}: ${e.message}`);
  } finally {
    if (typeof source === 'string') input.destroy();
  }
}
