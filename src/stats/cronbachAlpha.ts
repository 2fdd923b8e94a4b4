import { ServqualError } from '../errors.js';
import { CoMoments } from './CoMoments.js';
import { reliabilityFromMoments, type Reliability } from './reliabilityFromMoments.js';

/**
 * Cronbach's (1951) alpha of a scale given as rows of item scores, listwise: a row with any missing
 * value (`NaN`, `null`) is left out, as `psych::alpha(na.omit(x))` and SPSS RELIABILITY do.
 *
 * @param rows - one array of k item scores per respondent
 * @param ids - item ids; default `"1"…"k"`
 * @throws {ServqualError} `E_INVALID_OPTION` when rows differ in length or ids do not match k
 *
 * @example
 * cronbachAlpha([[1, 2], [2, 3], [3, 3], [4, 5]]).alpha // variances 5/3 and 19/12, of the sum 25/4: 2·(1 − 3.25/6.25)
 * //=> 0.96
 */
export function cronbachAlpha(rows: ReadonlyArray<ReadonlyArray<number | null>>, ids?: readonly string[]): Reliability {
  const k = ids?.length ?? rows[0]?.length ?? 0;
  if (k < 1) throw new ServqualError('E_INVALID_OPTION', 'cronbachAlpha: no items');
  const names = ids ?? Array.from({ length: k }, (_, i) => String(i + 1));
  const moments = new CoMoments(k);
  rows.forEach((row, r) => {
    if (row.length !== k) throw new ServqualError('E_INVALID_OPTION', `cronbachAlpha: row ${r + 1} has ${row.length} values, expected ${k}`);
    if (row.every((x) => x !== null && !Number.isNaN(x))) moments.add(row as readonly number[]);
  });
  return reliabilityFromMoments(moments, names);
}
