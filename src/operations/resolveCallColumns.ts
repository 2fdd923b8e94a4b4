import { DEFAULTS } from '../defaults.js';
import { ValidationError, type DataIssue } from '../errors.js';
import { columnFinder } from '../data/columnFinder.js';

/** The call log's column names (see `DEFAULTS.callColumns`). */
export interface CallColumnNames {
  /** Optional: names the call in messages. */
  callId: string;
  /** Needed for periods. */
  offeredAt: string;
  /** `answered` or `abandoned`. */
  outcome: string;
  /** Seconds in the queue. */
  wait: string;
  /** Optional: handle seconds of answered calls (AHT). */
  handle: string;
  /** Optional: rings before the answer. */
  rings: string;
}

/** Where each column of a call log sits in the header (-1 where it has none). */
export interface CallColumnMap {
  readonly header: readonly string[];
  readonly callId: number;
  readonly offeredAt: number;
  readonly outcome: number;
  readonly wait: number;
  readonly handle: number;
  readonly rings: number;
  /** The `by` columns, in the order given. */
  readonly by: readonly number[];
}

/**
 * Finds a call log's columns in its header (ignoring case and surrounding spaces). The outcome and
 * wait columns are needed, the date column with periods, and every `by` column; the call id, handle
 * and rings columns are read when present, or needed when named explicitly in `names`.
 *
 * @throws {ValidationError} `E_MISSING_COLUMN` naming each column needed and absent, and
 *   `E_DUPLICATE_HEADER` when two headers match one name.
 */
export function resolveCallColumns(
  header: readonly string[],
  names: Partial<CallColumnNames> = {},
  by: readonly string[] = [],
  needDate = false,
): CallColumnMap {
  const issues: DataIssue[] = [];
  const find = columnFinder(header, issues);
  const d = DEFAULTS.callColumns;
  const map: CallColumnMap = {
    header,
    callId: find(names.callId ?? d.callId, names.callId !== undefined, 'named as the call id column'),
    offeredAt: find(names.offeredAt ?? d.offeredAt, needDate || names.offeredAt !== undefined, needDate ? 'needed for periods' : 'named as the date column'),
    outcome: find(names.outcome ?? d.outcome, true, 'answered or abandoned, for every call'),
    wait: find(names.wait ?? d.wait, true, 'seconds in the queue, for every call'),
    handle: find(names.handle ?? d.handle, names.handle !== undefined, 'named as the handle-time column'),
    rings: find(names.rings ?? d.rings, names.rings !== undefined, 'named as the rings column'),
    by: by.map((name) => find(name, true, 'a by column')),
  };
  if (issues.length > 0) throw new ValidationError(issues);
  return map;
}
