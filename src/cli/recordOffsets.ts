import { createReadStream } from 'node:fs';

/** Where a CSV file's records start, for splitting it into whole blocks of rows. */
export interface RecordOffsets {
  /** Byte offset of data row k·blockRows + 1 (1-based), k = 0, 1, …; the first is where the header ends. */
  blockStarts: number[];
  /** File size in bytes (the end of the last block). */
  size: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * One quote-aware pass over a CSV file finding where every `blockRows`-th data record starts: a
 * record ends at LF, CRLF or a lone CR outside quotes (a quote toggles; "" toggles twice). The same
 * records the tokenizer sees, so a worker given [start of block k, start of block k+1) reads exactly
 * rows k·blockRows + 1 … (k+1)·blockRows.
 */
export async function recordOffsets(path: string, blockRows: number): Promise<RecordOffsets> {
  const blockStarts: number[] = [];
  let inQuotes = false;
  let pendingCR = false;
  let ends = 0;
  let offset = 0;
  const recordEnd = (at: number): void => {
    ends++;
    if ((ends - 1) % blockRows === 0) blockStarts.push(at);
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const n = chunk.length;
    // The common case — no quote and no CR in the chunk — needs only the LF positions, which the
    // native indexOf finds far faster than a byte loop.
    if (!inQuotes && !pendingCR && chunk.indexOf(QUOTE) === -1 && chunk.indexOf(CR) === -1) {
      for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) recordEnd(offset + i + 1);
      offset += n;
      continue;
    }
    for (let i = 0; i < n; i++) {
      const c = chunk[i] as number;
      if (pendingCR) {
        pendingCR = false;
        if (c === LF) {
          recordEnd(offset + i + 1);
          continue;
        }
        recordEnd(offset + i);
      }
      if (c === QUOTE) inQuotes = !inQuotes;
      else if (!inQuotes) {
        if (c === LF) recordEnd(offset + i + 1);
        else if (c === CR) pendingCR = true;
      }
    }
    offset += n;
  }
  if (pendingCR) recordEnd(offset);
  // A block that would start at the very end of the file holds no rows.
  while (blockStarts.length > 0 && (blockStarts[blockStarts.length - 1] as number) >= offset) blockStarts.pop();
  return { blockStarts, size: offset };
}
