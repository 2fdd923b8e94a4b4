const DAY_MS = 86_400_000;

/**
 * A date or date-time held as a number (a workbook's date cell, a Parquet date or timestamp) written
 * as the ISO text the period code reads: `2025-03-31` for a date at midnight, `2025-03-31T14:05:00`
 * with a time of day (to the millisecond when it has one). The value is read in UTC — a workbook's
 * dates carry no time zone, and a Parquet timestamp adjusted to UTC keeps its UTC calendar date — so
 * the machine's zone never moves a row to another period.
 *
 * @example
 * [isoDateText(Date.UTC(2025, 2, 31)), isoDateText(Date.UTC(2025, 2, 31, 14, 5))]
 * //=> ['2025-03-31', '2025-03-31T14:05:00']
 *
 * @param ms - milliseconds since 1970-01-01T00:00 UTC
 * @returns the ISO text, or `''` for a value that is no date (NaN, out of range)
 */
export function isoDateText(ms: number): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return '';
  const iso = new Date(ms).toISOString();
  if (((ms % DAY_MS) + DAY_MS) % DAY_MS === 0) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23);
}
