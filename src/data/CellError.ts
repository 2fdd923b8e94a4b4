import { cellText, type Cell } from './parseCell.js';

/**
 * A workbook cell that holds a spreadsheet error instead of a value: a formula's `#DIV/0!`, `#N/A`,
 * `#REF!`, `#VALUE!`. It is kept apart from text so that no reader takes it for an answer, a segment
 * or a date: a survey row holding one is excluded (`E_CELL_ERROR`, naming its row, column and error).
 */
export class CellError {
  /**
   * @param text - the error as the spreadsheet shows it, e.g. `#DIV/0!`
   */
  constructor(readonly text: string) {}

  /** The error as the spreadsheet shows it. */
  toString(): string {
    return this.text;
  }
}

/** A cell of a typed table (a workbook, a Parquet file): a value as {@link Cell}, or a {@link CellError}. */
export type TableCell = Cell | CellError;

/**
 * A table cell as text, as a CSV would hold it: numbers in JavaScript's shortest form, a spreadsheet
 * error as shown (`#N/A`), an empty cell as `''`. The readers of text rows (Kano, call logs) take these.
 *
 * @example
 * [tableCellText(4.5), tableCellText(null), tableCellText(new CellError('#N/A'))]
 * //=> ['4.5', '', '#N/A']
 *
 * @param cell - the cell
 * @returns its text
 */
export function tableCellText(cell: TableCell): string {
  return cell instanceof CellError ? cell.text : cellText(cell);
}
