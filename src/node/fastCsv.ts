import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { ServqualError } from '../errors.js';
import { parseCell, type NumberRules } from '../data/parseCell.js';
import { CsvRecordKernel, DECLINED, KERNEL_MAX_BYTES } from './CsvRecordKernel.js';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
/** FieldView.ints of a quoted field. */
const QUOTED = -2;

// ignoreBOM: a U+FEFF inside a field is data (only the file's first bytes are a byte-order mark).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// For a field with bytes that are not UTF-8 (its row is reported): each bad sequence shows as U+FFFD.
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** How many times maxFieldSize a whole record (row) may take, in bytes. */
export const RECORD_SIZE_FACTOR = 64;

/** 65536 → "65,536", without depending on a locale. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The errors of the CSV limits, in the words both readers use (this tokenizer and csv-parse behind its
 * guard in readCsvRows), so one file gives one message whichever reads it. Sizes are bytes of UTF-8
 * as written in the file, quotes included in a record's size and excluded from a field's.
 */
export const csvLimitError = {
  /** An unquoted field passed `max` bytes. */
  field: (line: number, field: number, max: number): ServqualError =>
    new ServqualError(
      'E_LIMIT',
      `line ${line}, field ${field}: longer than maxFieldSize = ${grouped(max)} bytes; raise it with --max-field-size (maxFieldSize in the API)`,
    ),
  /** A quoted field opened on `line` passed `max` bytes without closing. */
  quoted: (line: number, field: number, max: number): ServqualError =>
    new ServqualError(
      'E_LIMIT',
      `line ${line}, field ${field}: a quoted field opened here is still open after ${grouped(max)} bytes (maxFieldSize); check for a quote that is not closed, or raise --max-field-size (maxFieldSize in the API)`,
    ),
  /** The record that starts on `line` (the header when `header`) has more than `max` fields. */
  cells: (line: number, max: number, header: boolean): ServqualError =>
    new ServqualError(
      'E_LIMIT',
      header
        ? `the header has more than ${grouped(max)} columns (maxColumns); raise it with --max-columns (maxColumns in the API)`
        : `line ${line}: the row has more than ${grouped(max)} cells (maxColumns); raise it with --max-columns (maxColumns in the API)`,
    ),
  /** The record that starts on `line` passed `max` bytes. */
  record: (line: number, max: number): ServqualError =>
    new ServqualError(
      'E_LIMIT',
      `line ${line}: the row is longer than ${grouped(max)} bytes (${RECORD_SIZE_FACTOR} × maxFieldSize); check for a quote that is not closed, or raise --max-field-size (maxFieldSize in the API)`,
    ),
};

/**
 * Checks the CSV limits both readers take (maxFieldSize, maxColumns): each a whole number of at least 1.
 * A limit that is not whole would make a record limit that is not either, and csv-parse refuses one.
 * @throws {ServqualError} `E_INVALID_OPTION` naming the option and the value
 */
export function checkCsvLimits(limits: { maxFieldSize?: number | undefined; maxColumns?: number | undefined }): void {
  for (const option of ['maxFieldSize', 'maxColumns'] as const) {
    const value = limits[option];
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
      throw new ServqualError('E_INVALID_OPTION', `${option} must be a whole number of at least 1, got ${String(value)}`, { option });
    }
  }
}

/** Slots of each column's cache in {@link FieldView.label}: room for a few years of distinct dates. */
const LABEL_SLOTS = 4096;

/** Whether a latin1 string holds exactly the bytes buf[start…end). */
function sameLatin1(s: string, buf: Buffer, start: number, end: number): boolean {
  if (s.length !== end - start) return false;
  for (let p = start; p < end; p++) if (s.charCodeAt(p - start) !== buf[p]) return false;
  return true;
}

/**
 * One record of a {@link FastCsvTokenizer}: field boundaries into the tokenizer's buffer, read on
 * demand. Numbers are parsed straight from the bytes; a string is made only when text is asked for
 * (or when a cell is not a plain decimal number). Valid only during the callback that received it.
 */
