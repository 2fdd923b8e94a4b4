import { CSV_RECORD_WASM } from './csvRecordWasm.js';

// The little of WebAssembly used here: @types/node declares its types only with the DOM's lib.
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
type WasmModule = object;
declare const WebAssembly: {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: { env: { memory: WasmMemory } }) => { exports: unknown };
  Memory: new (descriptor: { initial: number; maximum: number }) => WasmMemory;
};

/** What wasm/csvRecord.ts exports. */
interface KernelExports {
  bytesOffset(): number;
  infoOffset(): number;
  startsOffset(): number;
  endsOffset(): number;
  intsOffset(): number;
  fieldCapacity(): number;
  plansOffset(): number;
  gatheredOffset(): number;
  record(base: number, p: number, n: number, delimiter: number, maxFields: number, maxField: number, recordLimit: number): number;
  gather(plan: number, count: number, length: number, lo: number, hi: number, emptyIsMissing: number): number;
}

/** What {@link CsvRecordKernel.record} returns for a record that is not plain (quoted, a lone CR, near a limit). */
export const DECLINED = -1;
/** What {@link CsvRecordKernel.record} returns for a record the bytes end before. */
export const UNFINISHED = -2;

const PAGE = 65_536;
/** Bytes a load may read past the last one (one SIMD vector). */
const SLACK = 16;
/** The most bytes a kernel's memory holds: a tokenizer whose bytes need more reads on without one. */
export const KERNEL_MAX_BYTES = 64 * 2 ** 20;

/** Most column lists {@link CsvRecordKernel.gather} takes: a reader has one per role. */
const MAX_PLANS = 16;

/** The compiled kernel, made on first use; null where WebAssembly SIMD is not supported. */
let compiled: WasmModule | null | undefined;

function kernelModule(): WasmModule | null {
  if (compiled === undefined) {
    const bytes = Buffer.from(CSV_RECORD_WASM, 'base64');
    compiled = typeof WebAssembly === 'object' && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  }
  return compiled;
}

/**
 * One instance of the plain-record kernel (wasm/csvRecord.ts) for one FastCsvTokenizer: its memory
 * holds the bytes being tokenized and the fields of the record read last, which a FieldView reads
 * through the arrays here.
 *
 * The memory has one size for its life. Growing it would detach its old buffer, and detaching any
 * ArrayBuffer invalidates a V8 protector, after which every typed-array access in the thread checks
 * for detachment: scoring ran 6% slower with the kernel than without it until the memory stopped
 * growing. A tokenizer whose bytes outgrow {@link bytes} makes a bigger kernel instead. Memory is
 * sized to the need, as making it costs by its size (0.2 ms for 4 MiB, 0.02 ms for 64 KiB).
 */
export class CsvRecordKernel {
  /** Where the bytes to tokenize go: all of the kernel's room for them. */
  readonly bytes: Buffer;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly ints: Float64Array;
  /** The last record's field count, then 0x80 when it may hold a byte of 0x80 or more (else 0). */
  readonly info: Int32Array;
  /** Most fields the kernel writes for one record. */
  readonly capacity: number;
  private readonly exports: KernelExports;
  /** The column lists {@link gather} has been given, where each lies in PLANS, and the view of what it reads for each. */
  private readonly plans: Array<{ columns: Int32Array; at: number; view: Float64Array }> = [];
  private readonly buffer: ArrayBuffer;
  private planned = 0;
  /** The values the last {@link gather} read, in its columns' order (a view of the kernel's memory, rewritten by the next). */
  gathered: Float64Array = new Float64Array(0);

  private constructor(module: WasmModule, room: number) {
    // the fields take the first two pages (see wasm/csvRecord.ts; checked below)
    const pages = 2 + Math.ceil((room + SLACK) / PAGE);
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    this.exports = new WebAssembly.Instance(module, { env: { memory } }).exports as KernelExports;
    const buffer = memory.buffer;
    const offset = this.exports.bytesOffset();
    if (offset > 2 * PAGE) throw new Error(`the CSV kernel's fields end at ${offset}, past the two pages its memory gives them`);
    this.capacity = this.exports.fieldCapacity();
    this.bytes = Buffer.from(buffer, offset, buffer.byteLength - offset - SLACK);
    this.starts = new Int32Array(buffer, this.exports.startsOffset(), this.capacity);
    this.ends = new Int32Array(buffer, this.exports.endsOffset(), this.capacity);
    this.ints = new Float64Array(buffer, this.exports.intsOffset(), this.capacity);
    this.info = new Int32Array(buffer, this.exports.infoOffset(), 2);
    this.buffer = buffer;
  }

  /**
   * A kernel of its own (a tokenizer's) with room for at least `room` bytes, at most
   * {@link KERNEL_MAX_BYTES}; or null where WebAssembly SIMD is not supported, for more, or when its
   * memory cannot be had (each takes gigabytes of address space: a process under `ulimit -v` runs
   * out after a few), so the tokenizer reads on in JavaScript.
   */
  static create(room: number): CsvRecordKernel | null {
    const module = kernelModule();
    if (module === null || room > KERNEL_MAX_BYTES) return null;
    try {
      return new CsvRecordKernel(module, room);
    } catch (error) {
      if (error instanceof RangeError) return null; // WebAssembly.Memory(): could not allocate memory
      throw error;
    }
  }

  /**
   * Reads the plain record at `p` of bytes[base + …, base + n) (see wasm/csvRecord.ts): the offset
   * after its line end, with its fields in the arrays and {@link info}; or, for the JavaScript path,
   * {@link DECLINED} for a record that is not plain and {@link UNFINISHED} for one the bytes do not end.
   */
  record(base: number, p: number, n: number, delimiter: number, maxFields: number, maxField: number, recordLimit: number): number {
    return this.exports.record(base, p, n, delimiter, maxFields, maxField, recordLimit);
  }

  /**
   * Reads the last record's fields at `columns` (of its `length`) as FieldView.numbersWithin reads
   * them: a plain integer from `lo` to `hi`, or an empty field as NaN when `emptyIsMissing`. Returns
   * how many are numbers, with the values in {@link gathered}; or -1 when a field is
   * anything else, or the kernel has no room for the columns (the caller then reads them in
   * JavaScript). The record may have been tokenized by either path: both write the arrays here.
   */
  gather(columns: Int32Array, length: number, lo: number, hi: number, emptyIsMissing: boolean): number {
    const plan = this.planOf(columns);
    if (plan === undefined) return -1;
    this.gathered = plan.view;
    return this.exports.gather(plan.at, columns.length, length, lo, hi, emptyIsMissing ? 1 : 0);
  }

  /**
   * The plan of `columns` (known by identity: a reader makes one array per role), their slots copied
   * into PLANS on first sight; undefined when they do not fit.
   */
  private planOf(columns: Int32Array): { at: number; view: Float64Array } | undefined {
    const plans = this.plans;
    for (let i = 0; i < plans.length; i++) if ((plans[i] as { columns: Int32Array }).columns === columns) return plans[i];
    if (plans.length >= MAX_PLANS || this.planned + columns.length > this.capacity) return undefined;
    const at = this.planned;
    new Int32Array(this.buffer, this.exports.plansOffset(), this.capacity).set(columns, at);
    this.planned += columns.length;
    const plan = { columns, at, view: new Float64Array(this.buffer, this.exports.gatheredOffset() + 8 * at, columns.length) };
    plans.push(plan);
    return plan;
  }
}
