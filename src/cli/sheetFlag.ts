import type { CsvSource } from '../node/readCsvRows.js';
import { tableFormatOf } from '../node/readTableFile.js';
import { type FlagSpec, UsageError } from './flags.js';

/** `--sheet NAME`: the sheet of an .xlsx workbook to read (analyze, validate, kano, calls). */
export const SHEET = {
  name: 'sheet',
  type: 'string',
  placeholder: 'NAME',
  help: 'the sheet of an .xlsx FILE to read (default the first)',
  option: 'sheet',
} as const satisfies FlagSpec;

/**
 * The sheet to read: `--sheet`, refused unless FILE is an .xlsx workbook (a CSV or Parquet file has no
 * sheets, and ignoring the flag would read something the user did not ask for).
 *
 * @throws {UsageError} `--sheet: survey.csv is not an .xlsx workbook`
 */
export function sheetOf(values: { sheet?: string | undefined }, source: CsvSource): string | undefined {
  if (values.sheet === undefined) return undefined;
  if (typeof source !== 'string' || tableFormatOf(source) !== 'xlsx')
    throw new UsageError(`--sheet: ${typeof source === 'string' ? source : 'standard input'} is not an .xlsx workbook`);
  return values.sheet;
}