export class FieldView {
  /** Bytes of the current buffer. */
  buf: Buffer = Buffer.alloc(0);
  starts: Int32Array = new Int32Array(64);
  ends: Int32Array = new Int32Array(64);
  /**
   * The field's value when it is a plain unsigned integer of 1–15 digits (read during the scan);
   * else -1, or QUOTED for a quoted field (its text may hold "" escapes). One array for both saves a
   * store per cell.
   */
  ints: Float64Array = new Float64Array(64);
  length = 0;
  /** 1-based line of the record's first byte, for messages. */
  line = 0;
  /** The bytes of the record OR'ed together: below 0x80, the record is ASCII (and so valid UTF-8). */
  high = 0;
  /** The kernel whose arrays the fields are read from, if any (see {@link useKernel}; {@link push} may outgrow them). */
  private kernel: CsvRecordKernel | null = null;
  /** How many values of the array {@link numbersView} gave last are numbers. */
  numbersInView = 0;
  /** Per column, the cache of {@link label}: direct-mapped slots of recent values. */
  private readonly labels: Array<string[] | undefined> = [];
  /** Most fields a record may have (see {@link limit}). */
  private maxFields = Number.POSITIVE_INFINITY;
  /**
   * How many fields {@link push} takes before its slow path: the arrays' size, or maxFields when
   * smaller. So the check of a record's field count costs nothing beyond the check for room.
   */
  private room = 64;
  /** Called by {@link push} for a field past maxFields: it throws. */
  private tooMany: () => never = () => {
    throw new Error('unreachable: no field limit set');
  };

  /** The field as text (quotes removed, "" unescaped). */
  text(i: number): string {
    if (i >= this.length) return '';
    const start = this.starts[i] as number;
    const end = this.ends[i] as number;
    // Short ASCII fields (branch codes, dates) are most text cells: read them as latin1, which is the
    // same string for ASCII bytes and much cheaper than a UTF-8 decoder call.
    let ascii = end - start <= 64;
    for (let p = start; ascii && p < end; p++) if ((this.buf[p] as number) >= 0x80) ascii = false;
    if (ascii) {
      const s = this.buf.toString('latin1', start, end);
      return this.ints[i] === QUOTED ? s.replaceAll('""', '"') : s;
    }
    let s: string;
    try {
      s = utf8.decode(this.buf.subarray(start, end));
    } catch {
      s = lenient.decode(this.buf.subarray(start, end)); // see invalid()
    }
    return this.ints[i] === QUOTED ? s.replaceAll('""', '"') : s;
  }

  /**
   * The first field whose bytes are not valid UTF-8, or -1 (its {@link text} shows them as U+FFFD).
   * Every byte of the record is checked, in fields nobody reads too; an ASCII record costs nothing.
   */
  invalid(): number {
    if (this.high < 0x80 || this.length === 0) return -1;
    const buf = this.buf;
    // Between fields lie only delimiters and quotes (ASCII): the record is valid when its span is.
    if (isUtf8(buf.subarray(this.starts[0] as number, this.ends[this.length - 1] as number))) return -1;
    for (let i = 0; i < this.length; i++) if (!isUtf8(buf.subarray(this.starts[i] as number, this.ends[i] as number))) return i;
    return -1;
  }

  /**
   * The field as {@link text} gives it, but one shared string for the same bytes in the same column:
   * for group keys (a branch, a date), which repeat. A short unquoted ASCII field is looked up in a
   * small per-column cache by a hash of its bytes, so a repeated value makes no string, and the maps
   * it is looked up in next find its hash already computed. A miss (or another kind of field) costs
   * one hash more than {@link text}; a column of unique values just misses.
   */
  label(i: number): string {
    if (i >= this.length || this.ints[i] === QUOTED) return this.text(i);
    const start = this.starts[i] as number;
    const end = this.ends[i] as number;
    if (end - start > 64) return this.text(i);
    const b = this.buf;
    let h = 0x811c9dc5; // FNV-1a
    for (let p = start; p < end; p++) {
      const c = b[p] as number;
      if (c >= 0x80) return this.text(i);
      h = Math.imul(h ^ c, 0x01000193);
    }
    // biome-ignore lint/suspicious/noAssignInExpressions: made on first use, once per column
    const slots = this.labels[i] ?? (this.labels[i] = new Array<string>(LABEL_SLOTS).fill(''));
    const slot = (h ^ (h >>> 16)) & (LABEL_SLOTS - 1);
    const cached = slots[slot] as string;
    if (sameLatin1(cached, b, start, end)) return cached;
    const s = b.toString('latin1', start, end);
    slots[slot] = s;
    return s;
  }

