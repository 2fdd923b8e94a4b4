import type { LinkageReport } from '../link/linkUnits.js';
import { csvTable } from './csvTable.js';

/**
 * A linkage report as one CSV table, a row per link (every staff measure against every customer
 * measure, then every customer measure against every business figure): the sides and measure ids,
 * units, r, ρ, the interval, p, the slope, and the units below the median on both measures
 * (separated by `; `). Excel-ready (see `csvTable`).
 *
 * @param report - a report of `linkUnits`
 * @returns the CSV text
 */
export function renderLinkageCsv(report: LinkageReport): string {
  return csvTable([
    ['fromSide', 'from', 'toSide', 'to', 'units', 'r', 'rho', 'ci95Low', 'ci95High', 'p', 'slope', 'belowMedian'],
    ...report.pairs.map((p) => [
      p.from.side,
      p.from.id,
      p.to.side,
      p.to.id,
      p.units,
      p.r,
      p.rho,
      p.ci95?.[0] ?? null,
      p.ci95?.[1] ?? null,
      p.p,
      p.slope,
      p.belowMedian.join('; '),
    ]),
  ]);
}
