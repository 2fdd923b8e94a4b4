import { createReadStream } from 'node:fs';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { ServqualError } from '../errors.js';
import { DecodeStream, markedBytes, type InputEncoding, type InvalidUtf8 } from './decodeStream.js';
import { checkCsvLimits, csvLimitError, RECORD_SIZE_FACTOR } from './fastCsv.js';

/** A CSV source: a file path, or a readable stream of bytes (e.g. `process.stdin`). */
export type CsvSource = string | Readable;

/** Options of {@link readCsvRows}. */
export interface ReadCsvRowsOptions {
  /** Field delimiter, e.g. `;` (European Excel) or `\t`. Default `,`. */
  delimiter?: string | undefined;
  /** Text encoding. Default `auto` (BOM, else UTF-8, else GB18030 with a warning). */
  encoding?: InputEncoding | undefined;
  /**
   * Longest field, in bytes of UTF-8 as written between its quotes. Default 65,536. A record (row) may
   * take 64 times as many.
   */
  maxFieldSize?: number | undefined;
  /** Most fields in any row, the header's included. Default 10,000. */
  maxColumns?: number | undefined;
  /** Called with warnings, such as the encoding chosen for a file that is not UTF-8. */
  onWarning?: ((message: string) => void) | undefined;
  /**
   * @internal Bytes that are not valid UTF-8 in UTF-8 input: `error` (default) fails with `E_ENCODING`;
   * `mark` passes each ill-formed sequence on as a mark (U+FDD1–U+FDD3) for the caller to report (see DecodeStream).
   */
  invalidUtf8?: InvalidUtf8 | undefined;
}

/** Default limits. */
export const CSV_LIMITS = Object.freeze({ maxFieldSize: 65_536, maxColumns: 10_000 });

/**
 * The tokenizer interface: a CSV source in, rows of cells out (the header first). This one is
 * csv-parse, streaming, behind a decoder (UTF-8, UTF-16 with a BOM, GB18030: decided on the first MiB
 * however the bytes arrive) and the limits' guard; a byte-level tokenizer can replace it behind the
 * same interface.
 *
 * CRLF, LF and CR all end a line (mixed too), quoted fields may hold delimiters and newlines. Rows of the wrong
 * length and blank lines are passed through so validation can account for them.
 *
 * @throws {ServqualError} `E_CSV` on malformed CSV (naming the line), `E_ENCODING` on bytes that are not
 *   text in the encoding, `E_LIMIT` when a field or the header passes a limit (naming the option that
 *   raises it), `E_IO` when the file cannot be read.
 */
