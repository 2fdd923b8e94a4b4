import { parquetMetadataAsync, parquetRead, type AsyncBuffer, type FileMetaData, type ParquetParsers } from 'hyparquet';
import { ServqualError } from '../errors.js';
import { isoDateText } from './isoDateText.js';
import type { Cell } from './parseCell.js';

const DAY_MS = 86_400_000;

// Dates and timestamps as the ISO text the period code reads (no Date objects, no time zone).
const PARSERS: Partial<ParquetParsers> = {
  dateFromDays: (days: number) => isoDateText(days * DAY_MS),
  timestampFromMilliseconds: (ms: bigint) => isoDateText(Number(ms)),
  timestampFromMicroseconds: (us: bigint) => isoDateText(Number(us / 1000n)),
  timestampFromNanoseconds: (ns: bigint) => isoDateText(Number(ns / 1_000_000n)),
};

/**
 * Reads a Parquet file as rows of cells, the header first: one column per top-level field, a row
 * group at a time (so memory holds one row group's rows, not the file's). Column types become
 * cells as a CSV's text would be read: integers and doubles as numbers (64-bit integers too), strings
 * as text, booleans as `true`/`false`, dates and timestamps as ISO text (`2025-03-31`, in UTC), and
 * nulls as empty cells (a missing answer). Uncompressed and Snappy-compressed files are read (the
 * defaults of DuckDB, Arrow and pandas); it runs in browsers too (hyparquet, no Node modules).
 *
 * @example
 * const rows = [];
 * // in a browser: parquetRows(await (await fetch(url)).arrayBuffer())
 * for await (const row of parquetRows(await openParquetFile('examples/hotel-survey.parquet'))) if (rows.length < 2) rows.push(row.slice(0, 5));
 * rows
 * //=> [['respondent_id', 'branch', 'submitted_at', 'E1', 'E2'], ['G0001', 'Shanghai-02', '2025-01-01', 6, 5]]
 *
 * @param bytes - the file's bytes, or hyparquet's `AsyncBuffer` over them (`openParquetFile` in `servqual/node` reads a file in slices)
 * @param name - the source named in errors (a file name)
 * @returns the rows, header first
 * @throws {ServqualError} `E_IO` when the bytes are not a Parquet file or use a codec it does not read;
 *   `E_NO_DATA` for a nested column (a list, map or struct), named.
 */
export async function* parquetRows(bytes: ArrayBuffer | Uint8Array | AsyncBuffer, name = 'input'): AsyncGenerator<Cell[]> {
  const file = bytes instanceof Uint8Array ? slicesOf(bytes) : bytes;
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new ServqualError('E_IO', `cannot read ${name}: not a Parquet file (${(error as Error).message})`);
  }
  const root = metadata.schema[0];
  const fields = metadata.schema.slice(1);
  const header: string[] = [];
  // Top-level fields: a field with children (a list, map or struct) is not a column of answers.
  for (let i = 0, seen = 0; seen < (root?.num_children ?? 0) && i < fields.length; seen++) {
    const field = fields[i] as (typeof fields)[number];
    if ((field.num_children ?? 0) > 0)
      throw new ServqualError('E_NO_DATA', `${name}: column ${field.name} is nested (a list, map or struct); servqual reads flat columns`);
    header.push(field.name);
    i++;
  }
  yield header;
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    let rows: unknown[][] = [];
    try {
      await parquetRead({
        file,
        metadata,
        rowStart: start,
        rowEnd: end,
        parsers: PARSERS,
        onComplete: (data: unknown[][]) => {
          rows = data;
        },
      });
    } catch (error) {
      throw new ServqualError('E_IO', `cannot read ${name}: rows ${start + 1}–${end}: ${(error as Error).message}`);
    }
    for (const row of rows) yield row.map(toCell);
    start = end;
  }
}

/** A Parquet value as a cell: what a CSV of the same table would read as. */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return isoDateText(value.getTime());
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return JSON.stringify(value);
}

/** Bytes in a view as the AsyncBuffer hyparquet reads, without copying them whole. */
function slicesOf(bytes: Uint8Array): AsyncBuffer {
  return {
    byteLength: bytes.byteLength,
    // A copy of the range: Node's subclass of Uint8Array shares memory on slice() (and .buffer is its whole pool).
    slice: (start: number, end?: number) => Uint8Array.prototype.slice.call(bytes, start, end).buffer as ArrayBuffer,
  };
}