  /**
   * The field as a number with the same rules as {@link parseCell}: `NaN` for a missing answer,
   * `undefined` when not a number. Plain integers were read during the scan and plain decimals
   * (`-1.5`) are read from the bytes; anything else, and any value a numeric missing token has (`99`),
   * goes through `parseCell` on the text, so both paths agree by construction.
   */
  number(i: number, rules: NumberRules): number | undefined {
    const x = this.fastNumber(i, rules);
    if (x === undefined || (rules.missingNumbers.size > 0 && rules.missingNumbers.has(x))) return parseCell(this.text(i), rules.missing, rules.decimal);
    return x;
  }

  /**
   * Reads the fields at `columns` into `out` as {@link number} would, in one call (a row's items),
   * when every one is a missing answer or a number from `min` to `max`; returns how many are numbers,
   * or -1 at the first field that is neither (`out` is then partly written).
   */
  numbersWithin(columns: Int32Array, out: Float64Array, rules: NumberRules, min: number, max: number): number {
    const ints = this.ints;
    const length = this.length;
    const missingNumbers = rules.missingNumbers.size > 0 ? rules.missingNumbers : null;
    let numbers = 0;
    for (let k = 0; k < columns.length; k++) {
      const i = columns[k] as number;
      const int = i < length ? (ints[i] as number) : -1;
      let x: number | undefined;
      if (int >= 0 && (missingNumbers === null || !missingNumbers.has(int))) x = int;
      else {
        x = this.number(i, rules);
        if (x === undefined) return -1;
        if (x !== x) {
          out[k] = x;
          continue;
        }
      }
      if (x < min || x > max) return -1;
      out[k] = x;
      numbers++;
    }
    return numbers;
  }

  /**
   * The fields at `columns` as {@link numbersWithin} reads them, read by the kernel into its memory, when
   * every one is a plain integer from `min` to `max` or an empty missing answer; else null. Valid until
   * the next record; {@link numbersInView} says how many are numbers.
   */
  numbersView(columns: Int32Array, rules: NumberRules, min: number, max: number): Float64Array | null {
    const kernel = this.kernel;
    // the fields lie in the kernel's arrays, and no numeric missing code (99) needs a look at the text
    if (kernel === null || this.ints !== kernel.ints || rules.missingNumbers.size > 0) return null;
    const numbers = kernel.gather(columns, this.length, min, max, rules.missing.has(''));
    if (numbers < 0) return null;
    this.numbersInView = numbers;
    return kernel.gathered;
  }

