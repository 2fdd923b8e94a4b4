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
 * column named `__proto__` or `constructor` is data like any other. Each record, header cell and row is
 * checked for its type here, so code that passes the wrong thing learns where rather than meeting a
 * TypeError later; a cell of any type is left to the row reader (a `true` where a number belongs is a
 * non-numeric answer).
 *
 * @param input - records, or `{ header, rows }`
 * @param caller - the function named in errors
 * @throws {ServqualError} `E_NO_DATA` when the input is neither form, a record is not an object
 *   (`analyze: record 2 is null, not an object of cells`), a header cell is not text, or a row is not an array.
 */
export function toTable(input: SurveyInput, caller = 'analyze'): Table {
  if (Array.isArray(input)) {
    const records = input as ReadonlyArray<Readonly<Record<string, Cell>>>;
    const seen = new Set<string>();
    const header: string[] = [];
    records.forEach((record: unknown, i) => {
      if (record === null || typeof record !== 'object')
        throw new ServqualError('E_NO_DATA', `${caller}: record ${i + 1} is ${kindOf(record)}, not an object of cells`);
      for (const key of Object.keys(record)) {
        if (!seen.has(key)) {
          seen.add(key);
          header.push(key);
        }
      }
    });
    const rows = records.map((record) => header.map((key) => (Object.hasOwn(record, key) ? record[key] : undefined)));
    return { header, rows };
  }
  const table = input as Table;
  if (table === null || typeof table !== 'object' || !Array.isArray(table.header) || !Array.isArray(table.rows)) {
    throw new ServqualError('E_NO_DATA', `${caller}: input must be an array of records or { header, rows }`);
  }
  table.header.forEach((name: unknown, i) => {
    if (typeof name !== 'string') throw new ServqualError('E_NO_DATA', `${caller}: header cell ${i + 1} is ${kindOf(name)}, not text`);
  });
  table.rows.forEach((row: unknown, i) => {
    if (!Array.isArray(row)) throw new ServqualError('E_NO_DATA', `${caller}: row ${i + 1} is ${kindOf(row)}, not an array of cells`);
  });
  return table;
}

/** `null`, `undefined`, or the type with its article: `a number`, `an object`. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
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
