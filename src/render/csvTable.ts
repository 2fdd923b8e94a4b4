import { neutralizeCell } from './renderCsv.js';

/** A cell of {@link csvTable}: text (neutralised against formula injection), a number, or empty. */
export type CsvCell = string | number | null;

/**
 * Rows as an Excel-ready CSV, as `renderCsv` writes: a UTF-8 byte-order mark, CRLF line ends, text
 * from the data neutralised against formula injection (`neutralizeCell`) and quoted where it holds a
 * comma, a quote or a line end; numbers as JavaScript prints them, `null` as an empty cell.
 *
 * @param rows - the header row first
 * @returns the CSV text
 *
 * @example
 * csvTable([['stage', 'n'], ['=cmd', 3], ['a, b', null]]).split('\r\n')
 * //=> ['\ufeffstage,n', "'=cmd,3", '"a, b",', '']
 */
export function csvTable(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  const cell = (value: CsvCell): string => {
    if (value === null) return '';
    const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : neutralizeCell(value);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\ufeff${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
