import { ServqualError, type DataIssue } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import { createRowReader, type RowReaderOptions } from './createRowReader.js';
import type { Method } from './method.js';
import { toTable, type SurveyInput } from './toTable.js';

/** Options of {@link validateSurvey}. */
export interface ValidateSurveyOptions extends RowReaderOptions {
  instrument: Instrument;
  /** Most rows the in-memory API takes. Default 1,000,000. */
  maxRows?: number | undefined;
}

/** Every problem in a survey, with the method its columns imply. */
export interface ValidationSummary {
  method: Method;
  rows: number;
  /** Rows with no problem. */
  valid: number;
  /** Every problem, in row order, each naming its row, column and value. */
  issues: DataIssue[];
}

/**
 * Checks a survey without scoring it and lists every problem.
 *
 * @throws {ValidationError} when the header lacks a required column or repeats one.
 */
export function validateSurvey(input: SurveyInput, options: ValidateSurveyOptions): ValidationSummary {
  const table = toTable(input);
  if (table.rows.length > (options.maxRows ?? 1_000_000)) {
    throw new ServqualError('E_LIMIT', `the survey has ${table.rows.length} rows, more than maxRows = ${options.maxRows ?? 1_000_000} for the in-memory API; raise maxRows, or stream it with readSurveyCsv`);
  }
  const reader = createRowReader(table.header, options.instrument, options);
  const issues: DataIssue[] = [];
  let valid = 0;
  table.rows.forEach((cells, i) => {
    const result = reader.read(cells, i + 1);
    if (result.ok) valid++;
    else issues.push(...result.issues);
  });
  return { method: reader.columns.method, rows: table.rows.length, valid, issues };
}
