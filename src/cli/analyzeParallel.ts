import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { ServqualError } from '../errors.js';
import { resolveGroupColumns } from '../data/resolveGroupColumns.js';
import { analyzerFromJSON, BLOCK_ROWS, createAnalyzer, type AnalyzerOptions } from '../score/createAnalyzer.js';
import type { Instrument } from '../instrument/schema.js';
import { columnsToKeep, type AnalyzeCsvOptions } from '../node/analyzeCsv.js';
import { readSurveyCsv, usesFastTokenizer } from '../node/readSurveyCsv.js';
import { CSV_LIMITS } from '../node/readCsvRows.js';
import type { Report } from '../report/types.js';
import { MIN_PARALLEL_BYTES } from './earlyWorkers.js';
import { BlockScanner } from './blockScanner.js';
import { analyzeClaimedBlocks, type BlockOutcome, type BlockTask } from './analyzeBlocks.js';
import { SharedBlocks } from './sharedBlocks.js';
import type { WorkerMessage } from './worker.js';

/**
 * Scores a UTF-8 survey file with `threads` threads — this one and `threads − 1` workers: a
 * quote-aware pass finds where each block of 65,536 rows starts, every thread claims whole blocks
 * and scores each on its own, and the blocks' states are folded in file order — the fold one pass
 * makes — so the JSON is byte-identical to a single-thread run.
 * Returns `null` when the file does not qualify (smaller than `minBytes`, or not UTF-8 with a one-byte
 * delimiter), so the caller reads it in one stream.
 */
export async function analyzeParallel(file: string, options: AnalyzeCsvOptions, threads: number, spawn: () => Worker, minBytes = MIN_PARALLEL_BYTES): Promise<Report | null> {
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
  // scores blocks too, scanning for where blocks start a few blocks ahead of the claims.
  const blocks = SharedBlocks.create(size, BLOCK_ROWS);
  const workers = Array.from({ length: threads - 1 }, spawn);
  const outcomes = workers.map(
    (worker) =>
      new Promise<BlockOutcome>((resolve, reject) => {
        worker.once('message', (m: BlockOutcome) => {
          void worker.terminate();
          resolve(m);
        });
        worker.once('error', reject);
      }),
  );
  try {
    const { task, analyzerOptions } = await taskOf(file, options);
    for (const worker of workers) worker.postMessage({ task, blocks: blocks.buffers } satisfies WorkerMessage);
    const scanner = new BlockScanner(file, BLOCK_ROWS, (offset, line) => blocks.publish(offset, line));
    const scanMore = (): void => {
      if (!scanner.step()) blocks.finish(scanner.offset);
    };
    const onProgress = options.onProgress;
    const progress =
      onProgress === undefined
        ? undefined
        : (): void => {
            const { bytes, rows } = blocks.progress();
            onProgress(bytes, rows);
          };
    let mine: BlockOutcome;
    try {
      mine = analyzeClaimedBlocks(task, blocks, scanMore, progress);
    } finally {
      scanner.close();
    }
    // This thread is done with its blocks; keep the progress line moving while the workers finish.
    const timer = progress === undefined ? undefined : setInterval(progress, 200);
    try {
      return foldOutcomes([mine, ...(await Promise.all(outcomes))], options.instrument, analyzerOptions);
    } finally {
      clearInterval(timer);
    }
  } catch (error) {
    blocks.fail(0); // stop the workers claiming more
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
}

/** The header, the method and the group columns, resolved as the single-thread path resolves them. */
async function taskOf(file: string, options: AnalyzeCsvOptions): Promise<{ task: BlockTask; analyzerOptions: AnalyzerOptions }> {
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  let survey;
  try {
    survey = await readSurveyCsv(stream, { ...options, onProgress: undefined, onRow: () => undefined });
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
    reader: { method: columns.method, missing: options.missing, decimal: options.decimal, keep: columnsToKeep(options) },
    analyzer: serializable,
    delimiter: options.delimiter ?? ',',
    maxFieldSize: options.maxFieldSize ?? CSV_LIMITS.maxFieldSize,
  };
  return { task, analyzerOptions };
}

/** Folds the blocks' states in block order — the fold one pass makes — or throws the first block's failure. */
function foldOutcomes(outcomes: readonly BlockOutcome[], instrument: Instrument, options: AnalyzerOptions): Report {
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [o])).sort((a, b) => a.index - b.index);
  const first = failures[0];
  if (first !== undefined) throw new ServqualError(first.code as ServqualError['code'], first.message);
  const states = outcomes.flatMap((o) => (o.ok ? o.states : [])).sort((a, b) => a[0] - b[0]);
  const folded = createAnalyzer(instrument, options);
  for (const [, state] of states) folded.merge(analyzerFromJSON(instrument, state, options));
  return folded.result();
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
