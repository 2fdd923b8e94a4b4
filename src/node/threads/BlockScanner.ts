import { closeSync, openSync, readSync } from 'node:fs';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * A quote-aware pass over a CSV file finding where every `blockRows`-th data record starts, a chunk
 * at a time: a record ends at LF, CRLF or a lone CR outside quotes (a quote toggles; "" toggles
 * twice). The same records the tokenizer sees, so a thread given [start of block k, start of block
 * k+1) reads exactly rows k·blockRows + 1 … (k+1)·blockRows.
 *
 * Each start is passed to `onBlockStart` as soon as it is found (the first is where the header ends),
 * with the 1-based line it is on (line ends inside quotes count, as the tokenizer counts them), so
 * threads can score early blocks while the pass goes on and name lines as one pass would. A last
 * start may equal the file size (an empty block).
 *
 * Synchronous reads: a read loop with the native indexOf takes a fifth of the time of an async
 * stream (measured 40 ms vs 180 ms on 130 MB), and the caller decides how far ahead to scan.
 */
export class BlockScanner {
  /** Bytes scanned so far; the file size once {@link done}. */
  offset = 0;
  done = false;
  private inQuotes = false;
  private afterCR = false; // the previous byte was a CR (one line end, with or without the LF that may follow)
  private crEndsRecord = false; // …and it was outside quotes
  private lines = 0; // line ends so far
  private ends = 0;
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(1 << 20);

  constructor(
    path: string,
    private readonly blockRows: number,
    private readonly onBlockStart: (offset: number, line: number) => void,
  ) {
    this.fd = openSync(path, 'r');
  }

  /** Scans the next chunk; returns false (and closes the file) once the whole file is scanned. */
  step(): boolean {
    if (this.done) return false;
    let n: number;
    try {
      n = readSync(this.fd, this.buffer, 0, this.buffer.length, this.offset);
    } catch (error) {
      this.close();
      throw error;
    }
    if (n > 0) {
      this.scanChunk(this.buffer.subarray(0, n));
      return true;
    }
    if (this.afterCR) {
      this.lines++;
      if (this.crEndsRecord) this.recordEnd(this.offset);
    }
    this.close();
    return false;
  }

  /** Stops early (the file is closed). */
  close(): void {
    if (!this.done) closeSync(this.fd);
    this.done = true;
  }

  private recordEnd(at: number): void {
    this.ends++;
    if ((this.ends - 1) % this.blockRows === 0) this.onBlockStart(at, this.lines + 1);
  }

  private scanChunk(chunk: Buffer): void {
    const n = chunk.length;
    const offset = this.offset;
    // The common case — no quote and no CR in the chunk — needs only the LF positions, which the
    // native indexOf finds far faster than a byte loop.
    if (!this.inQuotes && !this.afterCR && chunk.indexOf(QUOTE) === -1 && chunk.indexOf(CR) === -1) {
      for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) {
        this.lines++;
        this.recordEnd(offset + i + 1);
      }
      this.offset += n;
      return;
    }
    for (let i = 0; i < n; i++) {
      const c = chunk[i] as number;
      if (this.afterCR) {
        this.afterCR = false;
        this.lines++;
        if (c === LF) {
          if (this.crEndsRecord) this.recordEnd(offset + i + 1);
          continue;
        }
        if (this.crEndsRecord) this.recordEnd(offset + i);
      }
      if (c === QUOTE) this.inQuotes = !this.inQuotes;
      else if (c === LF) {
        this.lines++;
        if (!this.inQuotes) this.recordEnd(offset + i + 1);
      } else if (c === CR) {
        this.afterCR = true;
        this.crEndsRecord = !this.inQuotes;
      }
    }
    this.offset += n;
  }
}
