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
import { ServqualError } from '../errors.js';

/** The length of a reporting period. */
export type PeriodUnit = 'week' | 'month' | 'quarter' | 'year';

/** Every period unit. */
export const PERIOD_UNITS: readonly PeriodUnit[] = ['week', 'month', 'quarter', 'year'];

/** A period: its label (`2025-Q1`, `2025-03`, `2025-W09`, `2025`) and its position on a calendar axis. */
export interface PeriodKey {
  label: string;
  /** Consecutive periods have consecutive indexes, so trends count calendar distance, not rows. */
  index: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Parses a date cell: an ISO date or date-time (the calendar date as written is used, whatever the time
 * zone, so a row never moves to another period with the machine's zone), or with `pattern` a date-fns
 * format such as `yyyy/MM/dd` or `dd.MM.yyyy`. Returns `null` for an empty or unreadable cell.
 */
export function parseDateCell(text: string, pattern?: string): Date | null {
  const value = text.trim();
  if (value === '') return null;
  if (pattern !== undefined) {
    const d = parse(value, pattern, new Date(2000, 0, 1));
    return isValid(d) ? d : null;
  }
  const m = ISO_DATE.exec(value);
  if (m === null) return null;
  const d = parseISO(`${m[1]}-${m[2]}-${m[3]}`);
  return isValid(d) ? d : null;
}

/**
 * The period a date falls in.
 *
 * @example
 * periodOf(new Date(2025, 1, 26), 'week').label // ISO week 9 of 2025
 * //=> '2025-W09'
 */
export function periodOf(date: Date, unit: PeriodUnit): PeriodKey {
  const year = getYear(date);
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
