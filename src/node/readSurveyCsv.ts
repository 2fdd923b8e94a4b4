import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { ServqualError } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import { createRowReader, type RowReader, type RowReaderOptions, type RowResult } from '../data/createRowReader.js';
import { parseCell, type NumberRules } from '../data/parseCell.js';
import { detectHeaderRows, headerFromRows, MAX_HEADER_ROWS, type HeaderRows } from '../data/headerRows.js';
import type { CellSource } from '../data/createRowReader.js';
import { hasMarkedBytes, SNIFF_BYTES, sniffEncoding, unmark, utf16BomDelimiter } from './decodeStream.js';
import { FastCsvTokenizer } from './fastCsv.js';
import { CSV_LIMITS, readCsvRows, type CsvSource, type ReadCsvRowsOptions } from './readCsvRows.js';

/** Options of {@link readSurveyCsv}. */
export interface ReadSurveyCsvOptions extends RowReaderOptions, ReadCsvRowsOptions {
  instrument: Instrument;
  /** `fast` (default): the byte-level tokenizer for UTF-8 input, csv-parse otherwise; `csv-parse`: always csv-parse. */
  tokenizer?: 'fast' | 'csv-parse' | undefined;
  /**
   * How many header rows the file has: 3 for a Qualtrics export (ids, question text, import ids), 2
   * for a SurveyMonkey one. Default: detected from the first rows (see `detectHeaderRows`). Header rows
   * are not data rows: rows keep the file's numbering, so with three the first data row is row 3 (the
   * file's fourth record).
   */
  headerRows?: number | undefined;
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
 * A survey platform's export has more than one header row: Qualtrics' three, SurveyMonkey's two
 * (detected, or `headerRows`). Columns are then matched by the row of ids, and the question text is
 * kept for items the instrument gives no wording (`reader.columns.questions`).
 *
 * UTF-8 input (the usual case) goes through the byte-level tokenizer, which parses numbers without
 * making strings; other encodings, and `tokenizer: 'csv-parse'`, go through csv-parse. Both give the
 * same rows.
 *
 * @throws {ServqualError} `E_NO_DATA` for an empty file; `ValidationError` for a missing or duplicate column.
 */
export async function readSurveyCsv(source: CsvSource, options: ReadSurveyCsvOptions): Promise<SurveyCsv> {
  const rows = options.headerRows;
  if (rows !== undefined && !(Number.isInteger(rows) && rows >= 1 && rows <= MAX_HEADER_ROWS))
    throw new ServqualError('E_INVALID_OPTION', `readSurveyCsv: headerRows must be a whole number from 1 to ${MAX_HEADER_ROWS}, got ${String(rows)}`, {
      option: 'headerRows',
    });
  const input = typeof source === 'string' ? createReadStream(source, { highWaterMark: 1 << 20 }) : source;
  const chunks = (input as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const asBuffer = (c: Buffer | string): Buffer => (typeof c === 'string' ? Buffer.from(c) : c);
  // The first MiB (or all of a shorter input), whatever size of chunks the source gives — a file
  // 1 MiB, a pipe 64 KiB: the encoding and the reader are decided on it.
  const parts: Buffer[] = [];
  let bytesRead = 0;
  let ended = false;
  const progress = options.onProgress;
  try {
    while (bytesRead < SNIFF_BYTES) {
      const next = await chunks.next();
      if (next.done === true) {
        ended = true;
        break;
      }
      const chunk = asBuffer(next.value);
      parts.push(chunk);
      bytesRead += chunk.length;
      progress?.(bytesRead);
    }
  } catch (error) {
    throw ioError(source, error);
  }
  const head = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  const empty = ended && head.length === 0;
  // A UTF-16 BOM (Excel's "Unicode text") implies tabs when no delimiter is given.
  const encoding = options.encoding ?? 'auto';
  const utf16 = options.delimiter === undefined && (encoding === 'auto' || encoding === 'utf-16le' || encoding === 'utf-16be');
  const implied = utf16 ? utf16BomDelimiter(head) : null;
  const reading = implied === null ? options : { ...options, delimiter: implied };
  if (!usesFastTokenizer(head, reading)) {
    const replay = Readable.from(
      (async function* () {
        if (!empty) yield head;
        if (ended) return;
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
    return openWithCsvParse(source, replay, reading);
  }
  try {
    const counted = (c: Buffer | string): Buffer => {
      const b = asBuffer(c);
      bytesRead += b.length;
      progress?.(bytesRead);
      return b;
    };
    return await openWithFastTokenizer(source, head, empty, chunks, counted, reading);
  } catch (error) {
    input.destroy(); // close the file before reporting the problem
    throw error;
  }
}

/**
 * Whether a file starting with `head` is read by the byte-level tokenizer: UTF-8 (given, or sniffed
 * from the first {@link SNIFF_BYTES} bytes by {@link sniffEncoding}, which DecodeStream uses too), a
 * one-byte delimiter, and csv-parse not asked for.
 *
 * @param head - the input's first bytes: at least SNIFF_BYTES of them, or all when it is shorter
 */
export function usesFastTokenizer(head: Buffer, options: Pick<ReadSurveyCsvOptions, 'tokenizer' | 'encoding' | 'delimiter'>): boolean {
  return (
    options.tokenizer !== 'csv-parse' &&
    (options.encoding === undefined || options.encoding === 'auto' || options.encoding === 'utf-8') &&
    Buffer.byteLength(options.delimiter ?? ',') === 1 &&
    (options.encoding === 'utf-8' || sniffEncoding(head.subarray(0, SNIFF_BYTES), head.length < SNIFF_BYTES).encoding === 'utf-8')
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
  // Bytes that are not UTF-8 come marked, and the row holding them is reported, as the tokenizer does.
  const records = readCsvRows(input, { ...options, invalidUtf8: 'mark' });
  // The first records, to find the header rows in; those past them are data rows.
  const first: string[][] = [];
  let reader: RowReader;
  let count: number;
  // A problem in a record read ahead (malformed CSV on line 3) comes after the header's own, in file
  // order, as on the fast path: it is thrown when the rows reach it.
  let ahead: { error: unknown } | null = null;
  try {
    while (first.length < (options.headerRows ?? MAX_HEADER_ROWS)) {
      let next: IteratorResult<string[]>;
      try {
        next = await records.next();
      } catch (error) {
        if (first.length === 0) throw error;
        ahead = { error };
        break;
      }
      if (next.done === true) break;
      first.push(next.value);
    }
    if (first.length === 0) throw new ServqualError('E_NO_DATA', `${name(source)}: the file is empty (no header row)`);
    count = options.headerRows ?? detectHeaderRows(first);
    if (first.length < count) throw ahead === null ? tooFewRecords(source, first.length, count) : ahead.error;
    for (const record of first.slice(0, count)) {
      const bad = record.findIndex(hasMarkedBytes);
      if (bad >= 0) throw invalidHeader(bad, unmark(record[bad] as string));
    }
    reader = readerOf(first.slice(0, count), options);
  } catch (error) {
    await records.return(undefined);
    throw error;
  }
  async function* rows(): AsyncGenerator<RowResult> {
    // Rows keep the file's numbering: the first header row is the header, the others count as rows.
    let row = count - 1;
    const cells = new TextCells();
    for (const record of first.slice(count)) {
      cells.cells = record;
      yield reader.readSource(cells, ++row);
    }
    if (ahead !== null) throw ahead.error;
    for await (const record of records) {
      cells.cells = record;
      yield reader.readSource(cells, ++row);
    }
  }
  return { reader, rows: rows() };
}

/**
 * The header of a survey file, read from its header rows as {@link readSurveyCsv} reads them (detected,
 * or `headerRows`), without matching it to an instrument: for `servqual template --map`.
 *
 * @param source - a file path or a stream of its bytes
 * @param options - how to read it: delimiter, encoding, limits, `headerRows`
 * @returns the column names and the question text (see `headerFromRows`)
 * @throws {ServqualError} `E_NO_DATA` for an empty file, or one with fewer records than `headerRows`
 */
export async function readSurveyHeader(source: CsvSource, options: ReadCsvRowsOptions & { headerRows?: number | undefined } = {}): Promise<HeaderRows> {
  const first: string[][] = [];
  const records = readCsvRows(source, options);
  try {
    while (first.length < (options.headerRows ?? MAX_HEADER_ROWS)) {
      const next = await records.next();
      if (next.done === true) break;
      first.push(next.value);
    }
  } finally {
    await records.return(undefined);
  }
  if (first.length === 0) throw new ServqualError('E_NO_DATA', `${name(source)}: the file is empty (no header row)`);
  const count = options.headerRows ?? detectHeaderRows(first);
  if (first.length < count) throw tooFewRecords(source, first.length, count);
  return headerFromRows(first.slice(0, count));
}

/** The row reader of a file whose header rows are `records`. */
function readerOf(records: ReadonlyArray<readonly string[]>, options: ReadSurveyCsvOptions): RowReader {
  const { header, questions } = headerFromRows(records);
  return createRowReader(header, options.instrument, questions === undefined ? options : { ...options, questions });
}

function tooFewRecords(source: CsvSource, records: number, count: number): ServqualError {
  return new ServqualError('E_NO_DATA', `${name(source)}: ${records} record${records === 1 ? '' : 's'}, fewer than the ${count} header rows (--header-rows)`);
}

/**
 * How many header rows a UTF-8 file starting with `head` has: `headerRows` when given, else detected
 * (see `detectHeaderRows`) from its first records.
 *
 * @param head - the file's first bytes (the first MiB, or all of a shorter file)
 */
export function headerRowsIn(head: Buffer, options: Pick<ReadSurveyCsvOptions, 'headerRows' | 'delimiter'>): number {
  return options.headerRows ?? detectHeaderRows(firstRecords(head.toString('utf8'), options.delimiter ?? ','));
}

/**
 * Whether a UTF-8 file starting with `head` must be read in one stream rather than in threads: it
 * has several header rows (a survey platform's export), or a column map is given as an option (the
 * threads' readers are made from the instrument, which carries only its own `columns.map`).
 */
export function needsOneStream(head: Buffer, options: Pick<ReadSurveyCsvOptions, 'headerRows' | 'delimiter' | 'columnMap'>): boolean {
  return options.columnMap !== undefined || headerRowsIn(head, options) > 1;
}

/**
 * The first {@link MAX_HEADER_ROWS} records of CSV text, to detect header rows in: quoted fields may
 * hold delimiters, quotes ("") and line ends; CRLF, LF and CR end a record. Malformed quoting ends
 * the look; the tokenizer reports it when the file is read.
 */
function firstRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length && records.length < MAX_HEADER_ROWS) {
    const c = text[i] as string;
    if (c === '"' && field === '') {
      const close = quotedEnd(text, i + 1);
      if (close < 0) break;
      field = text.slice(i + 1, close).replaceAll('""', '"');
      i = close + 1;
      continue;
    }
    if (c === delimiter) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (records.length < MAX_HEADER_ROWS && (record.length > 0 || field !== '')) records.push([...record, field]);
  return records;
}

/** The index of the quote closing a quoted field whose text starts at `from`, or -1. */
function quotedEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') i++;
    else return i;
  }
  return -1;
}

/** A header cell with bytes that are not UTF-8: the file cannot be read as UTF-8. */
function invalidHeader(column: number, shown: string): ServqualError {
  return new ServqualError(
    'E_ENCODING',
    `the header is not valid UTF-8 at column ${column + 1} ("${shown}"); give --encoding if the file is in another encoding`,
  );
}

/** A record from csv-parse as a CellSource that reports bytes marked as not UTF-8 (see DecodeStream). */
class TextCells implements CellSource {
  cells: string[] = [];
  get length(): number {
    return this.cells.length;
  }
  number(i: number, rules: NumberRules): number | undefined {
    return parseCell(this.cells[i], rules.missing, rules.decimal);
  }
  text(i: number): string {
    const cell = this.cells[i] ?? '';
    return hasMarkedBytes(cell) ? unmark(cell) : cell;
  }
  invalid(): number {
    return this.cells.findIndex(hasMarkedBytes);
  }
}

async function openWithFastTokenizer(
  source: CsvSource,
  head: Buffer,
  empty: boolean,
  chunks: AsyncIterator<Buffer | string>,
  asBuffer: (c: Buffer | string) => Buffer,
  options: ReadSurveyCsvOptions,
): Promise<SurveyCsv> {
  const onRow = options.onRow;
  let reader: RowReader | null = null;
  // Header rows are found in the first MiB, so every data row goes through the one callback below.
  const count = headerRowsIn(head, options);
  const headerRecords: string[][] = [];
  // Rows keep the file's numbering: the first header row is the header, the others count as rows.
  let row = count - 1;
  const queue: RowResult[] = [];
  const tokenizer = new FastCsvTokenizer(
    (record) => {
      if (reader === null) {
        const bad = record.invalid();
        if (bad >= 0) throw invalidHeader(bad, record.text(bad));
        headerRecords.push(record.toArray());
        if (headerRecords.length < count) return;
        reader = readerOf(headerRecords, options);
        options.onReader?.(reader);
        return;
      }
      const result = reader.readSource(record, ++row);
      if (onRow !== undefined) onRow(result);
      else queue.push(result);
    },
    {
      delimiter: options.delimiter ?? ',',
      maxFieldSize: options.maxFieldSize ?? CSV_LIMITS.maxFieldSize,
      maxColumns: options.maxColumns ?? CSV_LIMITS.maxColumns,
    },
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
    if (reader === null && headerRecords.length > 0) throw tooFewRecords(source, headerRecords.length, count);
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
