import { closeSync, openSync, readSync } from 'node:fs';


const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * One quote-aware pass over a CSV file finding where every `blockRows`-th data record starts: a
 * record ends at LF, CRLF or a lone CR outside quotes (a quote toggles; "" toggles twice). The same
 * records the tokenizer sees, so a thread given [start of block k, start of block k+1) reads exactly
 * rows k·blockRows + 1 … (k+1)·blockRows.
 *
 * Each start is passed to `onBlockStart` as soon as it is found (the first is where the header ends),
 * with the 1-based line it is on (line ends inside quotes count, as the tokenizer counts them), so
 * threads can score early blocks while the pass goes on and name lines as one pass would. A last
 * start may equal the file size (an empty block). Returns the file size.
 *
 * Synchronous reads: the pass is the main thread's only work until it ends, and a read loop with the
 * native indexOf takes a fifth of the time of an async stream (measured 40 ms vs 180 ms on 130 MB).
 */
export function recordOffsets(path: string, blockRows: number, onBlockStart: (offset: number, line: number) => void): number {
  let inQuotes = false;
  let afterCR = false; // the previous byte was a CR (one line end, with or without the LF that may follow)
  let crEndsRecord = false; // …and it was outside quotes
  let lines = 0; // line ends so far
  let ends = 0;
  let offset = 0;
  const recordEnd = (at: number): void => {
    ends++;
    if ((ends - 1) % blockRows === 0) onBlockStart(at, lines + 1);
  };
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, offset);
      if (n === 0) break;
      scanChunk(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  if (afterCR) {
    lines++;
    if (crEndsRecord) recordEnd(offset);
  }
  return offset;

  function scanChunk(chunk: Buffer): void {
    const n = chunk.length;
    // The common case — no quote and no CR in the chunk — needs only the LF positions, which the
    // native indexOf finds far faster than a byte loop.
    if (!inQuotes && !afterCR && chunk.indexOf(QUOTE) === -1 && chunk.indexOf(CR) === -1) {
      for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) {
        lines++;
        recordEnd(offset + i + 1);
      }
      offset += n;
      return;
    }
    for (let i = 0; i < n; i++) {
      const c = chunk[i] as number;
      if (afterCR) {
        afterCR = false;
        lines++;
        if (c === LF) {
          if (crEndsRecord) recordEnd(offset + i + 1);
          continue;
        }
        if (crEndsRecord) recordEnd(offset + i);
      }
      if (c === QUOTE) inQuotes = !inQuotes;
      else if (c === LF) {
        lines++;
        if (!inQuotes) recordEnd(offset + i + 1);
      } else if (c === CR) {
        afterCR = true;
        crEndsRecord = !inQuotes;
      }
    }
    offset += n;
  }
}
