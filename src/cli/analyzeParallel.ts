import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { ServqualError } from '../errors.js';
import { resolveGroupColumns } from '../data/resolveGroupColumns.js';
import { BLOCK_ROWS, type AnalyzerOptions, type BlockState } from '../score/createAnalyzer.js';
import type { RowReader } from '../data/createRowReader.js';
import type { Instrument } from '../instrument/schema.js';
import { columnsToKeep, type AnalyzeCsvOptions } from '../node/analyzeCsv.js';
import { readSurveyCsv, usesFastTokenizer } from '../node/readSurveyCsv.js';
import { CSV_LIMITS } from '../node/readCsvRows.js';
import type { Report } from '../report/types.js';
import { MIN_PARALLEL_BYTES } from './earlyWorkers.js';
import { BlockScanner } from './blockScanner.js';
import { analyzeClaimedBlocks, type BlockOutcome, type BlockTask } from './analyzeBlocks.js';
import { fileGrew, SharedBlocks } from './sharedBlocks.js';
import type { WorkerMessage, WorkerReply } from './worker.js';
import { BlockFold } from './blockFold.js';

/** A file whose blocks another thread is scanning for (or has scanned): see earlyPlan. */
export interface ScannedFile {
  file: string;
  blocks: SharedBlocks;
}

/** How to split a file between threads. */
export interface ParallelOptions {
  /** Threads in all: this one and `threads − 1` workers. */
  threads: number;
  /** Hands out a worker (the executable hands out the ones it started early). */
  spawn: () => Worker;
  /** Files smaller than this are left to one stream. Default: {@link MIN_PARALLEL_BYTES}. */
  minBytes?: number | undefined;
  /** Blocks a worker began scanning for when the CLI started, used when they are of this file. */
  scanned?: ScannedFile | undefined;
}

/**
 * Scores a UTF-8 survey file with `threads` threads — this one and `threads − 1` workers: a
 * quote-aware pass finds where each block of BLOCK_ROWS (32,768) rows starts, every thread claims
 * whole blocks and scores each on its own, and the blocks' states are folded in file order — the fold one pass
 * makes — so the JSON is byte-identical to a single-thread run.
 * Returns `null` when the file does not qualify (smaller than `minBytes`, or not UTF-8 with a one-byte
 * delimiter), or its early scan could not read it, so the caller reads it in one stream.
 */
export async function analyzeParallel(file: string, options: AnalyzeCsvOptions, parallel: ParallelOptions): Promise<Report | null> {
  const { threads, spawn, minBytes = MIN_PARALLEL_BYTES } = parallel;
  let head: Buffer;
  let size: number;
  try {
    // Small files gain nothing from workers (the result would be the same either way).
    size = statSync(file).size;
    if (size < minBytes) return null;
    head = firstBytes(file);
  } catch {
    return null; // the one-stream path reports an unreadable file in its own words
  }
  if (!usesFastTokenizer(head, options)) return null;
  // Workers start first (or were started with the CLI) — loading their code takes as long as
  // reading the header — and wait for the task, then for blocks; this thread reads the header, then
  // scores blocks too. Where blocks start comes from the scan a worker began when the CLI started,
  // when it is of this file; otherwise this thread scans, a few blocks ahead of the claims.
  const early =
    parallel.scanned !== undefined && resolve(parallel.scanned.file) === resolve(file) && parallel.scanned.blocks.size === size
      ? parallel.scanned.blocks
      : undefined;
  const blocks = early ?? SharedBlocks.create(size, BLOCK_ROWS);
  let scanner: BlockScanner | undefined;
  try {
    if (early === undefined) scanner = new BlockScanner(file, BLOCK_ROWS, (offset, line) => blocks.publish(offset, line));
  } catch {
    return null; // the one-stream path reports an unreadable file in its own words
  }
  const workers = Array.from({ length: threads - 1 }, () => new WorkerLink(spawn()));
  try {
    const scan = scanner;
    const scanMore =
      scan === undefined
        ? undefined
        : (): void => {
            if (!scan.step()) blocks.finish(scan.offset);
          };
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
function giveUp(blocks: SharedBlocks): null {
  if (blocks.scanFailure() === 'grew') throw fileGrew();
  return null;
}

/**
 * A worker scoring blocks, seen from the main thread: it sends each block's state on a port of its
 * own, which {@link done} drains into the fold, and last how its share ended.
 */
class WorkerLink {
  private readonly channel = new MessageChannel();
  private readonly ended: Promise<BlockOutcome>;
  private fold: BlockFold | null = null;
  private outcome: BlockOutcome | null = null;
  private settle: ((outcome: BlockOutcome) => void) | null = null;

  constructor(private readonly worker: Worker) {
    this.ended = new Promise<BlockOutcome>((resolve, reject) => {
      this.settle = resolve;
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (this.outcome === null) reject(new ServqualError('E_IO', `a worker thread stopped (exit code ${code}) before finishing its blocks`));
      });
    });
    // Stopped after another thread failed, a worker ends unfinished, and nothing waits for it then.
    this.ended.catch(() => undefined);
  }

  /** Sends the task; the worker starts claiming blocks. */
  start(task: BlockTask, blocks: SharedBlocks, fold: BlockFold): void {
    this.fold = fold;
    this.worker.postMessage({ task, blocks: blocks.buffers, port: this.channel.port2 } satisfies WorkerMessage, [this.channel.port2]);
  }

  /** Folds what the worker has sent, then what it sends until it is done; resolves to how its share ended. */
  done(): Promise<BlockOutcome> {
    // Replies already queued are taken at once; the rest as they arrive.
    for (let m = receiveMessageOnPort(this.channel.port1); m !== undefined; m = receiveMessageOnPort(this.channel.port1)) this.take(m.message as WorkerReply);
    if (this.outcome === null) this.channel.port1.on('message', (reply: WorkerReply) => this.take(reply));
    return this.ended;
  }

  private take(reply: WorkerReply): void {
    if (reply.kind === 'state') this.fold?.add(reply.index, reply.state);
    else {
      this.outcome = reply.outcome;
      this.settle?.(reply.outcome);
    }
  }

  /** Stops the worker (it may still be scoring, after a failure) and closes its port. */
  stop(): void {
    this.channel.port1.close();
    void this.worker.terminate();
  }
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
  let survey;
  try {
    survey = await readSurveyCsv(stream, { ...options, keep, reuse: true, onProgress: undefined, onRow: () => undefined });
  } finally {
    stream.destroy();
  }
  const columns = survey.reader.columns;
  const analyzerOptions = { ...options, ...resolveGroupColumns(columns, options), method: columns.method };
  const { instrument, onProgress: _p, onWarning: _w, onReader: _r, onRow: _o, ...serializable } = analyzerOptions;
  const task: BlockTask = {
    file,
    header: [...columns.header],
    instrument: JSON.parse(JSON.stringify(instrument)) as Instrument,
    reader: { method: columns.method, missing: options.missing, decimal: options.decimal, keep },
    analyzer: serializable,
    delimiter: options.delimiter ?? ',',
    maxFieldSize: options.maxFieldSize ?? CSV_LIMITS.maxFieldSize,
  };
  return { task, analyzerOptions, reader: survey.reader };
}

/** The first MiB of a file: the first chunk the single-thread path reads, so both decide alike. */
function firstBytes(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0));
  } finally {
    closeSync(fd);
  }
}
