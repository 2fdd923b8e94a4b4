/**
 * Errors thrown by servqual. Every error has a stable `code` that programs can switch on;
 * the message is for people and names the function, row, column or path involved.
 *
 * @module
 */

/** Every stable error code, in one list (the type below and the state schema's check read it). */
export const ERROR_CODES = [
  'E_INSTRUMENT',
  'E_UNKNOWN_INSTRUMENT',
  'E_MISSING_COLUMN',
  'E_DUPLICATE_HEADER',
  'E_NOT_NUMERIC',
  'E_OUT_OF_SCALE',
  'E_OVERALL_OUT_OF_SCALE',
  'E_WEIGHT_OUT_OF_SCALE',
  'E_DATE',
  'E_RAGGED_ROW',
  'E_WEIGHTS_SUM',
  'E_EMPTY_ROW',
  'E_INVALID_ROW',
  'E_METHOD',
  'E_NO_DATA',
  'E_INVALID_OPTION',
  'E_INVALID_STATE',
  'E_CSV',
  'E_ENCODING',
  'E_LIMIT',
  'E_IO',
  'E_OUTCOME_OUT_OF_SCALE',
  /** A service-standards register that breaks its contract (`parseStandards`). */
  'E_STANDARDS',
  /** An observation of a standard the register does not have. */
  'E_UNKNOWN_STANDARD',
  /** A workbook cell holding a spreadsheet error (`#DIV/0!`, `#N/A`): its row is excluded, naming it. */
  'E_CELL_ERROR',
] as const;

/** Stable error codes. */
export type ServqualErrorCode = (typeof ERROR_CODES)[number];

/** The base class of every error servqual throws. */
export class ServqualError extends Error {
  override name = 'ServqualError';
  /** A stable, machine-readable code such as `E_MISSING_COLUMN`. */
  readonly code: ServqualErrorCode;
  /** For `E_INVALID_OPTION`: the option at fault, as the API names it (`minItemsAnswered`). */
  readonly option?: string | undefined;

  constructor(code: ServqualErrorCode, message: string, details: { option?: string } = {}) {
    super(message);
    this.code = code;
    if (details.option !== undefined) this.option = details.option;
  }
}

/** One problem found in a survey file: where it is and what is wrong. */
export interface DataIssue {
  /** Stable code, e.g. `E_OUT_OF_SCALE`. */
  code: ServqualErrorCode;
  /** 1-based data row (the header is row 0); `0` for problems with the header itself. */
  row: number;
  /** The column's header as written in the file, or `null` for whole-row problems. */
  column: string | null;
  /** The offending cell as read, or `null` where there is none. */
  value: string | null;
  /** A sentence naming the row, column and value. */
  message: string;
}

/** Thrown when data fails validation; carries every issue found. */
export class ValidationError extends ServqualError {
  override name = 'ValidationError';
  /** Every problem found, in file order. */
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[], message?: string) {
    const first = issues[0];
    super(
      first?.code ?? 'E_INVALID_ROW',
      message ??
        (first === undefined
          ? 'validation failed'
          : issues.length === 1
            ? first.message
            : `${first.message} (and ${issues.length - 1} more problem${issues.length === 2 ? '' : 's'})`),
    );
    this.issues = issues;
  }
}

/** Thrown when an instrument definition is invalid; the message names the JSON path. */
export class InstrumentError extends ServqualError {
  override name = 'InstrumentError';
  /** Each problem as `path: message`, e.g. `dimensions[2].items[0].id: duplicate item id "A1"`. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super('E_INSTRUMENT', `invalid instrument: ${problems.join('; ')}`);
    this.problems = problems;
  }
}
