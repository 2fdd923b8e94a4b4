import type { CallIndicators, CallsReport } from '../report/CallsReportSchema.js';
import { neutralizeCell } from './renderCsv.js';

type Cell = string | number | null;

function cell(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeCell(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The calls report as one CSV table, a row per group — `overall`, then each value of each `by`
 * column, then each period — with the indicators as numbers (shares as 0–1, times in seconds) and one
 * column per target (`met`, `missed` or empty). Excel-ready like `renderCsv`: a UTF-8 byte-order
 * mark, CRLF line ends, text neutralised against formula injection.
 *
 * @example
 * const report = callIndicators([{ queue: '=cmd', outcome: 'answered', wait_seconds: 8 }], { by: ['queue'] });
 * renderCallsCsv(report).split('\r\n')[2].split(',').slice(0, 3)
 * //=> ['queue', "'=cmd", '1']
 */
export function renderCallsCsv(report: CallsReport): string {
  const head = [
    'group',
    'value',
    'offered',
    'answered',
    'abandoned',
    'abandonmentRate',
    'asa',
    'aht',
    'answeredWithinRings',
    'meanTimeToAbandon',
    'F1',
    'F2',
    'F3',
    'F4',
    'F5',
    ...report.options.targets.map((t) => t.text),
  ];
  const row = (group: string, value: string, g: CallIndicators): Cell[] => [
    group,
    value,
    g.offered,
    g.answered,
    g.abandoned,
    g.abandonmentRate,
    g.asa,
    g.aht,
    g.answeredWithinRings,
    g.meanTimeToAbandon,
    g.serviceLevels.F1,
    g.serviceLevels.F2,
    g.serviceLevels.F3,
    g.serviceLevels.F4,
    g.serviceLevels.F5,
    ...g.targets.map((t) => t.status),
  ];
  const rows: Cell[][] = [head, row('overall', '', report.overall)];
  for (const [column, segments] of Object.entries(report.segments ?? {})) for (const s of segments) rows.push(row(column, s.value, s));
  for (const p of report.periods ?? []) rows.push(row('period', p.period, p));
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
