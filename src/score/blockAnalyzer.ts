import type { Instrument } from '../instrument/schema.js';
import type { Analyzer, AnalyzerOptions } from './Analyzer.js';
import type { BlockState } from './BlockLedger.js';
import { makeAnalyzer, type InternalAnalyzer } from './makeAnalyzer.js';

export { BLOCK_ROWS } from './blockRows.js';
export type { BlockState } from './BlockLedger.js';

/**
 * An analyzer for a thread that scores whole blocks of a file: it never closes a block by itself;
 * the thread takes each block with {@link takeBlock}. One analyzer serves all of the thread's blocks,
 * so its compiled code stays warm (each new analyzer's functions are new closures, which V8 profiles
 * and optimises again).
 * @internal
 */
export function createBlockAnalyzer(instrument: Instrument, options: AnalyzerOptions = {}): Analyzer {
  return makeAnalyzer(instrument, options, Number.POSITIVE_INFINITY);
}

/**
 * The rows added since the analyzer was made or last taken from, as raw sums, leaving it empty. For
 * an analyzer of {@link createBlockAnalyzer} (one that closed blocks itself would lose them: an error).
 * @internal
 */
export function takeBlock(analyzer: Analyzer): BlockState {
  return (analyzer as Analyzer & InternalAnalyzer).takeBlock();
}

/**
 * Folds a block into `analyzer` as if its rows had been added there, closing a block: blocks folded
 * in file order give exactly the analyzer one pass over the file gives.
 * @internal
 */
export function foldBlock(analyzer: Analyzer, state: BlockState): void {
  (analyzer as Analyzer & InternalAnalyzer).foldBlock(state);
}
