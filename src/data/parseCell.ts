/** A cell as it arrives: text from a CSV, or a value from an in-memory record. */
export type Cell = string | number | null | undefined;

/** The default missing-value tokens (as readr's `na = c("", "NA")`); an empty cell is a missing answer. */
export const DEFAULT_MISSING_TOKENS: readonly string[] = ['', 'NA'];

// A plain decimal number: optional sign, digits with an optional fraction, optional exponent.
// Stricter than Number(), which would also take "0x1F", "Infinity" and "  ".
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

// The same with a decimal comma (European Excel): 4,5 — and then a point is not a decimal mark.
const NUMBER_COMMA = /^[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a cell as a number: `NaN` for a missing answer, `undefined` when it is not a number.
 * With `decimal` `,` the decimal mark is a comma (`4,5`), and `4.5` is not a number. A value of another
 * type that JavaScript code may pass (`true`, a `Date`, a `BigInt`, a `Number` object, an array, an
 * object) is not a number either.
 *
 * @example
 * parseCell(' 4 ', new Set(['']))
 * //=> 4
 */
export function parseCell(cell: Cell, missing: ReadonlySet<string>, decimal: '.' | ',' = '.'): number | undefined {
  if (cell === null || cell === undefined) return Number.NaN;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : Number.isNaN(cell) ? Number.NaN : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  if (missing.has(text)) return Number.NaN;
  if (decimal === ',') return NUMBER_COMMA.test(text) ? Number(text.replace(',', '.')) : undefined;
  return NUMBER.test(text) ? Number(text) : undefined;
}

/**
 * The cell as text, for messages and group keys. Never throws: a value `String` cannot convert (an
 * object without a prototype) is shown as `[object Object]`.
 */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  try {
    return String(cell);
  } catch {
    return Object.prototype.toString.call(cell);
  }
}

/** How cells are read as numbers — the missing tokens and the decimal mark — prepared once per reader. */
export interface NumberRules {
  readonly missing: ReadonlySet<string>;
  readonly decimal: '.' | ',';
  /**
   * The values of missing tokens that are themselves numbers (a survey's `99` or `-9` for "no answer").
   * A reader that parses numbers straight from bytes must send a cell with one of these values
   * through parseCell, which compares the text.
   */
  readonly missingNumbers: ReadonlySet<number>;
}

/** Prepares {@link NumberRules}; defaults: `["", "NA"]` and `.`. */
export function numberRules(missing: readonly string[] = DEFAULT_MISSING_TOKENS, decimal: '.' | ',' = '.'): NumberRules {
  const none = new Set<string>();
  const missingNumbers = new Set<number>();
  for (const token of missing) {
    const x = parseCell(token, none, decimal);
    if (x !== undefined && !Number.isNaN(x)) missingNumbers.add(x);
  }
  return { missing: new Set(missing), decimal, missingNumbers };
}
