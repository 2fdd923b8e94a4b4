import type { Instrument } from '../instrument/schema.js';
import type { Analyzer, AnalyzerOptions, AnalyzerState } from './Analyzer.js';
import { restoreParts } from './analyzerState.js';
import { BLOCK_ROWS } from './blockRows.js';
import { makeAnalyzer } from './makeAnalyzer.js';

/**
 * Restores an analyzer from {@link Analyzer.toJSON}; give the same instrument and options.
 *
 * @throws {ServqualError} `E_INVALID_STATE` when the state belongs to another instrument or method.
 */
export function analyzerFromJSON(instrument: Instrument, state: AnalyzerState, options: AnalyzerOptions = {}): Analyzer {
  const analyzer = makeAnalyzer(instrument, { ...options, method: state.method, reliability: state.reliability }, BLOCK_ROWS);
  const parts = analyzer.fresh();
  restoreParts(instrument, state, parts);
  analyzer.restore(parts);
  return analyzer;
}
