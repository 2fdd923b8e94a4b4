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
 * @param input - Rows as records (`[{ E1: 6, P1: 5, … }]`) or `{ header, rows }` of cell arrays.
 * @param options - The instrument, and the reading rules of {@link createRowReader}.
 * @returns The method detected, the rows read and valid, and every problem with its row, column and value.
 * @throws {ValidationError} when the header lacks a required column or repeats one.
 * @example
 * const one = defineInstrument({ id: 'one', name: { en: 'One' }, scale: { min: 1, max: 7 },
 *   dimensions: [{ id: 'd', name: { en: 'D' }, items: [{ id: '1' }] }] });
 * const summary = validateSurvey([{ E1: 6, P1: 5 }, { E1: 6, P1: 8 }], { instrument: one });
 * [summary.valid, summary.issues[0].row, summary.issues[0].column, summary.issues[0].code]
 * //=> [1, 2, 'P1', 'E_OUT_OF_SCALE']
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
