import { ServqualError } from '../errors.js';
import { createAnalyzer, type Analyzer, type AnalyzerOptions } from '../score/createAnalyzer.js';
import { resolveGroupColumns } from '../data/resolveGroupColumns.js';
import type { Report } from '../report/types.js';
import { scanSurveyCsv, type ReadSurveyCsvOptions } from './readSurveyCsv.js';
import type { CsvSource } from './readCsvRows.js';

/** Options of {@link analyzeCsv}. */
export interface AnalyzeCsvOptions extends Omit<ReadSurveyCsvOptions, 'onProgress'>, AnalyzerOptions {
  /** Called after each chunk read with the bytes and rows read so far. */
  onProgress?: ((bytesRead: number, rowsRead: number) => void) | undefined;
}

/** The other columns a streaming analysis reads: the `by` columns, and the date column of periods. */
export function columnsToKeep(options: Pick<AnalyzeCsvOptions, 'by' | 'period' | 'dateColumn'>): string[] {
  return [...(options.by ?? []), ...(options.period === undefined ? [] : [options.dateColumn ?? 'submitted_at', 'date'])];
}

/**
 * Scores a survey CSV in one streaming pass (constant memory): {@link readSurveyCsv} feeding
 * {@link createAnalyzer}. The method is detected from the header unless given.
 *
 * @example
 * const report = await analyzeCsv('examples/hotel-survey.csv', { instrument: servqual22, by: ['branch'] });
 * [report.sample.rows, report.sample.used, report.segments.branch.length]
 * //=> [240, 238, 3]
 */
export async function analyzeCsv(source: CsvSource, options: AnalyzeCsvOptions): Promise<Report> {
  // Keep only the other columns segments and periods read, and reuse one response per row: the
  // analyzer consumes each row as it is read.
  const keep = columnsToKeep(options);
  const made: { analyzer?: Analyzer } = {};
  let rows = 0;
  const progress = options.onProgress;
  const onProgress = progress === undefined ? undefined : (bytes: number) => progress(bytes, rows);
  await scanSurveyCsv(source, { ...options, keep, reuse: true, onProgress }, (reader) => {
    const groups = resolveGroupColumns(reader.columns, options);
    const a = createAnalyzer(options.instrument, { ...options, ...groups, method: reader.columns.method });
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
