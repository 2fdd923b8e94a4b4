import {
  differenceInCalendarISOWeeks,
  format,
  getISOWeek,
  getISOWeekYear,
  getMonth,
  getQuarter,
  getYear,
  isValid,
  parse,
  parseISO,
  setISOWeek,
  startOfISOWeek,
} from 'date-fns';
import { ServqualError, type DataIssue } from '../errors.js';

/** The length of a reporting period. */
export type PeriodUnit = 'week' | 'month' | 'quarter' | 'year';

/** Every period unit. */
export const PERIOD_UNITS: readonly PeriodUnit[] = ['week', 'month', 'quarter', 'year'];

/**
 * The years a survey date may have. A year outside is a typo (`0999`) or a misread pattern (`01.07.25`
 * read with `dd.MM.yyyy` is the year 25), not a date to build a period on; and within them every
 * period label has a four-digit year, so labels read back ({@link periodIndex}).
 */
export const PLAUSIBLE_YEARS = Object.freeze({ min: 1900, max: 2100 });

/** A period: its label (`2025-Q1`, `2025-03`, `2025-W09`, `2025`) and its position on a calendar axis. */
export interface PeriodKey {
  label: string;
  /** Consecutive periods have consecutive indexes, so trends count calendar distance, not rows. */
  index: number;
}

// A date read without a pattern: ISO (2025-03-31, a time after it allowed), the same with slashes or
// dots (2025/03/31, 2025.3.31), or an Excel serial day number (45658, a fraction for the time of day).
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const YEAR_FIRST = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/.])/;
const EXCEL_SERIAL = /^(\d{5})(\.\d+)?$/;
/** Excel's day 0 for serials after 28 February 1900 (its 1900 leap-year bug moves the epoch back a day). */
const EXCEL_EPOCH = { year: 1899, month: 11, day: 30 } as const;
const DAY_MS = 86_400_000;
const REFERENCE = new Date(2000, 0, 1);
// The week-numbering year (Y) and the day of the year (D) are refused up front by checkDateFormat;
// set, these stop date-fns from warning on the console about them.
const PARSE_OPTIONS = { useAdditionalWeekYearTokens: true, useAdditionalDayOfYearTokens: true } as const;

/** A date cell read: a date, or why it is not one (`null` for an empty cell). */
export type DateReading = { date: Date } | { problem: string } | null;

/**
 * Reads a date cell: an ISO date or date-time (the calendar date as written is used, whatever the time
 * zone, so a row never moves to another period with the machine's zone), the same date with slashes or
 * dots (`2025/03/31`, `2025.3.31`), an Excel serial day number (`45658` is 1 January 2025; five digits,
 * so a bare year or a count is not taken for one), or with `pattern` a date-fns
 * format such as `yyyy/MM/dd` or `dd.MM.yyyy`. A pattern with a time-zone token (`X`, `x`) also gives
 * the date as written (23:30 at −05:00 on 31 March is 31 March); one with a timestamp (`t`, `T`), the
 * date in UTC. A year outside {@link PLAUSIBLE_YEARS} is a problem, not a date.
 *
 * @returns the date (local midnight of the calendar date, or a time on it), the problem, or `null` for a blank cell
 */
export function readDateCell(text: string, pattern?: string): DateReading {
  const value = text.trim();
  if (value === '') return null;
  let date: Date | null;
  if (pattern !== undefined) date = parsePattern(value, pattern);
  else date = readWithoutPattern(value);
  if (date === null || !isValid(date))
    return {
      problem:
        pattern === undefined
          ? "is not a date servqual reads without a date format (2025-03-31, 2025/03/31, Excel's 45658)"
          : `is not a date in the format ${pattern}`,
    };
  const year = getYear(date);
  if (year < PLAUSIBLE_YEARS.min || year > PLAUSIBLE_YEARS.max)
    return { problem: `has the year ${year}, outside ${PLAUSIBLE_YEARS.min}–${PLAUSIBLE_YEARS.max}` };
  return { date };
}

