import { DEFAULTS } from '../defaults.js';
import { ServqualError } from '../errors.js';
import { createAnalyzer, type Analyzer } from '../score/createAnalyzer.js';
import { resolveGroupColumns } from '../data/resolveGroupColumns.js';
import { withQuestionText } from '../data/withQuestionText.js';
import type { Report } from '../report/types.js';
import { columnsToKeep } from './columnsToKeep.js';
import type { AnalyzeCsvOptions } from './AnalyzeCsvOptions.js';
import { scanSurveyCsv } from './readSurveyCsv.js';
import type { CsvSource } from './readCsvRows.js';
import { analyzeInThreads, type WorkerSupply } from './threads/analyzeInThreads.js';
import { startLibraryWorker } from './threads/libraryWorker.js';

export type { AnalyzeCsvOptions } from './AnalyzeCsvOptions.js';

/**
 * Scores a survey CSV: {@link readSurveyCsv} feeding {@link createAnalyzer}, in one streaming pass
 * (constant memory), or with `threads` > 1 split between threads. The method is detected from the
 * header unless given.
 *
 * The JSON of the report is byte-identical for any `threads`: rows are summed in fixed blocks of
 * 32,768 and the blocks folded in file order, whichever thread scored which (see
 * docs/statistics.md). It is the engine of `servqual analyze --threads`, whose timings the README
 * gives (1,000,000 rows on two cores: 1.27 s with two threads, 2.11 s with one).
 *
 * @example
 * const one = await analyzeCsv('examples/hotel-survey.csv', { instrument: servqual22, by: ['branch'] });
 * const two = await analyzeCsv('examples/hotel-survey.csv', { instrument: servqual22, by: ['branch'], threads: 2 });
 * [one.sample.rows, one.sample.used, one.segments.branch.length, JSON.stringify(two) === JSON.stringify(one)]
 * //=> [240, 238, 3, true]
 *
 * @param source - a file path, or a stream of the file's bytes (always read in one stream)
 * @param options - the instrument, reading and analysis options, and `threads`
 * @returns the report
 * @throws {ServqualError} `E_INVALID_OPTION` "analyzeCsv: threads must be a positive whole number, got …";
 *   otherwise what {@link readSurveyCsv} and the analysis throw (`E_NO_DATA`, `E_CSV`, `E_IO`, a
 *   `ValidationError` for the header, or the first bad row with `strict`) — the same whatever `threads`.
 */
export async function analyzeCsv(source: CsvSource, options: AnalyzeCsvOptions): Promise<Report> {
  return analyzeCsvWith(source, options, { spawn: startLibraryWorker });
}

/**
 * {@link analyzeCsv} with workers from `supply`: the CLI's entry passes the ones it started before
 * loading the rest of the CLI, and the blocks one of them began scanning for.
 *
 * @internal
 */
export async function analyzeCsvWith(source: CsvSource, options: AnalyzeCsvOptions, supply: WorkerSupply): Promise<Report> {
  const threads = options.threads ?? DEFAULTS.threads;
  if (!Number.isInteger(threads) || threads < 1)
    throw new ServqualError('E_INVALID_OPTION', `analyzeCsv: threads must be a positive whole number, got ${String(threads)}`);
  if (typeof source === 'string' && threads > 1) {
    const report = await analyzeInThreads(source, options, threads, supply);
    if (report !== null) return report;
  }
  return analyzeInOneStream(source, options);
}

async function analyzeInOneStream(source: CsvSource, options: AnalyzeCsvOptions): Promise<Report> {
  // Keep only the other columns segments and periods read, and reuse one response per row: the
  // analyzer consumes each row as it is read.
  const keep = columnsToKeep(options);
  const made: { analyzer?: Analyzer } = {};
  let rows = 0;
  const progress = options.onProgress;
  const onProgress = progress === undefined ? undefined : (bytes: number) => progress(bytes, rows);
  await scanSurveyCsv(source, { ...options, keep, reuse: true, onProgress }, (reader) => {
    const groups = resolveGroupColumns(reader.columns, options);
    const a = createAnalyzer(withQuestionText(options.instrument, reader.columns), { ...options, ...groups, method: reader.columns.method });
    made.analyzer = a;
    return (row) => {
      rows++;
      a.add(row);
    };
  });
  // scanSurveyCsv has read the header (or thrown), so the analyzer exists.
  if (made.analyzer === undefined) throw new ServqualError('E_NO_DATA', 'analyzeCsv: no header was read');
  return made.analyzer.result();
}
