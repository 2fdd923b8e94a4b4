import type { DataIssue } from '../errors.js';
import type { Instrument } from '../instrument/schema.js';
import { createRowReader, type RowReaderOptions } from './createRowReader.js';
import type { Method } from './method.js';
import { checkRowLimit, toTable, type SurveyInput } from './toTable.js';

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
  /** Rows with no problem: neither excluded nor with a value set aside. */
  valid: number;
  /** Every problem, in row order, each naming its row, column and value — values set aside included. */
  issues: DataIssue[];
}

/**
 * Checks a survey without scoring it and lists every problem.
 *
 * @throws {ValidationError} when the header lacks a required column or repeats one.
 */
export function validateSurvey(input: SurveyInput, options: ValidateSurveyOptions): ValidationSummary {
  const table = toTable(input, 'validateSurvey');
  checkRowLimit(table.rows.length, options.maxRows, 'readSurveyCsv');
  const reader = createRowReader(table.header, options.instrument, options);
  const issues: DataIssue[] = [];
  let valid = 0;
  table.rows.forEach((cells, i) => {
    const result = reader.read(cells, i + 1);
    const problems = result.ok ? (result.response.notes ?? []) : result.issues;
    if (problems.length === 0) valid++;
    else issues.push(...problems);
  });
  return { method: reader.columns.method, rows: table.rows.length, valid, issues };
}
