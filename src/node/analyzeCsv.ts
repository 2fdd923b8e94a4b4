import { createAnalyzer, type AnalyzerOptions } from '../score/createAnalyzer.js';
import { resolveGroupColumns } from '../data/resolveGroupColumns.js';
import type { Report } from '../report/types.js';
import { readSurveyCsv, type ReadSurveyCsvOptions } from './readSurveyCsv.js';
import type { CsvSource } from './readCsvRows.js';

/** Options of {@link analyzeCsv}. */
export interface AnalyzeCsvOptions extends ReadSurveyCsvOptions, AnalyzerOptions {}

/**
 * Scores a survey CSV in one streaming pass (constant memory): {@link readSurveyCsv} feeding
 * {@link createAnalyzer}. The method is detected from the header unless given.
 */
export async function analyzeCsv(source: CsvSource, options: AnalyzeCsvOptions): Promise<Report> {
  const survey = await readSurveyCsv(source, options);
  let groups;
  try {
    groups = resolveGroupColumns(survey.reader.columns, options);
  } catch (error) {
    await survey.rows[Symbol.asyncIterator]().return?.(); // close the file before reporting the header problem
    throw error;
  }
  const analyzer = createAnalyzer(options.instrument, { ...options, ...groups, method: survey.reader.columns.method });
  for await (const row of survey.rows) analyzer.add(row);
  return analyzer.result();
}
