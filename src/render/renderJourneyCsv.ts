import type { JourneyReport } from '../journey/journey.js';
import { csvTable } from './csvTable.js';

/**
 * A journey report as one CSV table, a row per stage (shares as 0–1), then a row `all stages
 * (independence)` with the product and its delta-method interval, and with ratings a row `all stages
 * (observed)`. Excel-ready (see `csvTable`). Stage names are as the file wrote them.
 *
 * @param report - a report of `journey`
 * @returns the CSV text
 *
 * @example
 * renderJourneyCsv(journey([{ stage: 'desk', satisfied: 0.5, n: 4 }])).split('\r\n')[1].split(',').filter((_, i) => i < 4 || i === 8)
 * //=> ['stage', 'desk', '4', '0.5', 'yes']
 */
export function renderJourneyCsv(report: JourneyReport): string {
  const weakest = new Set(report.weakest);
  const rows = [
    ['row', 'stage', 'n', 'satisfied', 'ci95Low', 'ci95High', 'ifRaised', 'gain', 'weakest'],
    ...report.stages.map((s) => [
      'stage',
      s.stage,
      s.n ?? null,
      s.satisfied,
      s.ci95?.[0] ?? null,
      s.ci95?.[1] ?? null,
      s.ifRaised,
      s.gain,
      weakest.has(s.stage) ? 'yes' : 'no',
    ]),
    ['independence', 'all stages', null, report.satisfaction, report.satisfactionCi95?.[0] ?? null, report.satisfactionCi95?.[1] ?? null, null, null, null],
    ...(report.observed === null
      ? []
      : [
          [
            'observed',
            'all stages',
            report.observed.n,
            report.observed.satisfied,
            report.observed.ci95?.[0] ?? null,
            report.observed.ci95?.[1] ?? null,
            null,
            null,
            null,
          ],
        ]),
  ];
  return csvTable(rows);
}
