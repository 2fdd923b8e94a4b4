import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { ServqualError } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import { createRowReader, type RowReader, type RowReaderOptions, type RowResult } from '../data/createRowReader.js';
import { isUtf8Prefix, looksUtf16 } from './decodeStream.js';
import { FastCsvTokenizer } from './fastCsv.js';
import { CSV_LIMITS, readCsvRows, type CsvSource, type ReadCsvRowsOptions } from './readCsvRows.js';

/** Options of {@link readSurveyCsv}. */
export interface ReadSurveyCsvOptions extends RowReaderOptions, ReadCsvRowsOptions {
  instrument: Instrument;
  /** `fast` (default): the byte-level tokenizer for UTF-8 input, csv-parse otherwise; `csv-parse`: always csv-parse. */
  tokenizer?: 'fast' | 'csv-parse' | undefined;
  /** Called after each chunk read with the bytes read so far (for progress displays). */
  onProgress?: ((bytesRead: number) => void) | undefined;
  /** @internal With `onRow`, the fast path hands rows over at once instead of queueing them. */
  onReader?: ((reader: RowReader) => void) | undefined;
  /** @internal */
  onRow?: ((row: RowResult) => void) | undefined;
}

/** A survey file opened for reading: its column map, and its rows validated one at a time. */
export interface SurveyCsv {
  readonly reader: RowReader;
  /** Each data row as a response or an exclusion with reasons; rows are numbered from 1. */
  readonly rows: AsyncIterable<RowResult>;
}

const name = (source: CsvSource): string => (typeof source === 'string' ? source : 'input');

