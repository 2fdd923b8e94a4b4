import { ValidationError } from '../errors.js';
import { checkDateFormat } from './period.js';
import type { ColumnMap } from './resolveColumns.js';
import { normalizeHeader } from './resolveColumns.js';

/** Options naming the columns segments and periods use. */
export interface GroupColumnOptions {
  by?: readonly string[] | undefined;
  period?: string | undefined;
  dateColumn?: string | undefined;
  dateFormat?: string | undefined;
}

/**
 * Resolves segment and date columns against a file's other (non-item) columns, ignoring case and
 * surrounding spaces, and returns their names as written in the file. Without `dateColumn`, the date
 * is `submitted_at`, else `date`. The date pattern is checked first, so a wrong one is reported
 * whatever the file holds.
 *
 * @throws {ServqualError} `E_INVALID_OPTION` for a `dateFormat` that cannot be used (see checkDateFormat).
 * @throws {ValidationError} `E_MISSING_COLUMN` naming a `by` or date column the file lacks.
 */
export function resolveGroupColumns(columns: ColumnMap, options: GroupColumnOptions): { by: string[]; dateColumn: string | undefined } {
  checkDateFormat(options.dateFormat);
  const extra = new Map(columns.extra.map((c) => [normalizeHeader(c.name), c.name]));
  const missing: string[] = [];
  const find = (name: string): string | undefined => {
    const found = extra.get(normalizeHeader(name));
    if (found === undefined) missing.push(name);
    return found;
  };
  const by = (options.by ?? []).map(find).filter((x): x is string => x !== undefined);
  let dateColumn: string | undefined;
  if (options.period !== undefined) {
    if (options.dateColumn !== undefined) dateColumn = find(options.dateColumn);
    else {
      dateColumn = extra.get('submitted_at') ?? extra.get('date');
      if (dateColumn === undefined) missing.push('submitted_at (or date; name another with dateColumn)');
    }
  }
  if (missing.length > 0) {
    throw new ValidationError(
      missing.map((column) => ({
        code: 'E_MISSING_COLUMN' as const,
        row: 0,
        column,
        value: null,
        message: `header: no column "${column}" to ${options.by?.includes(column) === true ? 'segment by' : 'date the rows by'}`,
      })),
    );
  }
  return { by, dateColumn };
}
