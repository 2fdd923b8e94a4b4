import { createReadStream, statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { ServqualError } from '../../errors.js';
import type { CallLogOptions } from '../../operations/CallLog.js';
import type { CallLogState } from '../../operations/CallLogStateSchema.js';
import type { CallsReport } from '../../report/CallsReportSchema.js';
import { BLOCK_ROWS } from '../../score/blockRows.js';
import { usesFastTokenizer } from '../readSurveyCsv.js';
import { CSV_LIMITS, readCsvRows, type ReadCsvRowsOptions } from '../readCsvRows.js';
import { firstBytes } from './analyzeInThreads.js';
import { availableThreads } from './availableThreads.js';
import { BlockScanner } from './BlockScanner.js';
import type { BlockOutcome } from './analyzeClaimedBlocks.js';
import { callClaimedBlocks, type CallBlockTask } from './callClaimedBlocks.js';
import { CallLogFold } from './CallLogFold.js';
import { SharedBlocks } from './SharedBlocks.js';
import { WorkerLink } from './WorkerLink.js';

/**
 * Reads a UTF-8 call log with up to `threads` threads — this one and workers — as the survey engine
 * reads a survey (see analyzeInThreads): a quote-aware pass finds where each block of 32,768 rows
 * starts, every thread claims whole blocks and reads each into a call log of its own, and the
 * blocks' states are folded in file order, the fold one stream makes, so the JSON is byte-identical
 * to a single-thread run. Capped at the cores available and at the blocks with rows.
 *
 * Returns `null` when one stream should read the file instead: fewer than two threads after the
 * cap, a file that is not UTF-8 with a one-byte delimiter or could not be read, and any block that
 * failed. A failed block leaves the error to one stream, which stops at the first bad row in file
 * order and says what one stream says, in its words (an error costs a second read, up to that row).
 *
 * @throws {ServqualError} what the call log throws for the header (`E_MISSING_COLUMN`, …), as one
 *   stream does; `E_IO` "the file grew while it was read; score a copy that is not being written to".
 */
export async function callsInThreads(
  file: string,
  options: CallLogOptions & ReadCsvRowsOptions,
  threads: number,
  spawn: () => Worker,
): Promise<CallsReport | null> {
  const most = Math.min(threads, availableThreads());
  if (most < 2) return null;
  let head: Buffer;
  let blocks: SharedBlocks;
  let scanner: BlockScanner;
  try {
    head = firstBytes(file);
    blocks = SharedBlocks.create(statSync(file).size, BLOCK_ROWS);
  } catch {
    return null; // the one-stream path reports an unreadable file in its own words
  }
  if (!usesFastTokenizer(head, options)) return null;
  try {
    scanner = new BlockScanner(file, BLOCK_ROWS, (offset, line) => blocks.publish(offset, line));
  } catch {
    return null;
  }
  const workers: Array<WorkerLink<CallLogState>> = [];
  try {
    const scanMore = (): void => {
      if (!scanner.step()) blocks.finish(scanner.offset);
    };
    const used = blocks.countUpTo(most, scanMore);
    if (used < 2) return null;
    for (let i = 1; i < used; i++) workers.push(new WorkerLink<CallLogState>(spawn()));
    const headerEnd = blocks.headerEnd(scanMore) as number; // this thread scans: never null
    const header = await readHeader(file, headerEnd, options);
    const logOptions = callLogOptionsOf(options);
    const fold = new CallLogFold(header, logOptions);
    const task: CallBlockTask = {
      kind: 'calls',
      file,
      header,
      options: logOptions,
      delimiter: options.delimiter ?? ',',
      maxFieldSize: options.maxFieldSize ?? CSV_LIMITS.maxFieldSize,
      maxColumns: options.maxColumns ?? CSV_LIMITS.maxColumns,
    };
    for (const worker of workers) worker.start(task, blocks, fold);
    // This thread's states wait until it has claimed its last block (as in analyzeInThreads).
    const mine: Array<[number, CallLogState]> = [];
    const outcome = callClaimedBlocks(task, blocks, { scanMore, onState: (index, state) => mine.push([index, state]) });
    for (const [index, state] of mine) fold.add(index, state);
    const outcomes: BlockOutcome[] = [outcome, ...(await Promise.all(workers.map((w) => w.done())))];
    if (outcomes.some((o) => !o.ok)) return null;
    if (fold.folded !== blocks.count()) throw new ServqualError('E_INVALID_STATE', `calls: ${blocks.count()} blocks were read, ${fold.folded} folded`);
    return fold.log.result();
  } catch (error) {
    blocks.fail(0); // stop the workers claiming more
    throw error;
  } finally {
    scanner.close();
    for (const worker of workers) worker.stop();
  }
}

/** The header, read from the file's first `headerEnd` bytes by the reader one stream reads it with. */
async function readHeader(file: string, headerEnd: number, options: ReadCsvRowsOptions): Promise<string[]> {
  const stream = createReadStream(file, { end: headerEnd - 1 });
  try {
    for await (const header of readCsvRows(stream, { ...options, onWarning: undefined })) return header;
  } finally {
    stream.destroy();
  }
  throw new ServqualError('E_NO_DATA', `calls: ${file} is empty`);
}

/**
 * The call log's own options, picked one by one: what a worker is sent must be plain data (the
 * reading options may hold a callback).
 */
function callLogOptionsOf(o: CallLogOptions): CallLogOptions {
  return {
    columns: o.columns,
    by: o.by,
    period: o.period,
    dateFormat: o.dateFormat,
    answerWithin: o.answerWithin,
    shortAbandon: o.shortAbandon,
    rings: o.rings,
    targets: o.targets,
    decimal: o.decimal,
    strict: o.strict,
    maxIssues: o.maxIssues,
  };
}