/** A date written year first (ISO, or with slashes or dots) or as an Excel serial day number; `null` otherwise. */
function readWithoutPattern(value: string): Date | null {
  const iso = ISO_DATE.exec(value);
  if (iso !== null) return parseISO(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const ymd = YEAR_FIRST.exec(value);
  if (ymd !== null) return calendarDate(Number(ymd[1]), Number(ymd[3]), Number(ymd[4]));
  const serial = EXCEL_SERIAL.exec(value);
  if (serial !== null) {
    // Calendar fields, not milliseconds since an instant: a daylight-saving change cannot move the date.
    const ms = serial[2] === undefined ? 0 : Math.floor(Number(`0${serial[2]}`) * DAY_MS);
    return new Date(EXCEL_EPOCH.year, EXCEL_EPOCH.month, EXCEL_EPOCH.day + Number(serial[1]), 0, 0, 0, ms);
  }
  return null;
}

/** The local date of a year, month (1–12) and day, or `null` when there is no such day (2025/02/30). */
function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/**
 * Parses a date cell to a date, as {@link readDateCell}; `null` for an empty, unreadable or implausible one.
 *
 * @example
 * parseDateCell('01.07.2025', 'dd.MM.yyyy')?.getMonth()
 * //=> 6
 */
export function parseDateCell(text: string, pattern?: string): Date | null {
  const reading = readDateCell(text, pattern);
  return reading !== null && 'date' in reading ? reading.date : null;
}

/**
 * The issue of a date cell that is not empty and gives no period: the row is used, left out of the
 * periods only (counted in `dataQuality.undated`), and this says why.
 *
 * @returns the issue (code `E_DATE`), or `null` when the cell is blank or a usable date
 */
export function undatedIssue(row: number, column: string, text: string, pattern?: string): DataIssue | null {
  const reading = readDateCell(text, pattern);
  if (reading === null || 'date' in reading) return null;
  return { code: 'E_DATE', row, column, value: text, message: `row ${row}, column ${column}: "${text}" ${reading.problem}; counted as undated` };
}

/**
 * Checks a date-fns pattern before any row is read. Refused: the week-numbering year `Y` and the day of
 * the year `D` (`YYYY-MM-DD` is almost always meant as `yyyy-MM-dd`, and reads wrong dates without an
 * error), and anything date-fns cannot both write and read (`foo`, the zone name `zzz`).
 *
 * @param pattern - the pattern, or `undefined` (ISO dates: nothing to check)
 * @throws {ServqualError} `E_INVALID_OPTION`, e.g. `dateFormat "YYYY-MM-DD": YYYY is the week-numbering
 *   year and DD the day of the year; for a calendar date write yyyy-MM-dd (--date-format in the CLI)`
 */
export function checkDateFormat(pattern: string | undefined): void {
  if (pattern === undefined) return;
  const fail = (why: string): never => {
    throw new ServqualError('E_INVALID_OPTION', `dateFormat "${pattern}": ${why}`, { option: 'dateFormat' });
  };
  const tokens = patternTokens(pattern);
  const year = tokens.find((t) => t.text.startsWith('Y'));
  const day = tokens.find((t) => t.text.startsWith('D'));
  if (year !== undefined || day !== undefined) {
    const said =
      year !== undefined && day !== undefined
        ? `${year.text} is the week-numbering year and ${day.text} the day of the year`
        : year !== undefined
          ? `${year.text} is the week-numbering year`
          : `${(day as { text: string }).text} is the day of the year`;
    // The same pattern with those tokens in lower case: the calendar year, the day of the month.
    let fixed = pattern;
    for (const t of [year, day]) if (t !== undefined) fixed = fixed.slice(0, t.at) + t.text.toLowerCase() + fixed.slice(t.at + t.text.length);
    fail(`${said}; for a calendar date write ${fixed}`);
  }
  try {
    parse(format(REFERENCE, pattern, PARSE_OPTIONS), pattern, REFERENCE, PARSE_OPTIONS);
  } catch (error) {
    fail(`not a date-fns pattern servqual can read: ${(error as Error).message.split(';')[0] ?? ''}`);
  }
}

/** The letter tokens of a date-fns pattern outside quotes, with their offsets. */
function patternTokens(pattern: string): Array<{ text: string; at: number }> {
  const tokens: Array<{ text: string; at: number }> = [];
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i] as string;
    if (c === "'") {
      // a quoted literal: '' inside is a quote
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'" && pattern[i + 1] === "'") i += 2;
        else if (pattern[i] === "'") break;
        else i++;
      }
      i++;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      tokens.push({ text: pattern.slice(i, j), at: i });
      i = j;
      continue;
    }
    i++;
  }
  return tokens;
}

