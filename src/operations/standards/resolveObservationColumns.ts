import { DEFAULTS } from '../../defaults.js';
import { ValidationError, type DataIssue } from '../../errors.js';
import { columnFinder } from '../../data/columnFinder.js';

/** The observations file's column names (see `DEFAULTS.observationColumns`). */
export interface ObservationColumnNames {
  /** The standard observed: an `id` of the register. */
  standardId: string;
  /** What was observed: a branch, a desk, an agent. */
  unit: string;
  /** The day of the observation. */
  date: string;
  /** Optional: who observed (visits and agreement are per observer). */
  observer: string;
  /** pass/fail (or 1/0), or a measured value compared with the standard's target or band. */
  result: string;
}

/** Where each column sits in the header (-1 for an observer column the file lacks). */
export interface ObservationColumnMap {
  readonly header: readonly string[];
  readonly standardId: number;
  readonly unit: number;
  readonly date: number;
  readonly observer: number;
  readonly result: number;
}

/**
 * Finds the observation columns in a header (ignoring case and surrounding spaces). The standard,
 * unit, date and result columns are needed; the observer column is read when present, needed when
 * named explicitly.
 *
 * @throws {ValidationError} `E_MISSING_COLUMN` for each needed column absent, `E_DUPLICATE_HEADER` for two headers matching one name
 * @example
 * resolveObservationColumns(['standard_id', 'unit', 'date', 'result']).observer
 * //=> -1
 */
export function resolveObservationColumns(header: readonly string[], names: Partial<ObservationColumnNames> = {}): ObservationColumnMap {
  const issues: DataIssue[] = [];
  const find = columnFinder(header, issues);
  const d = DEFAULTS.observationColumns;
  const map: ObservationColumnMap = {
    header,
    standardId: find(names.standardId ?? d.standardId, true, 'the standard observed, for every row'),
    unit: find(names.unit ?? d.unit, true, 'the unit observed, for every row'),
    date: find(names.date ?? d.date, true, 'the day observed, for every row'),
    observer: find(names.observer ?? d.observer, names.observer !== undefined, 'named as the observer column'),
    result: find(names.result ?? d.result, true, 'pass/fail or a value, for every row'),
  };
  if (issues.length > 0) throw new ValidationError(issues);
  return map;
}
