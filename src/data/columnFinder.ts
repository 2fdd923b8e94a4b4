import type { DataIssue } from '../errors.js';
import { normalizeHeader } from './resolveColumns.js';

/**
 * A finder of named columns in a header, for the files read by column name (call logs,
 * observations): each lookup gives the column's index, or −1, and records into `issues` a column
 * named twice (`E_DUPLICATE_HEADER`) and a needed column that is missing (`E_MISSING_COLUMN`, saying
 * why it is needed), so a caller can throw them all at once.
 *
 * @param header - the file's header
 * @param issues - where the problems go
 * @returns `find(name, needed, why)`: the index of the column `name` (names compared as
 *   `normalizeHeader` compares them), or −1
 * @example
 * const issues = [];
 * const find = columnFinder(['Unit', 'result'], issues);
 * [find('unit', true, 'the unit'), find('date', true, 'the day'), issues.map((i) => i.message)]
 * //=> [0, -1, ['header: missing column "date" (the day)']]
 */
export function columnFinder(header: readonly string[], issues: DataIssue[]): (name: string, needed: boolean, why: string) => number {
  const normal = header.map(normalizeHeader);
  return (name, needed, why) => {
    const key = normalizeHeader(name);
    const at = normal.indexOf(key);
    if (at >= 0 && normal.indexOf(key, at + 1) >= 0)
      issues.push({ code: 'E_DUPLICATE_HEADER', row: 0, column: name, value: null, message: `header: two columns are named "${name}"` });
    if (at < 0 && needed) issues.push({ code: 'E_MISSING_COLUMN', row: 0, column: name, value: null, message: `header: missing column "${name}" (${why})` });
    return at;
  };
}