  /** The number of a field in the common shapes, or `undefined` for parseCell to decide. */
  private fastNumber(i: number, rules: NumberRules): number | undefined {
    if (i >= this.length) return undefined;
    const int = this.ints[i] as number;
    if (int >= 0) return int;
    const b = this.buf;
    let p = this.starts[i] as number;
    const end = this.ends[i] as number;
    // An empty cell is a missing answer when '' is a missing token (the default), without decoding it.
    if (p === end) return rules.missing.has('') ? Number.NaN : undefined;
    if (int === QUOTED) return undefined;
    let sign = 1;
    const first = b[p] as number;
    if (first === 0x2d || first === 0x2b) {
      sign = first === 0x2d ? -1 : 1;
      p++;
    }
    let value = 0;
    let digits = 0;
    while (p < end) {
      const c = (b[p] as number) - 0x30;
      if (c < 0 || c > 9) break;
      value = value * 10 + c;
      digits++;
      p++;
    }
    if (p === end && digits > 0 && digits < 16) return sign * value;
    const mark = rules.decimal === ',' ? 0x2c : 0x2e;
    if (p < end && b[p] === mark && digits > 0 && digits < 16) {
      p++;
      let frac = 0;
      let scale = 1;
      let fd = 0;
      while (p < end) {
        const c = (b[p] as number) - 0x30;
        if (c < 0 || c > 9) break;
        frac = frac * 10 + c;
        scale *= 10;
        fd++;
        p++;
      }
      // With at most 15 digits in all, value·scale + frac and scale are exact integers, and one
      // division of exact integers is correctly rounded: the double Number() gives. (value + frac/scale
      // rounds twice: 1 + 0.91 is 1.9100000000000001.)
      if (p === end && fd > 0 && digits + fd <= 15) return (sign * (value * scale + frac)) / scale;
    }
    return undefined;
  }

  /** The record as strings (for tests and the slow path). */
  toArray(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.text(i));
  }

  /**
   * Limits the fields of a record to `maxFields`: {@link push} calls `tooMany` (which throws) instead
   * of adding field maxFields + 1.
   */
  limit(maxFields: number, tooMany: () => never): void {
    this.maxFields = maxFields;
    this.tooMany = tooMany;
    this.room = Math.min(this.starts.length, maxFields);
  }

  /** Reads fields from a kernel's arrays from now on, which it and {@link push} write (null: from arrays of its own). */
  useKernel(kernel: CsvRecordKernel | null): void {
    this.kernel = kernel;
    this.starts = kernel === null ? new Int32Array(64) : kernel.starts;
    this.ends = kernel === null ? new Int32Array(64) : kernel.ends;
    this.ints = kernel === null ? new Float64Array(64) : kernel.ints;
    this.room = Math.min(this.starts.length, this.maxFields);
  }

  push(start: number, end: number, quoted: boolean, int = -1): void {
    if (this.length === this.room) {
      if (this.length >= this.maxFields) this.tooMany();
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const out = make(a.length * 2);
        out.set(a);
        return out;
      };
      this.starts = grow(this.starts, (n) => new Int32Array(n));
      this.ends = grow(this.ends, (n) => new Int32Array(n));
      this.ints = grow(this.ints, (n) => new Float64Array(n));
      this.room = Math.min(this.starts.length, this.maxFields);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.ints[this.length] = quoted ? QUOTED : int;
    this.length++;
  }
}

/** Options of {@link FastCsvTokenizer}. */
export interface FastCsvOptions {
  /** One-byte delimiter. Default `,`. */
  delimiter?: string;
  /**
   * Longest field in bytes, as written between its quotes (a `""` escape counts 2). Default 65,536
   * (as `maxFieldSize`). A record may take {@link RECORD_SIZE_FACTOR} times as many bytes.
   */
  maxFieldSize?: number;
  /** Most fields in any record, the header's included. Default 10,000 (as `maxColumns`). */
  maxColumns?: number;
  /**
   * Drop a UTF-8 byte-order mark at the start, and read the first record as the header (for messages).
   * Default true; false for a range that starts mid-file.
   */
  bom?: boolean;
  /** The 1-based line the first byte is on, for messages. Default 1; more for a range that starts mid-file. */
  line?: number;
  /**
   * Plain records (unquoted fields, LF or CRLF) are read by the WebAssembly kernel (wasm/csvRecord.ts),
   * where the runtime has SIMD, from the first push that brings this many bytes. Default 65,536:
   * below that, making a kernel (its memory, sized to the input) costs more than it saves. 0 uses it
   * from the first byte and Infinity never (the tests compare the two).
   */
  kernelFrom?: number;
}

const INT32_MAX = 0x7fffffff;

/** Default of FastCsvOptions.kernelFrom. */
const KERNEL_FROM = 65_536;

