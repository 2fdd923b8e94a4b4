import { ServqualError } from '../../errors.js';

/** A block of rows: its byte range in the file, and the 1-based numbers of its first row and line. */
export interface Block {
  index: number;
  start: number;
  end: number;
  firstRow: number;
  firstLine: number;
}

// Slots of the control array.
const NEXT = 0; // the next block index to hand out
const KNOWN = 1; // how many block starts are published
const DONE = 2; // 1 once every start is published (the file size is then in starts[0])
const FAILED = 3; // the lowest block index that failed, or MAX
const KIB = 4; // KiB of blocks finished, for progress
const EPOCH = 5; // bumped on every change a waiting thread cares about; waiters sleep on it
const ROWS = 6; // rows of blocks finished, for progress
const SCAN_FAILED = 7; // a ScanFailure once a scan by another thread gave up
const SLOTS = 8;
const NO_FAILURE = 0x7fffffff;

/** The error for a file that grew while it was split into blocks. */
export function fileGrew(): ServqualError {
  return new ServqualError('E_IO', 'the file grew while it was read; score a copy that is not being written to');
}

/** Why a scan gave up: the file grew while it was read, or it could not be read. */
export type ScanFailure = 'grew' | 'unreadable';
const FAILURES: readonly ScanFailure[] = ['grew', 'unreadable'];

/** The buffers behind a {@link SharedBlocks}, for handing to a worker. */
export interface SharedBlocksBuffers {
  control: SharedArrayBuffer;
  starts: SharedArrayBuffer;
  blockRows: number;
  /** The file's size when the blocks were made. */
  size: number;
}

/**
 * The blocks of a file, shared by the threads that score it. The main thread publishes where each
 * block starts as its scan finds them; every thread, the main one included, claims the next block
 * (an atomic counter) and waits only when the scan has not yet found that block's end. So workers
 * start on the first block at once, the scan overlaps the scoring, and a thread that finishes early
 * takes more blocks.
 */
export class SharedBlocks {
  private readonly control: Int32Array;
  /** starts[0] is the file size once DONE; block i starts at byte starts[1 + 2i], on line starts[2 + 2i]. */
  private readonly starts: Float64Array;

  constructor(readonly buffers: SharedBlocksBuffers) {
    this.control = new Int32Array(buffers.control);
    this.starts = new Float64Array(buffers.starts);
  }

  /** Buffers for a file of `size` bytes: a block holds at least one byte per row, which bounds their number. */
  static create(size: number, blockRows: number): SharedBlocks {
    const maxBlocks = Math.floor(size / blockRows) + 2;
    const blocks = new SharedBlocks({ control: new SharedArrayBuffer(4 * SLOTS), starts: new SharedArrayBuffer(8 * (2 * maxBlocks + 1)), blockRows, size });
    blocks.control[FAILED] = NO_FAILURE;
    return blocks;
  }

  /**
   * At most how many blocks with rows a file of `size` bytes can have: every row before a block's
   * first, and the header, ends with at least one byte. For guessing before any scan (see
   * {@link countUpTo} for the count).
   */
  static most(size: number, blockRows: number): number {
    return Math.floor(Math.max(size - 2, 0) / blockRows) + 1;
  }

  /** The file's size when the blocks were made. */
  get size(): number {
    return this.buffers.size;
  }

  /** Publishes the start of the next block and the line it is on (main thread). */
  publish(offset: number, line: number): void {
    const known = this.control[KNOWN] as number;
    if (2 + 2 * known >= this.starts.length) {
      // more blocks than the size given to create() allows: the file grew while it was read
      throw fileGrew();
    }
    this.starts[1 + 2 * known] = offset;
    this.starts[2 + 2 * known] = line;
    Atomics.store(this.control, KNOWN, known + 1);
    this.wake();
  }

  /** Marks the scan finished: the last block ends at `size` (main thread). */
  finish(size: number): void {
    this.starts[0] = size;
    Atomics.store(this.control, DONE, 1);
    this.wake();
  }

  /**
   * Records that the scan gave up (it ran in another thread): claims return null from then on, and
   * the thread that wanted the blocks reads {@link scanFailure}.
   */
  abandon(why: ScanFailure): void {
    Atomics.store(this.control, SCAN_FAILED, 1 + FAILURES.indexOf(why));
    this.wake();
  }

  /** Why the scan gave up, or null. */
  scanFailure(): ScanFailure | null {
    return FAILURES[Atomics.load(this.control, SCAN_FAILED) - 1] ?? null;
  }

