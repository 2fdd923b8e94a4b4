import type { DataIssue } from '../errors.js';
import { type Cell, cellText } from './parseCell.js';

/**
 * The problem of a row whose cells do not line up with the header, for the files read by column name
 * (call logs, observations): `E_EMPTY_ROW` when every cell is blank, else `E_RAGGED_ROW` with the
 * counts; `null` when the row has as many cells as the header.
 *
 * @param cells - the row's cells
 * @param columns - how many columns the header has
 * @param row - the row's number, for the message
 * @example
 * rowShapeIssue(['a', 'b'], 3, 7)?.message
 * //=> 'row 7: 2 cells where the header has 3'
 */
export function rowShapeIssue(cells: readonly Cell[], columns: number, row: number): DataIssue | null {
  if (cells.length === columns) return null;
  return cells.every((c) => cellText(c).trim() === '')
    ? { code: 'E_EMPTY_ROW', row, column: null, value: null, message: `row ${row}: an empty row` }
    : { code: 'E_RAGGED_ROW', row, column: null, value: null, message: `row ${row}: ${cells.length} cells where the header has ${columns}` };
}
