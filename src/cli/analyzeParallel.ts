import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ServqualError } from '../errors.js';
import { resolveGroupColumns } from '../data/resolveGroupColumns.js';
import { analyzerFromJSON, BLOCK_ROWS, type AnalyzerState } from '../score/createAnalyzer.js';
import { columnsToKeep, type AnalyzeCsvOptions } from '../node/analyzeCsv.js';
import { readSurveyCsv, usesFastTokenizer } from '../node/readSurveyCsv.js';
import { CSV_LIMITS } from '../node/readCsvRows.js';
import type { Report } from '../report/types.js';
import { recordOffsets } from './recordOffsets.js';
import type { WorkerTask } from './worker.js';

/**
 * Without an explicit --threads, files smaller than this are read in one stream: below it, starting workers costs more than they
 * save (measured: 13 MB took 1.10 s with 2 threads, 0.70 s with one).
 */
export const MIN_PARALLEL_BYTES = 50e6;

/** The thread count when none is given: the cores Node may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Scores a UTF-8 survey file with worker threads: one quote-aware pass finds where each block of
 * 65,536 rows starts, each worker analyses whole blocks, and the blocks' states are folded in file
 * order — the fold one pass makes — so the JSON is byte-identical to a single-thread run.
 * Returns `null` when the file does not qualify (not UTF-8 with a one-byte delimiter, or too few
 * blocks to split), so the caller reads it in one stream.
 */
export async function analyzeParallel(file: string, options: AnalyzeCsvOptions, threads: number, workerUrl: URL, minBytes = MIN_PARALLEL_BYTES): Promise<Report | null> {
  let head: Buffer;
  try {
    // Small files gain nothing from workers (the result would be the same either way).
    if (statSync(file).size < minBytes) return null;
    head = firstBytes(file);
  } catch {
    return null; // the one-stream path reports an unreadable file in its own words
  }
  if (!usesFastTokenizer(head, options)) return null;
  // The header, the method and the group columns, as the single-thread path resolves them.
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  let survey;
  try {
    survey = await readSurveyCsv(stream, { ...options, onProgress: undefined, onRow: () => undefined });
  } finally {
    stream.destroy();
  }
  const keep = columnsToKeep(options);
  const columns = survey.reader.columns;
  const groups = resolveGroupColumns(columns, options);
  const delimiter = options.delimiter ?? ',';

  const { blockStarts, size } = await recordOffsets(file, BLOCK_ROWS);
  if (blockStarts.length < 2) return null;
  const blocks = blockStarts.map((start, k) => ({ start, end: blockStarts[k + 1] ?? size, firstRow: k * BLOCK_ROWS + 1 }));
  const n = Math.min(threads, blocks.length);
  const per = Math.ceil(blocks.length / n);
  const header = [...columns.header];
  const analyzerOptions = { ...options, ...groups, method: columns.method };
  const { instrument, onProgress: _p, onWarning: _w, onReader: _r, onRow: _o, ...serializable } = analyzerOptions;

  const tasks = Array.from({ length: n }, (_, w) => blocks.slice(w * per, (w + 1) * per)).filter((b) => b.length > 0);
  const workers: Worker[] = [];
  const results = await Promise.all(
    tasks.map(
      (slice) =>
        new Promise<AnalyzerState[]>((resolve, reject) => {
          const task: WorkerTask = {
            file,
            header,
            instrument: JSON.parse(JSON.stringify(instrument)) as unknown,
            reader: { method: columns.method, missing: options.missing, decimal: options.decimal, keep },
            analyzer: serializable,
            delimiter,
            maxFieldSize: options.maxFieldSize ?? CSV_LIMITS.maxFieldSize,
            blocks: slice,
          };
          const worker = new Worker(workerUrl, { workerData: task });
          workers.push(worker);
          worker.once('message', (m: { ok: true; states: AnalyzerState[] } | { ok: false; code: string; message: string }) => {
            void worker.terminate();
            if (m.ok) resolve(m.states);
            else reject(new ServqualError(m.code as ServqualError['code'], m.message));
          });
          worker.once('error', reject);
        }),
    ),
  ).catch(async (error: unknown) => {
    await Promise.all(workers.map((w) => w.terminate())); // one failed: stop the others too
    throw error;
  });
  const states = results.flat();
  const [first, ...rest] = states;
  if (first === undefined) return null;
  const folded = analyzerFromJSON(instrument, first, analyzerOptions);
  for (const s of rest) folded.merge(analyzerFromJSON(instrument, s, analyzerOptions));
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
