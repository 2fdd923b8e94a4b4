import { DEFAULTS } from '../defaults.js';
import { ServqualError } from '../errors.js';

/** Options of {@link pareto}. */
export interface ParetoOptions {
  /** The cumulative share the vital few reach, 0–1. Default `DEFAULTS.paretoThreshold` (0.8). */
  threshold?: number | undefined;
}

/** One category of a Pareto table. */
export interface ParetoCategory {
  category: string;
  count: number;
  /** count / total, 0–1. */
  share: number;
  /** The share of this category and every one above it, 0–1. */
  cumulative: number;
  /** Whether the category is one of the vital few. */
  vital: boolean;
}

/** A Pareto analysis of complaint categories (or any categorical causes). */
export interface ParetoReport {
  /** Rows read. */
  rows: number;
  /** Rows with a category: `rows − blank`, the total the shares divide by. */
  total: number;
  /** Rows whose category is empty (blank, or only spaces): left out, and counted here. */
  blank: number;
  /** The 1-based rows left out as blank, the first 100. */
  blankRows: number[];
  threshold: number;
  /** Categories by count, largest first; equal counts in code-point order of their names. */
  categories: ParetoCategory[];
  /** The vital few: the names, in the table's order. */
  vitalFew: string[];
}

/**
 * A Pareto analysis (Juran's "vital few and trivial many"): how often each category occurs, its
 * share, and the cumulative share down the table sorted from the most frequent. The vital few are
 * the fewest top categories whose cumulative share reaches `threshold` (80%); a category with the
 * same count as the last one taken is taken too, since the order among equal counts says nothing
 * (so the vital few may pass the threshold by a tie). Category names are trimmed; blank ones are
 * left out and counted.
 *
 * @param categories - one category per row (complaint), in row order; `null` or `''` for none
 * @param options - the threshold
 * @returns the Pareto table
 * @throws {ServqualError} `E_INVALID_OPTION` for a threshold outside (0, 1]; `E_NO_DATA` when no row has a category
 *
 * @example
 * pareto(['wait', 'rude', 'wait', 'price', 'wait', 'rude', 'noise', 'wait', 'rude', 'wait']).vitalFew
 * //=> ['wait', 'rude']
 */
export function pareto(categories: Iterable<string | null | undefined>, options: ParetoOptions = {}): ParetoReport {
  const threshold = options.threshold ?? DEFAULTS.paretoThreshold;
  if (!(threshold > 0 && threshold <= 1))
    throw new ServqualError('E_INVALID_OPTION', `pareto: threshold must be above 0 and at most 1, got ${threshold}`, { option: 'threshold' });
  const counts = new Map<string, number>();
  let rows = 0;
  let blank = 0;
  const blankRows: number[] = [];
  for (const raw of categories) {
    rows++;
    const name = (raw ?? '').trim();
    if (name === '') {
      blank++;
      if (blankRows.length < DEFAULTS.maxIssues) blankRows.push(rows);
      continue;
    }
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const total = rows - blank;
  if (total === 0) throw new ServqualError('E_NO_DATA', `pareto: none of the ${rows} rows has a category`);
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  let running = 0;
  let cutCount: number | null = null;
  const table = sorted.map(([category, count]) => {
    running += count;
    // threshold · total in floating point can land an ulp above a whole count (0.7 · 10 = 7.000000000000001):
    // a relative allowance far below one complaint keeps 7 of 10 at 70%.
    const before = cutCount;
    if (cutCount === null && running >= threshold * total * (1 - 1e-12)) cutCount = count;
    const vital = before === null || count === before;
    return { category, count, share: count / total, cumulative: running / total, vital };
  });
  return { rows, total, blank, blankRows, threshold, categories: table, vitalFew: table.filter((c) => c.vital).map((c) => c.category) };
}
