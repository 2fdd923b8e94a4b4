import type { AnalyzerOptions } from '../score/Analyzer.js';
import type { ReadSurveyCsvOptions } from './readSurveyCsv.js';

/** Options of `analyzeCsv`. */
export interface AnalyzeCsvOptions extends Omit<ReadSurveyCsvOptions, 'onProgress'>, AnalyzerOptions {
  /** Called after each chunk read (with threads: each block scored) with the bytes and rows read so far. */
  onProgress?: ((bytesRead: number, rowsRead: number) => void) | undefined;
  /**
   * Threads to score a file with, this one included (worker threads for the rest). Default 1: one
   * stream. More splits a file path into blocks of 32,768 rows that the threads score at once; the
   * report is the same, byte for byte. Capped at the cores available (`os.availableParallelism()`)
   * and at the file's blocks, so a file of under 32,768 rows starts no worker. Streams, and files
   * that are not UTF-8 with a one-byte delimiter, are read in one stream whatever this says.
   */
  threads?: number | undefined;
}
