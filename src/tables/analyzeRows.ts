import type { TableCell } from '../data/CellError.js';
import { readSurveyRows } from '../data/readSurveyRows.js';
import { resolveGroupColumns } from '../data/resolveGroupColumns.js';
import type { Report } from '../report/types.js';
import type { AnalyzeOptions } from '../score/analyze.js';
import { createAnalyzer } from '../score/createAnalyzer.js';

/** Options of {@link analyzeRows}: those of `analyze` (its `maxRows` aside: rows are streamed, not held). */
export type AnalyzeRowsOptions = Omit<AnalyzeOptions, 'maxRows'>;

/**
 * Scores a survey given as rows of typed cells, header first — a workbook's sheet, a Parquet file's
 * rows — streaming each row into the analyzer as it comes (memory does not grow with the rows). The
 * rows are read by the same row reader and summed in the same blocks as a CSV's, so the same survey
 * gives byte-identical JSON whichever way it arrives. A row holding a spreadsheet error is excluded
 * with `E_CELL_ERROR` (see `readSurveyRows`).
 *
 * @example
 * const one = defineInstrument({ id: 'one', name: { en: 'One' }, scale: { min: 1, max: 7 },
 *   dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }] });
 * const report = await analyzeRows([['E1', 'P1'], [6, 5], [7, 5], [new CellError('#N/A'), 4]], { instrument: one });
 * [report.sample.rows, report.sample.used, report.items[0].gap.mean] // (−1 − 2) / 2
 * //=> [3, 2, -1.5]
 *
 * @param rows - the rows, header first (an iterable or an async iterable)
 * @param options - the instrument, reading and analysis options
 * @returns the report
 * @throws {ServqualError} what `readSurveyRows` throws for the header; with `strict`, the first bad row.
 */
export async function analyzeRows(rows: AsyncIterable<readonly TableCell[]> | Iterable<readonly TableCell[]>, options: AnalyzeRowsOptions): Promise<Report> {
  // One response object reused for every row: the analyzer consumes each row as it is read.
  const survey = await readSurveyRows(rows, { ...options, reuse: true });
  const groups = resolveGroupColumns(survey.reader.columns, options);
  const analyzer = createAnalyzer(options.instrument, { ...options, ...groups, method: survey.reader.columns.method });
  for await (const row of survey.rows) analyzer.add(row);
  return analyzer.result();
}
