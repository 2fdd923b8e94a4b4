import { ServqualError, type DataIssue } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import { CellError, tableCellText, type TableCell } from './CellError.js';
import { createRowReader, type RowReader, type RowReaderOptions, type RowResult } from './createRowReader.js';
import type { Cell } from './parseCell.js';

/** Options of {@link readSurveyRows}: the instrument and the row reader's options. */
export interface ReadSurveyRowsOptions extends RowReaderOptions {
  instrument: Instrument;
}

/** A survey in typed rows, opened for reading: its column map, and its rows validated one at a time. */
export interface SurveyRows {
  readonly reader: RowReader;
  /** Each data row as a response or an exclusion with reasons; rows are numbered from 1. */
  readonly rows: AsyncIterable<RowResult>;
}

/**
 * Opens a survey held as rows of typed cells — a workbook's sheet, a Parquet file — as
 * `readSurveyCsv` opens a CSV: the first row is the header, each later row is validated by the
 * same row reader, so a number cell is read as the number and an empty cell as a missing answer.
 * A row holding a spreadsheet error ({@link CellError}) is excluded with `E_CELL_ERROR`, naming its
 * row, column and error: every row read is accounted for.
 *
 * @example
 * const one = defineInstrument({ id: 'one', name: { en: 'One' }, scale: { min: 1, max: 7 },
 *   dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }] });
 * const survey = await readSurveyRows([['E1', 'P1'], [6, 5], [new CellError('#DIV/0!'), 5]], { instrument: one });
 * const results = [];
 * for await (const r of survey.rows) results.push(r.ok ? r.response.perception[0] : r.issues[0].message);
 * results
 * //=> [5, 'row 2, column E1: the cell holds the spreadsheet error #DIV/0!']
 *
 * @param table - the rows, header first (an iterable or an async iterable)
 * @param options - the instrument, and the reading options of `createRowReader`
 * @param name - the source named in errors (a file name)
 * @returns the reader (the header resolved) and the validated rows
 * @throws {ServqualError} `E_NO_DATA` when there is no header row; `E_CELL_ERROR` for an error in the
 *   header; the `ValidationError` of `createRowReader` for a missing or repeated column.
 */
export async function readSurveyRows(
  table: AsyncIterable<readonly TableCell[]> | Iterable<readonly TableCell[]>,
  options: ReadSurveyRowsOptions,
  name = 'input',
): Promise<SurveyRows> {
  const iterator = Symbol.asyncIterator in table ? table[Symbol.asyncIterator]() : (table as Iterable<readonly TableCell[]>)[Symbol.iterator]();
  const first = await iterator.next();
  if (first.done === true) throw new ServqualError('E_NO_DATA', `${name}: the table is empty (no header row)`);
  const header = first.value.map((cell, i) => {
    if (cell instanceof CellError) throw new ServqualError('E_CELL_ERROR', `${name}: the header holds the spreadsheet error ${cell.text} at column ${i + 1}`);
    return tableCellText(cell);
  });
  let reader: RowReader;
  try {
    reader = createRowReader(header, options.instrument, options);
  } catch (error) {
    await iterator.return?.();
    throw error;
  }
  async function* rows(): AsyncGenerator<RowResult> {
    let row = 0;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      row++;
      const cells = next.value;
      const errors = cellErrors(cells, header, row);
      yield errors === null ? reader.read(cells as readonly Cell[], row) : { ok: false, row, issues: errors };
    }
  }
  return { reader, rows: rows() };
}

/** The issues of a row's spreadsheet errors, or `null` when it has none (the usual case: one pass, no allocation). */
function cellErrors(cells: readonly TableCell[], header: readonly string[], row: number): DataIssue[] | null {
  let issues: DataIssue[] | null = null;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!(cell instanceof CellError)) continue;
    const column = header[i] ?? `column ${i + 1}`;
    issues ??= [];
    issues.push({
      code: 'E_CELL_ERROR',
      row,
      column,
      value: cell.text,
      message: `row ${row}, column ${column}: the cell holds the spreadsheet error ${cell.text}`,
    });
  }
  return issues;
}
