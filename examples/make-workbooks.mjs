// The hotel survey (hotel-survey.csv) as an Excel workbook and as Parquet, for `npm run example` and
// for the test that all three give byte-identical reports (test/readingFormats.test.ts).
//   node examples/make-workbooks.mjs
// hotel-survey.xlsx (exceljs): one sheet, "survey"; a number is a number cell, submitted_at a date cell
// (yyyy-mm-dd), anything else (ids, branches, the one "n/a") a text cell, and an empty CSV cell no cell.
// hotel-survey.parquet (DuckDB's COPY, Snappy): the column types DuckDB infers from the CSV — VARCHAR,
// DATE, BIGINT, and VARCHAR for E12, whose "n/a" is not a number — and NULL for an empty cell.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Writes a CSV (plain: no quoted commas) as a one-sheet workbook with typed cells.
 * @param {string} csv - the CSV's path
 * @param {string} xlsx - the workbook's path
 * @param {{ sheet?: string, dateColumns?: string[] }} [options]
 */
export async function csvToXlsx(csv, xlsx, { sheet = 'survey', dateColumns = ['submitted_at'] } = {}) {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  // Fixed, so the file changes only when the data does.
  book.created = book.modified = new Date(Date.UTC(2025, 0, 1));
  const ws = book.addWorksheet(sheet);
  const [header, ...lines] = readFileSync(csv, 'utf8').trimEnd().split(/\r?\n/);
  const names = header.split(',');
  ws.addRow(names);
  for (const line of lines) {
    ws.addRow(
      line.split(',').map((cell, i) => {
        if (cell === '') return null;
        const date = dateColumns.includes(names[i]) ? ISO_DATE.exec(cell) : null;
        if (date !== null) return new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
        return NUMBER.test(cell) ? Number(cell) : cell;
      }),
    );
  }
  for (const name of dateColumns) {
    const at = names.indexOf(name);
    if (at >= 0) ws.getColumn(at + 1).numFmt = 'yyyy-mm-dd';
  }
  await book.xlsx.writeFile(xlsx);
}

/**
 * Writes a CSV as Parquet with DuckDB (the column types it infers; empty cells NULL).
 * @param {string} csv - the CSV's path
 * @param {string} parquet - the Parquet file's path
 */
export async function csvToParquet(csv, parquet) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const quote = (path) => `'${path.replaceAll("'", "''")}'`;
  await connection.run(`COPY (SELECT * FROM read_csv(${quote(csv)})) TO ${quote(parquet)} (FORMAT parquet, COMPRESSION snappy)`);
  connection.closeSync();
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const here = (path) => fileURLToPath(new URL(path, import.meta.url));
  await csvToXlsx(here('./hotel-survey.csv'), here('./hotel-survey.xlsx'));
  await csvToParquet(here('./hotel-survey.csv'), here('./hotel-survey.parquet'));
  console.log(`written: ${here('./hotel-survey.xlsx')}, ${here('./hotel-survey.parquet')}`);
}
