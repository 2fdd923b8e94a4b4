import { ServqualError, ValidationError, type DataIssue } from '../errors.js';
import { normalizeHeader } from '../data/resolveColumns.js';
import { DEFAULT_MISSING_TOKENS, parseCell } from '../data/parseCell.js';
import { gapFactors } from '../gaps/gapFactors.js';
import type { Instrument } from '../instrument/schema.js';
import { linkUnits, type BusinessUnits, type LinkageReport, type LinkOptions } from '../link/linkUnits.js';
import { analyzeCsv } from './analyzeCsv.js';
import { readCsvRows, type CsvSource, type ReadCsvRowsOptions } from './readCsvRows.js';

/** The files of {@link linkCsv}. */
export interface LinkFiles {
  /** The staff survey: the `gapFactors` items (or the staff instrument's), and the unit column. */
  staff: CsvSource;
  /** The customer survey: the customer instrument's columns, and the unit column. */
  customers: CsvSource;
  /** Optional business figures: the unit column and one numeric column per figure (revenue, retention…). */
  business?: CsvSource | undefined;
}

/** Options of {@link linkCsv}. */
export interface LinkCsvOptions extends LinkOptions, ReadCsvRowsOptions {
  /** The customer instrument. */
  instrument: Instrument;
  /** The staff instrument, scored as perceptions (servperf). Default `gapFactors`. */
  staffInstrument?: Instrument | undefined;
}

/**
 * Business figures from a CSV: a row per unit, the unit in the `by` column, every other column a
 * figure (an empty cell or NA is no value).
 *
 * @param source - a path or a stream
 * @param by - the unit column
 * @param options - reading options
 * @returns the figures by unit
 * @throws {ServqualError} `E_MISSING_COLUMN` without the unit column; {@link ValidationError} naming the row, column and value of each cell that is not a number, and of a unit given twice
 */
export async function readBusinessCsv(source: CsvSource, by: string, options: ReadCsvRowsOptions = {}): Promise<BusinessUnits> {
  let header: string[] | undefined;
  let unitColumn = -1;
  const units: Array<{ unit: string; values: Record<string, number | null> }> = [];
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  const missing = new Set(DEFAULT_MISSING_TOKENS);
  let row = 0;
  for await (const cells of readCsvRows(source, options)) {
    if (header === undefined) {
      header = cells.map((c) => c.replace(/^\uFEFF/, '').trim());
      unitColumn = header.map(normalizeHeader).indexOf(normalizeHeader(by));
      if (unitColumn < 0) throw new ServqualError('E_MISSING_COLUMN', `business file: no column "${by}" (columns: ${header.map((c) => `"${c}"`).join(', ')})`);
      continue;
    }
    row++;
    if (cells.every((c) => c.trim() === '')) continue;
    const unit = (cells[unitColumn] ?? '').trim();
    if (seen.has(unit))
      issues.push({
        code: 'E_INVALID_ROW',
        row,
        column: header[unitColumn] ?? by,
        value: unit,
        message: `business file: row ${row}, column ${by}: unit "${unit}" is given twice`,
      });
    seen.add(unit);
    const values: Record<string, number | null> = {};
    header.forEach((name, j) => {
      if (j === unitColumn) return;
      const cell = cells[j] ?? '';
      const x = parseCell(cell, missing);
      if (x === undefined)
        issues.push({ code: 'E_NOT_NUMERIC', row, column: name, value: cell, message: `business file: row ${row}, column ${name}: "${cell}" is not a number` });
      values[name] = x === undefined || Number.isNaN(x) ? null : x;
    });
    units.push({ unit, values });
  }
  if (header === undefined) throw new ServqualError('E_NO_DATA', 'business file: the file is empty');
  if (issues.length > 0) throw new ValidationError(issues);
  return { measures: header.filter((_, j) => j !== unitColumn).map((id) => ({ id, name: { en: id } })), units };
}

/**
 * The service-profit chain linked by unit, from files: the staff survey scored with the staff
 * instrument (default `gapFactors`, by construct), the customer survey with its instrument (the
 * method detected from its columns), both segmented by `by`, and optional business figures; then
 * {@link linkUnits}. Each survey is streamed.
 *
 * @param files - the staff and customer surveys, and business figures
 * @param options - the unit column, the instruments, the smallest unit, weighting, reading options
 * @returns the linkage
 * @throws {ServqualError} as `analyzeCsv`, {@link readBusinessCsv} and {@link linkUnits}
 */
export async function linkCsv(files: LinkFiles, options: LinkCsvOptions): Promise<LinkageReport> {
  const { instrument, staffInstrument, by, minUnit, weighted, ...reading } = options;
  const staff = await analyzeCsv(files.staff, { ...reading, instrument: staffInstrument ?? gapFactors, method: 'servperf', by: [by] });
  const customers = await analyzeCsv(files.customers, { ...reading, instrument, by: [by] });
  const business = files.business === undefined ? undefined : await readBusinessCsv(files.business, by, reading);
  return linkUnits({ staff, customers, business }, { by, minUnit, weighted });
}