  /**
   * Where block 0 starts, which is where the header ends (the file size when there is no data row),
   * once the scan has found it; null if the scan gave up. Waits for the scan, or scans on with
   * `scanMore` (see {@link claim}).
   */
  headerEnd(scanMore?: () => void): number | null {
    const c = this.control;
    for (;;) {
      const epoch = Atomics.load(c, EPOCH);
      if (Atomics.load(c, SCAN_FAILED) !== 0) return null;
      if (Atomics.load(c, KNOWN) > 0) return this.starts[1] as number;
      if (Atomics.load(c, DONE) === 1) return this.starts[0] as number;
      if (scanMore !== undefined) scanMore();
      else Atomics.wait(c, EPOCH, epoch);
    }
  }

  /**
   * How many blocks with rows the file has, counting no further than `n`; 0 if the scan gave up.
   * Waits for the scan until it has found `n` such blocks or the end of the file, or scans on with
   * `scanMore` (see {@link claim}). A last block that starts where the file ends (the rows were a
   * multiple of blockRows, and a line end closed the last) has no rows, and is not counted.
   */
  countUpTo(n: number, scanMore?: () => void): number {
    if (n <= 0) return 0;
    const c = this.control;
    for (;;) {
      const epoch = Atomics.load(c, EPOCH);
      if (Atomics.load(c, SCAN_FAILED) !== 0) return 0;
      const known = Atomics.load(c, KNOWN);
      // Every block before the last known one is full; the last known has rows if it starts before the end.
      if (known > n || (known === n && (this.starts[2 * n - 1] as number) < this.buffers.size)) return n;
      if (Atomics.load(c, DONE) === 1) return known > 0 && this.starts[2 * known - 1] === this.starts[0] ? known - 1 : known;
      if (scanMore !== undefined) scanMore();
      else Atomics.wait(c, EPOCH, epoch);
    }
  }

  /** Whether every block start is published. */
  scanned(): boolean {
    return Atomics.load(this.control, DONE) === 1;
  }

  /** How many block starts are published: every block's, once {@link scanned}. */
  count(): number {
    return Atomics.load(this.control, KNOWN);
  }

  /** Published blocks not yet claimed (how far the scan is ahead of the threads). */
  ahead(): number {
    return Atomics.load(this.control, KNOWN) - Atomics.load(this.control, NEXT);
  }

  /**
   * Claims the next block, once its end is known; `null` when none is left, a block before it
   * failed, or the scan gave up. A thread waits for the scan, unless it is the one scanning: it
   * passes `scanMore` and scans on instead.
   */
  claim(scanMore?: () => void): Block | null {
    const c = this.control;
    const index = Atomics.add(c, NEXT, 1);
    for (;;) {
      // Read the epoch first: a change after this read makes the wait below return at once.
      const epoch = Atomics.load(c, EPOCH);
      if (index >= Atomics.load(c, FAILED) || Atomics.load(c, SCAN_FAILED) !== 0) return null;
      const known = Atomics.load(c, KNOWN);
      const done = Atomics.load(c, DONE) === 1;
      if (index + 1 < known || (done && index < known)) {
        const end = index + 1 < known ? (this.starts[1 + 2 * (index + 1)] as number) : (this.starts[0] as number);
        const start = this.starts[1 + 2 * index] as number;
        return { index, start, end, firstRow: index * this.buffers.blockRows + 1, firstLine: this.starts[2 + 2 * index] as number };
      }
      if (done) return null;
      if (scanMore !== undefined) scanMore();
      else Atomics.wait(c, EPOCH, epoch);
    }
  }

  /** Records that a block failed: threads stop claiming blocks after it. */
  fail(index: number): void {
    let seen = Atomics.load(this.control, FAILED);
    while (index < seen) {
      const before = Atomics.compareExchange(this.control, FAILED, seen, index);
      if (before === seen) break;
      seen = before;
    }
    this.wake();
  }

  private wake(): void {
    Atomics.add(this.control, EPOCH, 1);
    Atomics.notify(this.control, EPOCH);
  }

  /** Counts a finished block's bytes and rows (for progress). */
  finished(block: Block, rows: number): void {
    Atomics.add(this.control, KIB, Math.round((block.end - block.start) / 1024));
    Atomics.add(this.control, ROWS, rows);
  }

  /** Bytes (to the KiB) and rows of the blocks finished so far. */
  progress(): { bytes: number; rows: number } {
    return { bytes: Atomics.load(this.control, KIB) * 1024, rows: Atomics.load(this.control, ROWS) };
  }
}
