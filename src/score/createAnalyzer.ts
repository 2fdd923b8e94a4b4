import type { Instrument } from '../instrument/schema.js';
import type { Analyzer, AnalyzerOptions } from './Analyzer.js';
import { BLOCK_ROWS } from './blockRows.js';
import { makeAnalyzer } from './makeAnalyzer.js';

// The analyzer's API, gathered where its importers (the CLI, analyzeCsv, diagnose) have always found
// it; each name is defined in the file named after it.
export type { Analyzer, AnalyzerOptions, AnalyzerState, ReliabilityMode } from './Analyzer.js';
export { analyzerFromJSON } from './analyzerFromJSON.js';
export { BLOCK_ROWS, createBlockAnalyzer, foldBlock, takeBlock, type BlockState } from './blockAnalyzer.js';

/**
 * Creates a streaming analyzer: one pass, constant memory, mergeable, serialisable.
 *
 * Rows accumulate in blocks of BLOCK_ROWS rows folded left to right (see BlockLedger), so a file
 * gives the same bytes whatever the thread count or chunking.
 *
 * @throws {ServqualError} `E_INVALID_OPTION` for a reliability mode other than listwise or pairwise,
 *   or a bad `minItemsAnswered`.
 *
 * Rows reach it as a row reader's results ({@link createRowReader}: the header once, then each row's
 * cells), which validate and recode each row; an excluded row is added too, and counted with its reason.
 *
 * @example
 * // A one-item instrument; three respondents, the last with an answer outside the 1–7 scale.
 * const one = defineInstrument({ id: 'one', name: { en: 'One' }, scale: { min: 1, max: 7 },
 *   dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }] });
 * const reader = createRowReader(['E1', 'P1'], one);
 * const a = createAnalyzer(one);
 * [[6, 5], [7, 5], [7, 9]].forEach((cells, i) => a.add(reader.read(cells, i + 1)));
 * const report = a.result();
 * [report.sample.used, report.sample.excluded, report.items[0].gap.mean] // gaps 5 − 6 and 5 − 7
 * //=> [2, 1, -1.5]
 */
export function createAnalyzer(instrument: Instrument, options: AnalyzerOptions = {}): Analyzer {
  return makeAnalyzer(instrument, options, BLOCK_ROWS);
}
