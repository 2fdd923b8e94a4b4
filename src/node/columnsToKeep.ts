import type { AnalyzerOptions } from '../score/createAnalyzer.js';

/**
 * The columns besides the instrument's that an analysis reads: the `by` columns, and the date
 * columns of periods (`dateColumn`, default `submitted_at`, else `date`). Every thread's reader
 * keeps the same list, so all read alike.
 */
export function columnsToKeep(options: Pick<AnalyzerOptions, 'by' | 'period' | 'dateColumn'>): string[] {
  return [...(options.by ?? []), ...(options.period === undefined ? [] : [options.dateColumn ?? 'submitted_at', 'date'])];
}