export async function* readCsvRows(source: CsvSource, options: ReadCsvRowsOptions = {}): AsyncGenerator<string[]> {
  checkCsvLimits(options);
  const maxFieldSize = options.maxFieldSize ?? CSV_LIMITS.maxFieldSize;
  const maxColumns = options.maxColumns ?? CSV_LIMITS.maxColumns;
  const input = typeof source === 'string' ? createReadStream(source) : source;
  const decoder = new DecodeStream(options.encoding ?? 'auto', options.onWarning, options.invalidUtf8);
  const delimiter = options.delimiter ?? ',';
  const limits = new CsvLimits(delimiter, maxFieldSize, maxColumns);
  // Records csv-parse has made and this generator not yet handed out: a stream that fails drops what it
  // holds, and the records before a problem must still come first, as they do on the fast path (a
  // header with a missing column is reported before malformed CSV further on).
  const made: string[][] = [];
  let taken = 0;
  const parser = parse({
    // DecodeStream has dropped the byte-order mark; a second U+FEFF is data, as the tokenizer reads it.
    bom: false,
    delimiter,
    relax_column_count: true,
    skip_empty_lines: false,
    // Every line end, even mixed in one file (CRLF first, so it is not read as CR then LF).
    record_delimiter: ['\r\n', '\n', '\r'],
    // CsvLimits bounds a record first; this only backs it up (for a delimiter it cannot follow).
    max_record_size: Math.max(maxFieldSize, 1) * RECORD_SIZE_FACTOR * 2,
    on_record: (record: string[]) => {
      made.push(record);
      return record;
    },
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
  limits.once('error', fail);
  input.pipe(decoder).pipe(limits).pipe(parser);
  const next = (): string[] => {
    const record = made[taken++] as string[];
    if (taken >= 1024) {
      made.splice(0, taken);
      taken = 0;
    }
    return record;
  };
  try {
    for await (const _ of parser as AsyncIterable<string[]>) yield next();
  } catch (error) {
    while (taken < made.length) yield next();
    if (failure !== undefined) throw failure;
    if (error instanceof ServqualError) throw error;
    const e = error as Error & { code?: string; lines?: number };
    if (e.code === 'CSV_MAX_RECORD_SIZE') {
      throw new ServqualError(
        'E_LIMIT',
        `a record near line ${e.lines ?? '?'} is longer than ${Math.max(maxFieldSize, 1) * RECORD_SIZE_FACTOR * 2} characters; raise --max-field-size (maxFieldSize in the API), or check for an unclosed quote`,
      );
    }
    throw new ServqualError('E_CSV', `malformed CSV${e.lines === undefined ? '' : ` at line ${e.lines}`}: ${e.message}`);
  } finally {
    if (typeof source === 'string') input.destroy();
  }
  if (failure !== undefined) throw failure;
  // CsvLimits ended the text before the record that passed a limit: now that the records before it are out, the error.
  if (limits.failure !== null) throw limits.failure;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Where {@link CsvLimits} is in a record. */
enum At {
  /** Before a field's first character. */
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: an escape ("") or the closing quote, as the next character says. */
  QuoteInQuoted,
  /** After a closing quote. */
  Closed,
  /** Past malformed quoting: csv-parse reports it there, and nothing more is checked. */
  Malformed,
}

/**
 * The CSV limits ahead of csv-parse, which bounds only a whole record and counts it its own way: a
 * transform on the decoded text that follows the quoting as FastCsvTokenizer does and fails where it
 * fails, with the same error (csvLimitError) — a field at its (maxFieldSize + 1)-th byte, a record at
 * its (maxColumns + 1)-th field or when a field ends past RECORD_SIZE_FACTOR × maxFieldSize bytes — so
 * memory stays bounded and one
 * file gives one answer on either path. Sizes are bytes of UTF-8; bytes that were not valid UTF-8 and
 * reached here as a mark (see DecodeStream) count as what they were. At malformed quoting it stops
 * checking, and csv-parse reports the error at that place, as the tokenizer would. It follows a
 * delimiter of one UTF-16 unit; with a longer one it passes the text through unchecked.
 *
 * It hands on whole records only, holding back the one being read (at most a record's limit). When one
 * passes a limit, the text ends before it: csv-parse makes the records before it, and readCsvRows then
 * throws {@link failure} — so a problem earlier in the file (say, in the header) is met first, in file
 * order, as the tokenizer meets it.
 */
class CsvLimits extends Transform {
  private readonly delimiter: number;
  private readonly delimiterBytes: number;
  private readonly maxRecordSize: number;
  private at = At.FieldStart;
  /** The line of the next character, the line its record started on, and the line of the open quote. */
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  /** Fields ended in this record; bytes of the field and of the record so far. */
  private fields = 0;
  private fieldBytes = 0;
  private recordBytes = 0;
  /** Whether this record has begun (a blank line is a record of one empty field). */
  private begun = false;
  private previousCR = false;

  /** Whether the record being read is the header (the first). */
  private header = true;
  /** The text of the record being read, held back until it is complete (or passes a limit). */
  private held = '';
  /** Where the last record ended in the chunk being checked (-1: none has). */
  private ended = -1;
  /** The limit a record passed: the text stops before that record, and readCsvRows throws this after the records before it. */
  failure: ServqualError | null = null;

  constructor(
    delimiter: string,
    private readonly maxFieldSize: number,
    private readonly maxColumns: number,
  ) {
    super({ decodeStrings: false, encoding: 'utf8' });
    this.delimiter = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
    this.delimiterBytes = Buffer.byteLength(delimiter);
    this.maxRecordSize = maxFieldSize * RECORD_SIZE_FACTOR;
    if (this.delimiter < 0) this.at = At.Malformed;
  }

  override _transform(chunk: string | Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (this.failure !== null) {
      done(); // past the end of the text: nothing more goes on
      return;
    }
    if (this.at === At.Malformed) {
      done(null, text);
      return;
    }
    this.ended = -1;
    try {
      this.check(text);
    } catch (error) {
      if (!(error instanceof ServqualError)) {
        done(error as Error);
        return;
      }
      // Hand on the records completed before the one that passed the limit, then end the text.
      if (this.ended >= 0) this.push(this.held + text.slice(0, this.ended));
      this.stop(error);
      done();
      return;
    }
    if ((this.at as At) === At.Malformed) {
      done(null, this.held + text); // csv-parse reports it where it is
      this.held = '';
      return;
    }
    if (this.ended < 0) {
      this.held += text;
      done();
      return;
    }
    const complete = this.held + text.slice(0, this.ended);
    this.held = text.slice(this.ended);
    done(null, complete);
  }

  override _flush(done: TransformCallback): void {
    if (this.failure === null && this.at !== At.Malformed) {
      try {
        if (this.at === At.QuoteInQuoted) this.endField();
        else if (this.at === At.Unquoted || (this.at === At.FieldStart && this.begun)) this.endField();
      } catch (error) {
        if (!(error instanceof ServqualError)) {
          done(error as Error);
          return;
        }
        this.stop(error);
        done();
        return;
      }
    }
    done(null, this.failure === null ? this.held : '');
  }

  private stop(error: ServqualError): void {
    this.failure = error;
    this.held = '';
    this.push(null);
  }

  /** UTF-8 bytes of the UTF-16 unit c (a surrogate pair counts 2 + 2; a mark of bad bytes, those bytes). */
  private bytes(c: number): number {
    if (c < 0x80) return 1;
    if (c < 0x800) return 2;
    if (c >= 0xd800 && c <= 0xdfff) return 2;
    return markedBytes(c) || 3;
  }

  private check(text: string): void {
    const delimiter = this.delimiter;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const size = this.bytes(c);
      const afterCR = this.previousCR;
      this.previousCR = c === CR;
      switch (this.at) {
        case At.Quoted:
          if (c === QUOTE) {
            this.at = At.QuoteInQuoted;
            continue;
          }
          if (c === CR || (c === LF && !afterCR)) this.line++;
          this.grow(size);
          continue;
        case At.QuoteInQuoted:
          if (c === QUOTE) {
            this.at = At.Quoted;
            this.grow(2);
            continue;
          }
          this.recordBytes++; // the closing quote
          this.endField();
          this.at = At.Closed;
          break; // c follows a closing quote
        default:
          break;
      }
      // Outside quotes: a line end, a delimiter, the start of a quoted field, or a character of an unquoted one.
      if (c === CR || c === LF) {
        if (c === LF && afterCR) {
          this.ended = i + 1; // the LF of a CRLF
          continue;
        }
        if (this.at !== At.Closed) this.endField();
        this.line++;
        this.newRecord();
        this.ended = i + 1;
        continue;
      }
      if (c === delimiter) {
        if (this.at !== At.Closed) this.endField();
        this.recordBytes += this.delimiterBytes;
        this.at = At.FieldStart;
        this.begun = true;
        continue;
      }
      if (this.at === At.Closed || (c === QUOTE && this.at === At.Unquoted)) {
        this.at = At.Malformed; // csv-parse fails here
        return;
      }
      this.begun = true;
      if (c === QUOTE) {
        this.at = At.Quoted;
        this.quoteLine = this.line;
        this.recordBytes++;
        continue;
      }
      this.at = At.Unquoted;
      this.fieldBytes += size;
      this.recordBytes += size;
      if (this.fieldBytes > this.maxFieldSize) throw csvLimitError.field(this.line, this.fields + 1, this.maxFieldSize);
    }
  }

  /** Adds bytes to an open quoted field. */
  private grow(size: number): void {
    this.fieldBytes += size;
    this.recordBytes += size;
    if (this.fieldBytes > this.maxFieldSize) throw csvLimitError.quoted(this.quoteLine, this.fields + 1, this.maxFieldSize);
  }

  private endField(): void {
    this.fields++;
    if (this.fields > this.maxColumns) throw csvLimitError.cells(this.recordLine, this.maxColumns, this.header);
    if (this.recordBytes > this.maxRecordSize) throw csvLimitError.record(this.recordLine, this.maxRecordSize);
    this.fieldBytes = 0;
  }

  private newRecord(): void {
    this.header = false;
    this.fields = 0;
    this.recordBytes = 0;
    this.fieldBytes = 0;
    this.begun = false;
    this.at = At.FieldStart;
    this.recordLine = this.line;
  }
}