// An ISO time-zone designator as date-fns's X and x tokens read it: Z, ±hh, ±hhmm, ±hh:mm (± seconds).
const ZONE_TEXT = /Z|[+-]\d{2}(?::?\d{2}){0,2}/g;

/**
 * A cell read with a date-fns pattern, its calendar date as written. date-fns applies a zone token's
 * offset and returns an instant, whose date depends on the machine's zone; so each zone-like piece of
 * the text is tried as a literal in the zone token's place, and the one that reads gives the date and
 * time as written. A timestamp has no written date: its date in UTC.
 */
function parsePattern(value: string, pattern: string): Date | null {
  const date = parse(value, pattern, REFERENCE, PARSE_OPTIONS);
  if (!isValid(date)) return null;
  const tokens = patternTokens(pattern);
  if (tokens.some((t) => t.text[0] === 't' || t.text[0] === 'T')) return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const zones = tokens.filter((t) => t.text[0] === 'X' || t.text[0] === 'x');
  if (zones.length === 0) return date;
  const zone = zones[0] as { text: string; at: number };
  if (zones.length === 1) {
    for (const m of value.matchAll(ZONE_TEXT)) {
      const literal = `${pattern.slice(0, zone.at)}'${m[0]}'${pattern.slice(zone.at + zone.text.length)}`;
      const written = parse(value, literal, REFERENCE, PARSE_OPTIONS);
      if (isValid(written)) return written;
    }
  }
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/**
 * The period a date falls in.
 *
 * @throws {ServqualError} `E_INVALID_OPTION` for a date outside {@link PLAUSIBLE_YEARS} (its label would not read back) or an unknown unit
 *
 * @example
 * periodOf(new Date(2025, 1, 26), 'week').label // ISO week 9 of 2025
 * //=> '2025-W09'
 */
export function periodOf(date: Date, unit: PeriodUnit): PeriodKey {
  const year = getYear(date);
  if (!(year >= PLAUSIBLE_YEARS.min && year <= PLAUSIBLE_YEARS.max)) {
    throw new ServqualError('E_INVALID_OPTION', `periodOf: the year ${year} is outside ${PLAUSIBLE_YEARS.min}–${PLAUSIBLE_YEARS.max}`);
  }
  switch (unit) {
    case 'year':
      return { label: String(year), index: year };
    case 'quarter': {
      const q = getQuarter(date);
      return { label: `${year}-Q${q}`, index: year * 4 + q - 1 };
    }
    case 'month':
      return { label: format(date, 'yyyy-MM'), index: year * 12 + getMonth(date) };
    case 'week':
      return {
        label: `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`,
        index: differenceInCalendarISOWeeks(date, new Date(2000, 0, 3)),
      };
    default:
      throw new ServqualError('E_INVALID_OPTION', `unknown period "${String(unit)}"; use week, month, quarter or year`);
  }
}

/** The calendar index of a period label made by {@link periodOf}. */
export function periodIndex(label: string, unit: PeriodUnit): number {
  const m = /^(\d{4})(?:-(Q)(\d)|-W(\d{2})|-(\d{2}))?$/.exec(label);
  if (m === null) throw new ServqualError('E_INVALID_STATE', `not a period label: "${label}"`);
  const year = Number(m[1]);
  if (unit === 'quarter') return year * 4 + Number(m[3]) - 1;
  if (unit === 'month') return year * 12 + Number(m[5]) - 1;
  if (unit === 'week') {
    const inWeek = setISOWeek(new Date(year, 0, 4), Number(m[4]));
    return differenceInCalendarISOWeeks(startOfISOWeek(inWeek), new Date(2000, 0, 3));
  }
  return year;
}
