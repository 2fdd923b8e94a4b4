import type { Instrument } from '../instrument/schema.js';
import type { Analyzer, AnalyzerOptions, AnalyzerState } from './Analyzer.js';
import { restoreParts } from './analyzerState.js';
import { parseAnalyzerState } from './AnalyzerStateSchema.js';
import { BLOCK_ROWS } from './blockRows.js';
import { makeAnalyzer } from './makeAnalyzer.js';

/**
 * Restores an analyzer from {@link Analyzer.toJSON}; give the same instrument and options. The state
 * is checked whole before anything is made from it: its shape (AnalyzerStateSchema), then that it fits
 * the instrument and options (the number of items, each accumulator's size, the segment columns).
 *
 * @param state - a state from {@link Analyzer.toJSON}, e.g. after JSON.parse; anything else is refused
 * @throws {ServqualError} `E_INVALID_STATE` naming what is wrong: a path in the state and the problem
 *   (`analyzerFromJSON: the state is invalid at moments[3].n: …`), or what does not fit (another
 *   instrument, item count, accumulator count or size, segment column, periods).
 */
export function analyzerFromJSON(instrument: Instrument, state: AnalyzerState, options: AnalyzerOptions = {}): Analyzer {
  const valid = parseAnalyzerState(state);
  const analyzer = makeAnalyzer(instrument, { ...options, method: valid.method, reliability: valid.reliability }, BLOCK_ROWS);
  const parts = analyzer.fresh();
  restoreParts(instrument, valid, parts);
  analyzer.restore(parts);
  return analyzer;
}
