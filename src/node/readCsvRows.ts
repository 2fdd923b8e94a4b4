import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ServqualError } from '../errors.js';
import { DecodeStream, type InputEncoding } from './decodeStream.js';

/** A CSV source: a file path, or a readable stream of bytes (e.g. `process.stdin`). */
export type CsvSource = string | Readable;

/** Options of {@link readCsvRows}. */
export interface ReadCsvRowsOptions {
  /** Field delimiter, e.g. `;` (European Excel) or `\t`. Default `,`. */
  delimiter?: string | undefined;
  /** Text encoding. Default `auto` (BOM, else UTF-8, else GB18030 with a warning). */
  encoding?: InputEncoding | undefined;
  /** Longest field, in characters. Default 65,536. */
  maxFieldSize?: number | undefined;
  /** Most columns in the header. Default 10,000. */
  maxColumns?: number | undefined;
  /** Called with warnings, such as the encoding chosen for a file that is not UTF-8. */
  onWarning?: ((message: string) => void) | undefined;
}

/** Default limits. */
export const CSV_LIMITS = Object.freeze({ maxFieldSize: 65_536, maxColumns: 10_000 });

/**
 * The tokenizer interface: a CSV source in, rows of cells out (the header first). This one is
 * csv-parse, streaming, behind a decoder (UTF-8, UTF-16 with a BOM, GB18030); a byte-level tokenizer
 * can replace it behind the same interface.
 *
 * CRLF, LF and CR all end a line (mixed too), quoted fields may hold delimiters and newlines. Rows of the wrong
 * length and blank lines are passed through so validation can account for them.
 *
 * @throws {ServqualError} `E_CSV` on malformed CSV (naming the line), `E_ENCODING` on bytes that are not
 *   text in the encoding, `E_LIMIT` when a field or the header passes a limit (naming the option that
 *   raises it), `E_IO` when the file cannot be read.
 */
export async function* readCsvRows(source: CsvSource, options: ReadCsvRowsOptions = {}): AsyncGenerator<string[]> {
  const maxFieldSize = options.maxFieldSize ?? CSV_LIMITS.maxFieldSize;
  const maxColumns = options.maxColumns ?? CSV_LIMITS.maxColumns;
  const input = typeof source === 'string' ? createReadStream(source) : source;
  const decoder = new DecodeStream(options.encoding ?? 'auto', options.onWarning);
  const parser = parse({
    bom: true,
    delimiter: options.delimiter ?? ',',
    relax_column_count: true,
    skip_empty_lines: false,
    // Every line end, even mixed in one file (CRLF first, so it is not read as CR then LF).
    record_delimiter: ['\r\n', '\n', '\r'],
    // A record can hold many fields; this bounds the memory one unterminated quote can take.
    max_record_size: Math.max(maxFieldSize, 1) * 64,
  });
  let failure: unknown;
  const fail = (error: unknown): void => {
    failure ??= error;
    parser.destroy(error as Error);
  };
  input.once('error', (error: Error) =>
    fail(
      new ServqualError(
        'E_IO',
        `cannot read ${typeof source === 'string' ? source : 'input'}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error.message}`,
      ),
    ),
  );
  decoder.once('error', fail);
  input.pipe(decoder).pipe(parser);
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line++;
      if (line === 1 && record.length > maxColumns) {
        throw new ServqualError(
          'E_LIMIT',
          `the header has ${record.length} columns, more than maxColumns = ${maxColumns}; raise it with --max-columns (maxColumns in the API)`,
        );
      }
      for (let c = 0; c < record.length; c++) {
        if ((record[c] as string).length > maxFieldSize) {
          throw new ServqualError(
            'E_LIMIT',
            `record ${line}, field ${c + 1}: ${(record[c] as string).length} characters, more than maxFieldSize = ${maxFieldSize}; raise it with --max-field-size (maxFieldSize in the API)`,
          );
        }
      }
      yield record;
    }
  } catch (error) {
    if (failure !== undefined) throw failure;
    if (error instanceof ServqualError) throw error;
    const e = error as Error & { code?: string; lines?: number };
    if (e.code === 'CSV_MAX_RECORD_SIZE') {
      throw new ServqualError(
        'E_LIMIT',
        `a record near line ${e.lines ?? '?'} is longer than ${Math.max(maxFieldSize, 1) * 64} characters (64 × maxFieldSize); raise --max-field-size (maxFieldSize in the API), or check for an unclosed quote`,
      );
    }
    throw new ServqualError('E_CSV', `malformed CSV${e.lines === undefined ? '' : ` at line ${e.lines}`}: ${e.message}`);
  } finally {
    if (typeof source === 'string') input.destroy();
  }
  if (failure !== undefined) throw failure;
}
