import type { ParetoReport } from '../pareto/pareto.js';
import { csvTable } from './csvTable.js';

/**
 * A Pareto report as one CSV table, a row per category in the table's order (shares 0–1, `vital`
 * yes or no). Excel-ready (see `csvTable`).
 *
 * @param report - a report of `pareto`
 * @returns the CSV text
 *
 * @example
 * renderParetoCsv(pareto(['=wait', '=wait', 'rude'])).split('\r\n').slice(0, 2)
 * //=> ['\ufeffcategory,count,share,cumulative,vital', "'=wait,2,0.6666666666666666,0.6666666666666666,yes"]
 */
export function renderParetoCsv(report: ParetoReport): string {
  return csvTable([
    ['category', 'count', 'share', 'cumulative', 'vital'],
    ...report.categories.map((c) => [c.category, c.count, c.share, c.cumulative, c.vital ? 'yes' : 'no']),
  ]);
}
