import { ServqualError } from '../errors.js';
import type { Cell } from './parseCell.js';

/** Survey data in memory: an array of records, or a header with rows of cells. */
export type SurveyInput = ReadonlyArray<Readonly<Record<string, Cell>>> | { readonly header: readonly string[]; readonly rows: ReadonlyArray<readonly Cell[]> };

/** A header and rows of cells. */
export interface Table {
  header: readonly string[];
  rows: ReadonlyArray<readonly Cell[]>;
}

/**
 * Normalises in-memory input to a header and rows. For records the header is every key in order of
 * first appearance; a key a record lacks is an empty cell. Keys are read with `Object.hasOwn`, so a
 * column named `__proto__` or `constructor` is data like any other.
 *
 * @throws {ServqualError} `E_NO_DATA` when the input is neither form.
 */
export function toTable(input: SurveyInput): Table {
  if (Array.isArray(input)) {
    const records = input as ReadonlyArray<Readonly<Record<string, Cell>>>;
    const seen = new Set<string>();
    const header: string[] = [];
    for (const record of records) {
      for (const key of Object.keys(record)) {
        if (!seen.has(key)) {
          seen.add(key);
          header.push(key);
        }
      }
    }
    const rows = records.map((record) => header.map((key) => (Object.hasOwn(record, key) ? record[key] : undefined)));
    return { header, rows };
  }
  const table = input as Table;
  if (table === null || typeof table !== 'object' || !Array.isArray(table.header) || !Array.isArray(table.rows)) {
    throw new ServqualError('E_NO_DATA', 'analyze: input must be an array of records or { header, rows }');
  }
  return table;
}

/** Default row limit of the in-memory API. */
export const MAX_IN_MEMORY_ROWS = 1_000_000;

/**
 * Throws `E_LIMIT` when an in-memory survey has more rows than allowed, naming the limit, how to raise
 * it, and the streaming function to use instead.
 */
export function checkRowLimit(rows: number, maxRows: number = MAX_IN_MEMORY_ROWS, stream = 'analyzeCsv or createAnalyzer'): void {
  if (rows > maxRows) {
    throw new ServqualError(
      'E_LIMIT',
      `the survey has ${rows} rows, more than maxRows = ${maxRows} for the in-memory API; raise maxRows, or stream it with ${stream}`,
    );
  }
}
