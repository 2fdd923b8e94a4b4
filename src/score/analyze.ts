import type { Instrument } from '../instrument/schema.js';
import { createRowReader, type RowReaderOptions } from '../data/createRowReader.js';
import { checkRowLimit, toTable, type SurveyInput } from '../data/toTable.js';
import { resolveGroupColumns } from '../data/resolveGroupColumns.js';
import type { Report } from '../report/types.js';
import { createAnalyzer, type AnalyzerOptions } from './createAnalyzer.js';

/** Options of {@link analyze}: the instrument, plus reading and scoring options. */
export interface AnalyzeOptions extends AnalyzerOptions, RowReaderOptions {
  instrument: Instrument;
  /** Most rows the in-memory API takes (it holds them all). Default 1,000,000; stream larger surveys with `analyzeCsv` or `createAnalyzer`. */
  maxRows?: number | undefined;
}

/**
 * Scores a survey held in memory: validates every row, excludes (or, with `strict`, rejects) invalid
 * ones with their reasons, and returns the report — per-item and per-dimension gaps with paired
 * t-tests, Holm-adjusted p-values, Cronbach's alpha per dimension, and overall scores.
 * The method is detected from the columns unless `method` is given.
 *
 * @throws {ValidationError} when the header lacks a required column or repeats one; with `strict`, on the first invalid row.
 *
 * @example
 * const oneItem = defineInstrument({ id: 'one', name: { en: 'One' }, scale: { min: 1, max: 7 },
 *   dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }] });
 * analyze([{ E1: 6, P1: 5 }, { E1: 7, P1: 5 }], { instrument: oneItem }).items[0].gap.mean // (−1 − 2) / 2
 * //=> -1.5
 */
export function analyze(input: SurveyInput, options: AnalyzeOptions): Report {
  const table = toTable(input);
  checkRowLimit(table.rows.length, options.maxRows);
  const reader = createRowReader(table.header, options.instrument, options);
  const groups = resolveGroupColumns(reader.columns, options);
  const analyzer = createAnalyzer(options.instrument, { ...options, ...groups, method: reader.columns.method });
  table.rows.forEach((cells, i) => analyzer.add(reader.read(cells, i + 1)));
  return analyzer.result();
}
