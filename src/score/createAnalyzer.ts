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
 * @example
 * const a = createAnalyzer(servqual22);
 * for (const row of rows) a.add(reader.read(row, ++n));
 * a.result().overall
 */
export function createAnalyzer(instrument: Instrument, options: AnalyzerOptions = {}): Analyzer {
  return makeAnalyzer(instrument, options, BLOCK_ROWS);
}