/** Records the kernel declined (not those the bytes had not ended), beyond which it is dropped when they outnumber its own. */
const KERNEL_MISSES = 64;

/**
 * A streaming, byte-level CSV tokenizer (RFC 4180): quoted fields with delimiters, newlines and ""
 * escapes; CRLF, LF or CR line ends (mixed too); a UTF-8 BOM. It accepts exactly what csv-parse does
 * with servqual's options (`relax_column_count`, no skipping of empty lines) and yields the same
 * records — the tests check that on generated and fuzzed inputs — but makes no string per cell.
 * Plain records (unquoted fields ending in LF or CRLF, most of a survey) are read by a WebAssembly
 * SIMD kernel where the runtime has one (see {@link CsvRecordKernel}); the rest here, in JavaScript,
 * with the same result either way.
 *
 * Feed it byte chunks with {@link push} and finish with {@link end}; each record is passed to
 * `onRecord` as a {@link FieldView} over the current bytes.
 */
export class FastCsvTokenizer {
  private readonly view = new FieldView();
  private readonly delimiter: number;
  private readonly maxFieldSize: number;
  private readonly maxRecordSize: number;
  private readonly maxColumns: number;
  /** Whether the next record is the file's header. */
  private header: boolean;
  /** The incomplete record at the end of the bytes so far: a view into `work`. */
  private rest: Buffer = Buffer.alloc(0);
  /**
   * Where the incomplete tail and the next chunk are joined. Reused for every chunk: a new buffer per
   * chunk would be garbage the GC frees late, and peak memory would grow with it.
   */
  private work: Buffer = Buffer.alloc(0);
  private line = 1;
  private started = false;
  /**
   * The kernel that reads plain records, or null. While it is on, every chunk is copied into its
   * memory (`work` lies there), and a record it declines is read again by the JavaScript path. A file
   * where most records are declined (quoted text in every row) drops it after KERNEL_MISSES. Bytes
   * that outgrow its memory (a long record) move to a bigger kernel, up to KERNEL_MAX_BYTES; past
   * that the tokenizer reads on without one.
   */
  private kernel: CsvRecordKernel | null = null;
  /** Bytes of a push that make the kernel (see FastCsvOptions.kernelFrom); Infinity once it was made, or dropped. */
  private kernelFrom: number;
  private kernelHits = 0;
  private kernelMisses = 0;

  constructor(
    private readonly onRecord: (record: FieldView) => void,
    options: FastCsvOptions = {},
  ) {
    const d = Buffer.from(options.delimiter ?? ',');
    if (d.length !== 1 || d[0] === QUOTE || d[0] === CR || d[0] === LF) {
      throw new ServqualError(
        'E_INVALID_OPTION',
        `the fast CSV path takes a one-byte delimiter other than a quote or line end, got ${JSON.stringify(options.delimiter)}`,
      );
    }
    this.delimiter = d[0] as number;
    checkCsvLimits(options);
    this.maxFieldSize = options.maxFieldSize ?? 65_536;
    this.maxRecordSize = this.maxFieldSize * RECORD_SIZE_FACTOR;
    this.maxColumns = options.maxColumns ?? 10_000;
    this.header = options.bom !== false;
    this.started = options.bom === false;
    this.line = options.line ?? 1;
    this.view.limit(this.maxColumns, () => this.tooBig(this.maxColumns + 1));
    this.kernelFrom = options.kernelFrom ?? KERNEL_FROM;
  }

  /**
   * Makes a kernel with room for `n` bytes, twice that for the pushes to come (or drops the kernel
   * where the runtime has none, or for more than it holds), and moves the tail into its memory.
   */
  private startKernel(n: number): void {
    this.kernelFrom = Number.POSITIVE_INFINITY;
    const kernel = n > KERNEL_MAX_BYTES ? null : CsvRecordKernel.create(Math.min(Math.max(2 * n, 1 << 16), KERNEL_MAX_BYTES));
    this.kernel = kernel;
    if (kernel === null) return;
    this.rest.copy(kernel.bytes, 0);
    this.rest = kernel.bytes.subarray(0, this.rest.length);
    this.work = kernel.bytes;
    this.view.useKernel(kernel);
  }

