import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { ServqualError } from '../../errors.js';
import { resolveGroupColumns } from '../../data/resolveGroupColumns.js';
import { BLOCK_ROWS, type AnalyzerOptions, type BlockState } from '../../score/createAnalyzer.js';
import type { RowReader } from '../../data/createRowReader.js';
import type { Instrument } from '../../instrument/schema.js';
import type { AnalyzeCsvOptions } from '../AnalyzeCsvOptions.js';
import { columnsToKeep } from '../columnsToKeep.js';
import { needsOneStream, readSurveyCsv, usesFastTokenizer } from '../readSurveyCsv.js';
import { CSV_LIMITS } from '../readCsvRows.js';
import type { Report } from '../../report/types.js';
import { availableThreads } from './availableThreads.js';
import { BlockScanner } from './BlockScanner.js';
import { analyzeClaimedBlocks, type BlockOutcome, type BlockTask } from './analyzeClaimedBlocks.js';
import { fileGrew, SharedBlocks } from './SharedBlocks.js';
import { BlockFold } from './BlockFold.js';
import { WorkerLink } from './WorkerLink.js';

/** A file whose blocks another thread is scanning for (or has scanned): the CLI's early scan. */
export interface ScannedFile {
  file: string;
  blocks: SharedBlocks;
}

/** Where the threads' workers come from. */
export interface WorkerSupply {
  /** Hands out a worker running src/node/threads/worker.ts (the CLI hands out ones it started early). */
  spawn: () => Worker;
  /** Blocks a worker began scanning for when the CLI started, used when they are of this file. */
  scanned?: ScannedFile | undefined;
}

/**
 * Scores a UTF-8 survey file with up to `threads` threads — this one and workers: a quote-aware
 * pass finds where each block of BLOCK_ROWS (32,768) rows starts, every thread claims whole blocks
 * and scores each on its own, and the blocks' states are folded in file order — the fold one pass
 * makes — so the JSON is byte-identical to a single-thread run.
 *
 * The threads are capped at the cores available ({@link availableThreads}) and at the blocks with
 * rows: a thread with no block would only cost its start-up, so a file of one block starts no worker.
 *
 * Returns `null` when one stream should read the file instead: fewer than two threads after the
 * cap, a file that is not UTF-8 with a one-byte delimiter, or one that could not be read (the
 * one-stream path reports that in its own words).
 *
 * @throws {ServqualError} what one stream would throw for the first bad row (`E_CSV`, `E_LIMIT`, …);
 *   `E_IO` "the file grew while it was read; score a copy that is not being written to".
 */
