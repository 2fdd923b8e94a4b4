import { ServqualError } from '../errors.js';
import { CellError, type TableCell } from '../data/CellError.js';
import { isoDateText } from '../data/isoDateText.js';

/** Options of {@link readXlsxRows}. */
export interface ReadXlsxRowsOptions {
  /** The sheet to read, by name; default the workbook's first sheet. */
  sheet?: string | undefined;
}

/** The few members of exceljs's streaming reader used here (it is loaded only when a workbook is read). */
interface SheetReader
  extends AsyncIterable<{ number: number; values: unknown[] | { [column: number]: unknown }; getCell(column: number): { numFmt?: string } }> {
  name?: string;
}
interface BookReader extends AsyncIterable<SheetReader> {
  model?: { sheets?: Array<{ name: string }> };
}

const DAY_MS = 86_400_000;
/** Excel's serial day 25,569 is 1970-01-01 (the 1900 date system); the 1904 system is 1,462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * Reads a sheet of an .xlsx workbook as rows of typed cells, the header (the sheet's first row)
 * first, streaming: the workbook is unzipped and its sheet parsed a row at a time (exceljs's
 * `WorkbookReader`), so memory does not grow with the rows; a sheet stored before its shared strings
 * goes to a temporary file first, as exceljs does. Cells keep their types: a number cell is a
 * number, a date cell (a number with a date format) the ISO date the period code reads
 * (`2025-03-31`; with a time, `2025-03-31T14:05:00`), text is text, TRUE/FALSE are text, an empty
 * or absent cell is empty (a missing answer), a formula gives its cached result, and an error cell
 * (`#DIV/0!`, `#N/A`) is a {@link CellError} — as is a formula with no cached result (exceljs drops a
 * formula's error, and a formula never calculated has none), shown as `#ERROR in =P5/0`. Rows the sheet lacks between
 * two rows come as empty rows, so a row's number is its place under the header, as in the sheet.
 *
 * @example
 * const rows = [];
 * for await (const row of readXlsxRows('examples/hotel-survey.xlsx')) if (rows.length < 2) rows.push(row.slice(0, 5));
 * rows
 * //=> [['respondent_id', 'branch', 'submitted_at', 'E1', 'E2'], ['G0001', 'Shanghai-02', '2025-01-01', 6, 5]]
 *
 * @param file - the workbook's path
 * @param options - `sheet`: the sheet's name
 * @returns the rows, header first, each as wide as its last stored cell and at least as wide as the header
 * @throws {ServqualError} `E_INVALID_OPTION` (option `sheet`) for a sheet the workbook lacks, listing
 *   its sheets; `E_IO` when the file cannot be read or is not a workbook, or exceljs (an optional
 *   dependency) is not installed; `E_NO_DATA` for an empty sheet.
 */
export async function* readXlsxRows(file: string, options: ReadXlsxRowsOptions = {}): AsyncGenerator<TableCell[]> {
  // An optional dependency, loaded only when a workbook is read (`npm install --omit=optional` leaves it out).
  let ExcelJS: typeof import('exceljs');
  try {
    ExcelJS = (await import('exceljs')).default;
  } catch {
    throw new ServqualError('E_IO', `cannot read ${file}: reading .xlsx needs the optional dependency exceljs (npm install exceljs)`);
  }
  const book = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // the number formats tell a date from a number
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as BookReader;
  const date1904 = (): boolean => (book as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904 === true;
  let found = false;
  try {
    for await (const sheet of book) {
      const wanted = options.sheet ?? book.model?.sheets?.[0]?.name;
      if (found || (wanted !== undefined && sheet.name !== wanted)) {
        // Read through a sheet not wanted: exceljs deletes a sheet it spilled to a temporary file as soon
        // as the next one is asked for, and a stream left unread would then fail to open it.
        for await (const _ of sheet);
        continue;
      }
      found = true;
      let width = 0;
      let last = 0;
      for await (const row of sheet) {
        const cells = cellsOf(row, date1904());
        if (width === 0) {
          width = cells.length;
          last = row.number;
          yield cells;
          continue;
        }
        // Rows the sheet does not store are empty rows: every row keeps its place.
        for (let gap = last + 1; gap < row.number; gap++) yield new Array<TableCell>(width).fill(null);
        last = row.number;
        while (cells.length < width) cells.push(null);
        yield cells;
      }
      if (width === 0) throw new ServqualError('E_NO_DATA', `${file}: sheet ${sheet.name ?? ''} is empty (no header row)`);
    }
  } catch (error) {
    if (error instanceof ServqualError) throw error;
    const e = error as NodeJS.ErrnoException;
    throw new ServqualError('E_IO', `cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : `not an .xlsx workbook (${e.message})`}`);
  }
  if (!found) {
    const sheets = (book.model?.sheets ?? []).map((s) => s.name);
    throw new ServqualError(
      'E_INVALID_OPTION',
      options.sheet === undefined
        ? `${file}: the workbook has no sheet`
        : `${file}: no sheet named "${options.sheet}"; its sheets: ${sheets.map((s) => `"${s}"`).join(', ')}`,
      { option: 'sheet' },
    );
  }
}

/** A row's cells, column A first. */
function cellsOf(row: { values: unknown[] | { [column: number]: unknown }; getCell(column: number): { numFmt?: string } }, date1904: boolean): TableCell[] {
  const values = row.values as unknown[];
  const cells: TableCell[] = [];
  // exceljs's values are 1-based (column A at 1), with holes for empty cells.
  for (let column = 1; column < values.length; column++) cells.push(cellOf(values[column], () => row.getCell(column).numFmt, date1904));
  return cells;
}

/** One cell's value from exceljs as a table cell. */
function cellOf(value: unknown, numFmt: () => string | undefined, date1904: boolean): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDateText(value.getTime());
  if (typeof value !== 'object') return String(value);
  const v = value as { error?: string; formula?: string; sharedFormula?: string; result?: unknown; richText?: Array<{ text: string }>; text?: unknown };
  if (typeof v.error === 'string') return new CellError(v.error);
  if (v.formula !== undefined || v.sharedFormula !== undefined) {
    const result = v.result;
    if (typeof result === 'object' && result !== null && typeof (result as { error?: unknown }).error === 'string')
      return new CellError((result as { error: string }).error);
    // exceljs drops a formula's error result (#DIV/0!), keeping the formula alone; a formula never
    // calculated has no result either. Neither is an answer.
    if (result === undefined || result === null || (typeof result === 'number' && Number.isNaN(result)))
      return new CellError(`#ERROR in =${v.formula ?? v.sharedFormula}`);
    if (typeof result === 'number' && isDateFormat(numFmt())) return isoDateText(Math.round((result - UNIX_EPOCH_SERIAL + (date1904 ? 1462 : 0)) * DAY_MS));
    return cellOf(result, numFmt, date1904);
  }
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  if (v.text !== undefined) return cellOf(v.text, numFmt, date1904); // a hyperlink: its text
  return String(value);
}

/** Whether a number format shows a date or time (its codes outside quotes and brackets), as exceljs decides for plain cells. */
function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const codes = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhs]/i.test(codes) && !/^general$/i.test(codes.trim());
}