  /**
   * Tokenizes the complete records of the bytes so far and keeps the incomplete tail (copied: the
   * caller may reuse `chunk` for its next read).
   */
  push(chunk: Buffer): void {
    let buf = chunk;
    let inWork = false;
    if (this.rest.length + chunk.length >= this.kernelFrom) this.startKernel(this.rest.length + chunk.length);
    if (this.rest.length > 0 || this.kernel !== null) {
      const kept = this.rest.length;
      this.reserve(kept + chunk.length);
      this.rest.copy(this.work, 0); // the tail lies in work already; copy() handles the overlap
      chunk.copy(this.work, kept);
      buf = this.work.subarray(0, kept + chunk.length);
      inWork = true;
    }
    if (!this.started) {
      if (buf.length < 3 && buf.every((x, i) => x === [0xef, 0xbb, 0xbf][i])) {
        this.keep(buf, 0, inWork);
        return;
      }
      this.started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    this.keep(buf, this.scan(buf, false), inWork);
  }

  /** Keeps buf[from…] as the incomplete tail: a view when buf lies in `work`, else copied there. */
  private keep(buf: Buffer, from: number, inWork: boolean): void {
    if (inWork) {
      this.rest = buf.subarray(from);
      return;
    }
    const tail = buf.length - from;
    this.rest = this.work.subarray(0, 0);
    this.reserve(tail);
    buf.copy(this.work, 0, from);
    this.rest = this.work.subarray(0, tail);
  }

  /** How many records the kernel has read (the rest were read in JavaScript): for tests, and to see whether it pays. */
  get recordsByKernel(): number {
    return this.kernelHits;
  }

  /** Makes `work` hold at least n bytes, keeping the tail in it. */
  private reserve(n: number): void {
    if (this.work.length >= n) return;
    if (this.kernel !== null) {
      // The kernel's memory does not grow (see CsvRecordKernel): a bigger kernel takes the bytes.
      this.startKernel(n);
      if (this.kernel !== null) return;
      this.view.useKernel(null);
    }
    const bigger = Buffer.allocUnsafe(Math.max(n, 2 * this.work.length, 1 << 16));
    this.rest.copy(bigger, 0);
    this.rest = bigger.subarray(0, this.rest.length);
    this.work = bigger;
  }

  /**
   * Starts over on other bytes (for a thread that reads one range after another), with the line
   * the next byte is on. The incomplete tail of the previous bytes, if any, is dropped.
   */
  restart(line: number): void {
    this.rest = this.work.subarray(0, 0);
    this.line = line;
    this.header = false;
  }

  /** Tokenizes what is left. */
  end(): void {
    if (!this.started && this.rest.length > 0) {
      this.started = true;
      if (this.rest[0] === 0xef && this.rest[1] === 0xbb && this.rest[2] === 0xbf) this.rest = this.rest.subarray(3);
    }
    if (this.rest.length > 0) this.scan(this.rest, true);
    this.rest = this.work.subarray(0, 0);
  }

  /**
   * Scans complete records from `buf`; returns the offset of the first byte not consumed (the start of
   * an incomplete record). At the end of input (`final`), the last record needs no line end.
   *
   * The limits are checked as the bytes come, so neither an unclosed quote nor an endless row is
   * held (or scanned again for each chunk) past them: a field fails at its (maxFieldSize + 1)-th byte,
   * a record at its (maxColumns + 1)-th field, or when a field ends past maxRecordSize bytes. Whether and where a file fails does not depend
   * on how it is cut into chunks.
   *
   * The checks are cheap because they run once per field, not per byte: the field count is checked
   * by FieldView.push with its check for room; a record's size is one comparison with the offset its
   * record may not pass (`recordLimit`); an unquoted field is scanned to the delimiter (or the chunk's
   * end) and its length checked after it, or at a quote inside it, so that a quote past the limit
   * is the field's length error as before.
   */
  private scan(buf: Buffer, final: boolean): number {
    const view = this.view;
    const n = buf.length;
    const delim = this.delimiter;
    const maxFieldSize = this.maxFieldSize;
    const maxRecordSize = this.maxRecordSize;
    view.buf = buf;
    // The kernel reads bytes in its memory, where push put them (buf is work or a part of it).
    let kernel = this.kernel !== null && buf.buffer === this.kernel.bytes.buffer ? this.kernel : null;
    const base = kernel === null ? 0 : buf.byteOffset - kernel.bytes.byteOffset;
    const kernelFields = kernel === null ? 0 : Math.min(kernel.capacity, this.maxColumns);
    let recordStart = 0;
    let p = 0;
    while (p < n || (final && p === n && recordStart < n)) {
      if (kernel !== null && p < n) {
        recordStart = p = this.plainRecords(kernel, base, p, n, kernelFields);
        if (p >= n) break;
        // the JavaScript path reads the record at p (which the kernel declined, or the bytes do not end)
        if (this.kernelMisses > KERNEL_MISSES && this.kernelMisses > this.kernelHits) {
          this.kernel = null;
          kernel = null;
        }
      }
      view.length = 0;
      view.line = this.line;
      let lines = 0;
      let high = 0;
      // a field that ends past this offset makes the record too long
      const recordLimit = recordStart + maxRecordSize;
      // A one-digit field at p < runEnd has its delimiter in the chunk and ends within the record's limit
      // (p + 1 ≤ recordLimit: the limits are whole numbers, see checkCsvLimits).
      const runEnd = Math.min(n - 1, recordLimit);
      // one record
      for (;;) {
        if (p >= n) {
          if (!final) return recordStart;
          view.push(p, p, false); // last field, no line end
          if (p > recordLimit) this.tooBig(view.length);
          break;
        }
        let c = buf[p] as number;
        // (a digit that is the delimiter ends an empty field: --delimiter 0 is allowed, as csv-parse allows it)
        if ((c - 0x30) >>> 0 <= 9 && c !== delim && p < runEnd && buf[p + 1] === delim) {
          // A run of one-digit fields, each with its delimiter: most of a survey row. Within runEnd
          // none can pass maxFieldSize or the record's limit, so the run skips the general path's
          // checks of both (push still counts the fields); it stops at the first other field.
          for (;;) {
            view.push(p, p + 1, false, c - 0x30);
            p += 2;
            if (p >= runEnd) break;
            c = buf[p] as number;
            if ((c - 0x30) >>> 0 > 9 || c === delim || buf[p + 1] !== delim) break;
          }
          continue;
        }
        if (c === QUOTE) {
          // quoted field
          const start = p + 1;
          const limit = start + maxFieldSize;
          const opened = this.line + lines;
          let q = start;
          for (;;) {
            if (q > limit) throw csvLimitError.quoted(opened, view.length + 1, maxFieldSize);
            if (q >= n) {
              if (!final) return recordStart;
              throw new ServqualError('E_CSV', `malformed CSV at line ${opened}: a quoted field opened here is not closed`);
            }
            const x = buf[q] as number;
            high |= x;
            if (x === QUOTE) {
              if (q + 1 < n && buf[q + 1] === QUOTE) {
                q += 2;
                continue;
              }
              if (q + 1 >= n && !final) return recordStart; // could be "" split across chunks
              break;
            }
            if (x === LF) lines++;
            else if (x === CR && buf[q + 1] !== LF) lines++;
            q++;
          }
          view.push(start, q, true);
          p = q + 1;
          if (p > recordLimit) this.tooBig(view.length);
          if (p >= n) {
            if (!final) return recordStart;
            break;
          }
          c = buf[p] as number;
          if (c === delim) {
            p++;
            continue;
          }
          if (c === LF || c === CR) {
            p = this.lineEnd(buf, p, final);
            if (p < 0) return recordStart;
            break;
          }
          throw new ServqualError('E_CSV', `malformed CSV at line ${this.line + lines}: a character follows the closing quote of field ${view.length}`);
        }
        // unquoted field; a plain integer's value is read on the way (most survey cells are one)
        const start = p;
        let value = 0;
        let plain = true;
        const first = c - 0x30;
        if (first >>> 0 <= 9 && c !== delim && buf[p + 1] === delim) {
          // a one-digit cell and its delimiter, the commonest field of a survey, without the loop
          value = first;
          p++;
          c = delim;
        } else
          while (p < n) {
            c = buf[p] as number;
            if (c === delim) break;
            const digit = c - 0x30;
            if (digit >>> 0 <= 9) value = value * 10 + digit;
            else if (c === LF || c === CR) break;
            else if (c === QUOTE) {
              if (p - start > maxFieldSize) break; // the field was too long before the quote: said below
              throw new ServqualError('E_CSV', `malformed CSV at line ${this.line + lines}: a quote inside unquoted field ${view.length + 1}`);
            } else {
              plain = false;
              high |= c;
            }
            p++;
          }
        if (p - start > maxFieldSize) throw csvLimitError.field(this.line + lines, view.length + 1, maxFieldSize);
        const int = plain && p > start && p - start < 16 ? value : -1;
        if (p >= n) {
          if (!final) return recordStart;
          view.push(start, p, false, int);
          if (p > recordLimit) this.tooBig(view.length);
          break;
        }
        view.push(start, p, false, int);
        if (p > recordLimit) this.tooBig(view.length);
        if (c === delim) {
          p++;
          if (p >= n && final) {
            view.push(p, p, false);
            if (p > recordLimit) this.tooBig(view.length);
            break;
          }
          continue;
        }
        p = this.lineEnd(buf, p, final);
        if (p < 0) return recordStart;
        break;
      }
      this.line += lines + 1;
      this.header = false;
      view.high = high;
      this.onRecord(view);
      recordStart = p;
      if (p >= n) break;
    }
    return n;
  }

  /**
   * Hands on the plain records from `p` that the kernel reads (see {@link scan}); returns the offset
   * of the first it declines, or `n`. Their limits cannot have been passed: the kernel declines a
   * record that comes near them.
   */
  private plainRecords(kernel: CsvRecordKernel, base: number, p: number, n: number, maxFields: number): number {
    const view = this.view;
    if (view.ints !== kernel.ints) view.useKernel(kernel);
    const info = kernel.info;
    const delimiter = this.delimiter;
    // The kernel takes 32-bit integers; no record in its memory (at most KERNEL_MAX_BYTES) comes near either limit past this.
    const maxFieldSize = Math.min(this.maxFieldSize, INT32_MAX);
    const maxRecordSize = this.maxRecordSize;
    let hits = 0;
    let at = p;
    while (at < n) {
      const end = kernel.record(base, at, n, delimiter, maxFields, maxFieldSize, Math.min(at + maxRecordSize, INT32_MAX));
      if (end < 0) {
        if (end === DECLINED) this.kernelMisses++;
        break;
      }
      view.length = info[0] as number;
      view.line = this.line;
      view.high = info[1] as number;
      this.line++;
      this.header = false;
      hits++;
      this.onRecord(view);
      at = end;
    }
    this.kernelHits += hits;
    return at;
  }

  /** The error of a record past maxColumns fields (checked first) or maxRecordSize bytes. */
  private tooBig(fields: number): never {
    if (fields > this.maxColumns) throw csvLimitError.cells(this.line, this.maxColumns, this.header);
    throw csvLimitError.record(this.line, this.maxRecordSize);
  }

  /** The offset after a line end at `p` (CRLF, LF or CR), or -1 when a CR ends the chunk (an LF may follow). */
  private lineEnd(buf: Buffer, p: number, final: boolean): number {
    if (buf[p] === CR) {
      if (p + 1 >= buf.length) return final ? p + 1 : -1;
      return buf[p + 1] === LF ? p + 2 : p + 1;
    }
    return p + 1;
  }
}
