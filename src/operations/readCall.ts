import type { DataIssue } from '../errors.js';
import { cellText, parseCell, type Cell } from '../data/parseCell.js';
import { rowShapeIssue } from '../data/rowShapeIssue.js';
import type { Call } from './callGroup.js';
import type { CallColumnMap } from './resolveCallColumns.js';

const MISSING: ReadonlySet<string> = new Set(['', 'NA']);

/**
 * Reads one row of a call log into a call, or the problems that exclude it. Every call needs an
 * outcome (`answered` or `abandoned`, in any case) and a wait of zero seconds or more; an answered call
 * also needs its handle time when the log has a handle column. A ring count is read for answered calls
 * where given (an empty cell is unknown, not an error). Each problem names the row (and the call's id,
 * where the log has one), the column and the value.
 *
 * @param cells - the row's cells, laid out as `columns.header`
 * @param row - the 1-based data row (the header is row 0)
 */
export function readCall(cells: readonly Cell[], columns: CallColumnMap, row: number, decimal: '.' | ',' = '.'): Call | DataIssue[] {
  const { header } = columns;
  const shape = rowShapeIssue(cells, header.length, row);
  if (shape !== null) return [shape];
  const id = columns.callId >= 0 ? cellText(cells[columns.callId]).trim() : '';
  const where = id === '' ? `row ${row}` : `row ${row} (call ${id})`;
  const issues: DataIssue[] = [];
  const problem = (code: DataIssue['code'], at: number, what: string): void => {
    const value = cellText(cells[at]);
    const column = header[at] as string;
    issues.push({ code, row, column, value, message: `${where}, column ${column}: ${value === '' ? 'empty' : `"${value}"`}${what}` });
  };
  /** A number of zero or more at column `at`; NaN when empty and `optional`, undefined after a problem. */
  const duration = (at: number, need: string, optional = false): number | undefined => {
    const x = parseCell(cells[at], MISSING, decimal);
    if (x === undefined) problem('E_NOT_NUMERIC', at, ' is not a number');
    else if (Number.isNaN(x)) {
      if (optional) return x;
      problem('E_NOT_NUMERIC', at, `; ${need}`);
    } else if (x < 0) problem('E_OUT_OF_SCALE', at, ' is negative');
    else return x;
    return undefined;
  };

  const outcome = cellText(cells[columns.outcome]).trim().toLowerCase();
  const answered = outcome === 'answered';
  if (!answered && outcome !== 'abandoned') problem('E_INVALID_ROW', columns.outcome, ' is not an outcome (answered or abandoned)');
  const wait = duration(columns.wait, 'every call needs its wait in the queue');
  let handle = Number.NaN;
  let rings = Number.NaN;
  if (answered && columns.handle >= 0) handle = duration(columns.handle, 'an answered call needs its handle time') ?? Number.NaN;
  if (answered && columns.rings >= 0) rings = duration(columns.rings, '', true) ?? Number.NaN;
  if (issues.length > 0 || wait === undefined) return issues;
  return { answered, wait, handle, rings };
}