export async function analyzeInThreads(file: string, options: AnalyzeCsvOptions, threads: number, supply: WorkerSupply): Promise<Report | null> {
  const most = Math.min(threads, availableThreads());
  if (most < 2) return null;
  let head: Buffer;
  let size: number;
  try {
    size = statSync(file).size;
    head = firstBytes(file);
  } catch {
    return null; // the one-stream path reports an unreadable file in its own words
  }
  // A survey platform's export (several header rows) or a column map given as an option: one stream.
  if (!usesFastTokenizer(head, options) || needsOneStream(head, options)) return null;
  // Where blocks start comes from the scan a worker began when the CLI started, when it is of this
  // file; otherwise this thread scans, a few blocks ahead of the claims.
  const early =
    supply.scanned !== undefined && resolve(supply.scanned.file) === resolve(file) && supply.scanned.blocks.size === size ? supply.scanned.blocks : undefined;
  const blocks = early ?? SharedBlocks.create(size, BLOCK_ROWS);
  let scanner: BlockScanner | undefined;
  try {
    if (early === undefined) scanner = new BlockScanner(file, BLOCK_ROWS, (offset, line) => blocks.publish(offset, line));
  } catch {
    return null; // the one-stream path reports an unreadable file in its own words
  }
  const workers: WorkerLink[] = [];
  try {
    const scan = scanner;
    const scanMore =
      scan === undefined
        ? undefined
        : (): void => {
            if (!scan.step()) blocks.finish(scan.offset);
          };
    // No more threads than blocks. Counting `most` blocks scans a few MB (~4 per block), far less
    // than a worker takes to start.
    const used = blocks.countUpTo(most, scanMore);
    if (blocks.scanFailure() !== null) return giveUp(blocks);
    if (used < 2) return null;
    // Workers start now (or were started with the CLI) — loading their code takes as long as
    // reading the header — and wait for the task, then for blocks; this thread reads the header,
    // then scores blocks too.
    for (let i = 1; i < used; i++) workers.push(new WorkerLink(supply.spawn()));
    const headerEnd = blocks.headerEnd(scanMore);
    if (headerEnd === null) return giveUp(blocks);
    const { task, analyzerOptions, reader } = await taskOf(file, headerEnd, options);
    const fold = new BlockFold(options.instrument, analyzerOptions);
    for (const worker of workers) worker.start(task, blocks, fold);
    const onProgress = options.onProgress;
    const progress =
      onProgress === undefined
        ? undefined
        : (): void => {
            const { bytes, rows } = blocks.progress();
            onProgress(bytes, rows);
          };
    // This thread's own states wait until it has no block left to claim: folding them as they come
    // would slow its share, while at the end it would otherwise only wait for the workers' last blocks.
    const mine: Array<[number, BlockState]> = [];
    const outcome = analyzeClaimedBlocks(task, blocks, { scanMore, onState: (index, state) => mine.push([index, state]), onBlock: progress, reader });
    for (const [index, state] of mine) fold.add(index, state);
    // Keep the progress line moving while the workers finish.
    const timer = progress === undefined ? undefined : setInterval(progress, 200);
    let outcomes: BlockOutcome[];
    try {
      outcomes = [outcome, ...(await Promise.all(workers.map((w) => w.done())))];
    } finally {
      clearInterval(timer);
    }
    if (blocks.scanFailure() !== null) return giveUp(blocks);
    const failure = outcomes.flatMap((o) => (o.ok ? [] : [o])).sort((x, y) => x.index - y.index)[0];
    if (failure !== undefined) throw new ServqualError(failure.code as ServqualError['code'], failure.message);
    if (fold.folded !== blocks.count()) throw new ServqualError('E_INVALID_STATE', `analyze: ${blocks.count()} blocks were scored, ${fold.folded} folded`);
    return fold.analyzer.result();
  } catch (error) {
    blocks.fail(0); // stop the workers claiming more
    throw error;
  } finally {
    scanner?.close();
    for (const worker of workers) worker.stop();
  }
}

/** After a scan gave up: the error for a file that grew; null for one it could not read (the one-stream path reports that in its own words). */
export function giveUp(blocks: SharedBlocks): null {
  if (blocks.scanFailure() === 'grew') throw fileGrew();
  return null;
}

/**
 * The header, the method and the group columns, resolved as the single-thread path resolves them,
 * and the reader that read the header — made with the options every thread's reader is made with,
 * so this thread scores its blocks with it (see BlockHooks.reader).
 * Only the header's bytes are read: reading data rows here too, with a reader and a callback other
 * than the ones that score blocks, left V8's type feedback for the row code mixed, and this thread
 * then scored its blocks 7% slower than a worker did (readItems alone took 415 ms instead of 316).
 */
async function taskOf(
  file: string,
  headerEnd: number,
  options: AnalyzeCsvOptions,
): Promise<{ task: BlockTask; analyzerOptions: AnalyzerOptions; reader: RowReader }> {
  const stream = createReadStream(file, headerEnd > 0 ? { end: headerEnd - 1 } : {});
  // One list for this thread's reader and the workers' (task.reader): the two must read alike.
  const keep = columnsToKeep(options);
  let survey: Awaited<ReturnType<typeof readSurveyCsv>>;
  try {
    survey = await readSurveyCsv(stream, { ...options, keep, reuse: true, onProgress: undefined, onRow: () => undefined });
  } finally {
    stream.destroy();
  }
  const columns = survey.reader.columns;
  const analyzerOptions = { ...options, ...resolveGroupColumns(columns, options), method: columns.method };
  const { instrument, onProgress: _p, onWarning: _w, onReader: _r, onRow: _o, ...serializable } = analyzerOptions;
  const task: BlockTask = {
    kind: 'survey',
    file,
    header: [...columns.header],
    instrument: JSON.parse(JSON.stringify(instrument)) as Instrument,
    reader: { method: columns.method, missing: options.missing, missingCodes: options.missingCodes, decimal: options.decimal, keep },
    analyzer: serializable,
    delimiter: options.delimiter ?? ',',
    maxFieldSize: options.maxFieldSize ?? CSV_LIMITS.maxFieldSize,
    maxColumns: options.maxColumns ?? CSV_LIMITS.maxColumns,
  };
  return { task, analyzerOptions, reader: survey.reader };
}

/** The first MiB of a file: the first chunk the single-thread path reads, so both decide alike. */
export function firstBytes(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0));
  } finally {
    closeSync(fd);
  }
}
