import { differenceInCalendarDays, format } from 'date-fns';
import { periodOf, type PeriodKey } from '../data/period.js';

/** The periods a call log is reported by. */
export type CallPeriodUnit = 'day' | 'week' | 'month';

/** Every call period unit. */
export const CALL_PERIOD_UNITS: readonly CallPeriodUnit[] = ['day', 'week', 'month'];

/** Day 0 of the day index: any fixed date works, it only orders and spaces the days. */
const DAY_ZERO = new Date(2000, 0, 1);

/**
 * The period a call falls in: a calendar day (`2025-03-04`), ISO week (`2025-W10`) or month
 * (`2025-03`). Weeks and months are the survey's periods ({@link periodOf}); a call centre also
 * watches days, so days are added here. The index counts calendar periods, so gaps stay gaps.
 *
 * @example
 * callPeriodOf(new Date(2025, 2, 4), 'day').label
 * //=> '2025-03-04'
 */
export function callPeriodOf(date: Date, unit: CallPeriodUnit): PeriodKey {
  if (unit === 'day') return { label: format(date, 'yyyy-MM-dd'), index: differenceInCalendarDays(date, DAY_ZERO) };
  return periodOf(date, unit);
}
