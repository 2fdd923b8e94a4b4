/**
 * Rows per block of the analyzer's fixed left fold (see createAnalyzer). A module of its own so the
 * CLI's entry can size the blocks of a file before it loads the analyzer.
 */
export const BLOCK_ROWS = 65_536;
