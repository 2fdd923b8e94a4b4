import { readDateCell } from './period.js';

/**
 * The date formats spreadsheets and survey tools commonly write, as date-fns patterns, tried in this
 * order. Day-first and month-first forms are both here: which one a file uses is told only by a value
 * whose first or second number is above 12.
 */
export const COMMON_DATE_FORMATS: readonly string[] = [
  'dd/MM/yyyy',
  'MM/dd/yyyy',
  'dd/MM/yyyy HH:mm',
  'MM/dd/yyyy HH:mm',
  'dd/MM/yyyy HH:mm:ss',
  'MM/dd/yyyy HH:mm:ss',
  'MM/dd/yyyy h:mm a',
  'MM/dd/yyyy h:mm:ss a',
  'dd.MM.yyyy',
  'dd.MM.yyyy HH:mm',
  'dd.MM.yyyy HH:mm:ss',
  'dd-MM-yyyy',
  'MM-dd-yyyy',
  'dd/MM/yy',
  'MM/dd/yy',
  'dd.MM.yy',
  'yyyyMMdd',
  'yyyy/MM/dd HH:mm:ss',
  'dd-MMM-yyyy',
  'd MMM yyyy',
  'MMM d, yyyy',
  'yyyy年M月d日',
];

/** What {@link guessDateFormat} found: the formats that read every value of the sample. */
export interface DateFormatGuess {
  /** Every common format that reads each value of the sample as a plausible date, in the order tried. */
  readonly formats: readonly string[];
  /**
   * The format to use: the only one that reads the sample; `null` when none does, or when several do
   * and the sample cannot tell them apart (`01/02/2025` is 1 February or 2 January).
   */
  readonly format: string | null;
}

/**
 * Tries the {@link COMMON_DATE_FORMATS} on values that gave no date, and says which format reads them.
 * A format counts only when it reads every value of the sample (blank ones aside) to a date in the
 * plausible years; when two or more do, none is picked, so a day is never silently read as a month.
 *
 * @param values - a sample of date cells that were not read (a few dozen is plenty)
 * @returns the formats that read the whole sample, and the one to use when the sample decides it
 *
 * @example
 * guessDateFormat(['31/01/2025', '01/02/2025']).format // 31 is no month: day first
 * //=> 'dd/MM/yyyy'
 * @example
 * guessDateFormat(['01/02/2025', '03/04/2025']).formats // both readings are dates
 * //=> ['dd/MM/yyyy', 'MM/dd/yyyy']
 */
export function guessDateFormat(values: readonly string[]): DateFormatGuess {
  const sample = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
  if (sample.length === 0) return { formats: [], format: null };
  const formats = COMMON_DATE_FORMATS.filter((pattern) =>
    sample.every((value) => {
      const reading = readDateCell(value, pattern);
      return reading !== null && 'date' in reading;
    }),
  );
  return { formats, format: formats.length === 1 ? (formats[0] as string) : null };
}