function ioError(source: CsvSource, error: unknown): ServqualError {
  if (error instanceof ServqualError) return error;
  const e = error as NodeJS.ErrnoException;
  return new ServqualError('E_IO', `cannot read ${name(source)}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
}

/**
 * Opens a survey CSV: reads the header, resolves the instrument's columns (and the method), and
 * streams validated rows. Memory stays constant whatever the file size.
 *
 * UTF-8 input (the usual case) goes through the byte-level tokenizer, which parses numbers without
 * making strings; other encodings, and `tokenizer: 'csv-parse'`, go through csv-parse. Both give the
 * same rows.
 *
 * @throws {ServqualError} `E_NO_DATA` for an empty file; `ValidationError` for a missing or duplicate column.
 */
export async function readSurveyCsv(source: CsvSource, options: ReadSurveyCsvOptions): Promise<SurveyCsv> {
  const input = typeof source === 'string' ? createReadStream(source, { highWaterMark: 1 << 20 }) : source;
  const chunks = (input as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const asBuffer = (c: Buffer | string): Buffer => (typeof c === 'string' ? Buffer.from(c) : c);
  let first: IteratorResult<Buffer | string>;
  try {
    first = await chunks.next();
  } catch (error) {
    throw ioError(source, error);
  }
  const head = first.done === true ? Buffer.alloc(0) : asBuffer(first.value);
  let bytesRead = head.length;
  const progress = options.onProgress;
  progress?.(bytesRead);
  if (!usesFastTokenizer(head, options)) {
    const replay = Readable.from(
      (async function* () {
        if (first.done !== true) yield head;
        for (;;) {
          const next = await chunks.next();
          if (next.done === true) return;
          const chunk = asBuffer(next.value);
          bytesRead += chunk.length;
          progress?.(bytesRead);
          yield chunk;
        }
      })(),
    );
    return openWithCsvParse(source, replay, options);
  }
  try {
    const counted = (c: Buffer | string): Buffer => {
      const b = asBuffer(c);
      bytesRead += b.length;
      progress?.(bytesRead);
      return b;
    };
    return await openWithFastTokenizer(source, head, first.done === true, chunks, counted, options);
  } catch (error) {
    input.destroy(); // close the file before reporting the problem
    throw error;
  }
}

/**
 * Whether a file starting with `head` is read by the byte-level tokenizer: UTF-8 (given, or
 * detected: no UTF-16 mark or pattern, valid UTF-8), a one-byte delimiter, and csv-parse not asked for.
 */
export function usesFastTokenizer(head: Buffer, options: Pick<ReadSurveyCsvOptions, 'tokenizer' | 'encoding' | 'delimiter'>): boolean {
  return (
    options.tokenizer !== 'csv-parse' &&
    (options.encoding === undefined || options.encoding === 'auto' || options.encoding === 'utf-8') &&
    Buffer.byteLength(options.delimiter ?? ',') === 1 &&
    !(head[0] === 0xff && head[1] === 0xfe) &&
    !(head[0] === 0xfe && head[1] === 0xff) &&
    (options.encoding === 'utf-8' || (looksUtf16(head) === null && isUtf8Prefix(head)))
  );
}

/**
 * Reads a survey CSV and hands each validated row to a sink as soon as it is read, with no queue in
 * between (so `reuse` responses are safe): `start` receives the reader once the header is read and
 * returns the sink. The streaming analysis uses this; {@link readSurveyCsv} is the iterable form.
 */
export async function scanSurveyCsv(
  source: CsvSource,
  options: ReadSurveyCsvOptions,
  start: (reader: RowReader) => (row: RowResult) => void,
): Promise<RowReader> {
  let sink: ((row: RowResult) => void) | null = null;
  const survey = await readSurveyCsv(source, { ...options, onReader: (reader) => (sink = start(reader)), onRow: (row) => sink?.(row) });
  if (sink === null) sink = start(survey.reader);
  for await (const row of survey.rows) (sink as (row: RowResult) => void)(row);
  return survey.reader;
}

async function openWithCsvParse(source: CsvSource, input: Readable, options: ReadSurveyCsvOptions): Promise<SurveyCsv> {
  const records = readCsvRows(input, options);
  const first = await records.next();
  if (first.done === true) throw new ServqualError('E_NO_DATA', `${name(source)}: the file is empty (no header row)`);
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

async function openWithFastTokenizer(
  source: CsvSource,
  head: Buffer,
  empty: boolean,
  chunks: AsyncIterator<Buffer | string>,
  asBuffer: (c: Buffer | string) => Buffer,
  options: ReadSurveyCsvOptions,
): Promise<SurveyCsv> {
  const maxColumns = options.maxColumns ?? CSV_LIMITS.maxColumns;
  const onRow = options.onRow;
  let reader: RowReader | null = null;
  let row = 0;
  const queue: RowResult[] = [];
  const tokenizer = new FastCsvTokenizer(
    (record) => {
      if (reader === null) {
        if (record.length > maxColumns) {
          throw new ServqualError(
            'E_LIMIT',
            `the header has ${record.length} columns, more than maxColumns = ${maxColumns}; raise it with --max-columns (maxColumns in the API)`,
          );
        }
        reader = createRowReader(record.toArray(), options.instrument, options);
        options.onReader?.(reader);
        return;
      }
      const result = reader.readSource(record, ++row);
      if (onRow !== undefined) onRow(result);
      else queue.push(result);
    },
    { delimiter: options.delimiter ?? ',', maxFieldSize: options.maxFieldSize ?? CSV_LIMITS.maxFieldSize },
  );
  let done = empty;
  const pull = async (): Promise<void> => {
    if (done) return;
    let next: IteratorResult<Buffer | string>;
    try {
      next = await chunks.next();
    } catch (error) {
      throw ioError(source, error);
    }
    if (next.done === true) {
      done = true;
      tokenizer.end();
    } else tokenizer.push(asBuffer(next.value));
  };
  if (!empty) tokenizer.push(head);
  while (reader === null && !done) await pull();
  if (reader === null) {
    tokenizer.end();
    if (reader === null) throw new ServqualError('E_NO_DATA', `${name(source)}: the file is empty (no header row)`);
  }
  async function* rows(): AsyncGenerator<RowResult> {
    for (;;) {
      while (queue.length > 0) {
        // hand out what one chunk produced, then read the next chunk
        const batch = queue.splice(0, queue.length);
        for (const r of batch) yield r;
      }
      if (done) return;
      await pull();
    }
  }
  return { reader: reader as RowReader, rows: rows() };
}
