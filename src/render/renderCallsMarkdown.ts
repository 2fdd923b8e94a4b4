import { fixed } from '../_lib/format.js';
import type { CallsReport } from '../report/CallsReportSchema.js';
import { callsSampleLine, callsTable, overallRows, percent, serviceLevelRows } from './callsTable.js';
import { CALLS_LABELS as C, LABELS as L, type Lang } from './labels.js';

/** A Markdown table cell: pipes and line breaks escaped. */
const md = (text: string): string =>
  text
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/[\r\n]+/g, ' ');

/** A table; `text` marks the columns of words (left-aligned), the others are numbers (right-aligned). */
function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>, text: readonly number[] = [0]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(md).join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (text.includes(i) ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/**
 * The calls report as Markdown: the overall indicators with their targets, the five service levels
 * with their definitions, a table per `by` column and of the periods, the control charts' signals and
 * the excluded rows.
 *
 * @param report - a report of `callIndicators`, `callsCsv` or a `CallLog`
 * @param lang - `en` (default) or `zh`
 * @example
 * const report = callIndicators([{ outcome: 'answered', wait_seconds: 8 }, { outcome: 'abandoned', wait_seconds: 50 }]);
 * renderCallsMarkdown(report).split('\n')[0]
 * //=> '# Call-centre indicators'
 */
export function renderCallsMarkdown(report: CallsReport, lang: Lang = 'en'): string {
  const o = report.options;
  const out: string[] = [
    `# ${C.title[lang]}`,
    '',
    `${callsSampleLine(report, lang)}${C.stop[lang]}${C.settings[lang](o.answerWithin, o.shortAbandon, o.rings)}`,
    '',
  ];
  out.push(`## ${C.overall[lang]}`, '', table([C.indicator[lang], C.value[lang], C.target[lang]], overallRows(report, lang), [0, 2]), '', C.ahtNote[lang], '');
  out.push(
    `## ${C.serviceLevels[lang]} (T = ${o.answerWithin} s)`,
    '',
    table([C.formula[lang], '', C.value[lang], C.target[lang]], serviceLevelRows(report, lang), [0, 1, 3]),
    '',
  );
  for (const [column, segments] of Object.entries(report.segments ?? {})) {
    const t = callsTable(
      report,
      segments.map((s) => ({ name: s.value === '' ? L.blank[lang] : s.value, indicators: s })),
      column,
      lang,
    );
    out.push(`## ${C.segments[lang](column)}`, '', table(t.head, t.rows), '');
  }
  if (report.periods !== null) {
    const t = callsTable(
      report,
      report.periods.map((p) => ({ name: p.period, indicators: p })),
      C.period[lang],
      lang,
    );
    out.push(`## ${C.periods[lang]}`, '', table(t.head, t.rows), '');
    if (report.dataQuality.undated > 0) out.push(C.undated[lang](report.dataQuality.undated), '');
  }
  const charts = report.controlCharts;
  if (charts !== null) {
    const p = charts.abandonment;
    const x = charts.asa;
    out.push(`## ${C.controlCharts[lang]}`, '', `### ${C.pChart[lang]}`, '');
    out.push(
      table(
        [C.period[lang], 'n', 'p', 'LCL', 'UCL', ''],
        p.points.map((q) => [q.period, String(q.n), percent(q.p), percent(q.lcl), percent(q.ucl), q.out ? '⚠' : '']),
      ),
      '',
    );
    out.push(
      `${C.centre[lang]}: ${percent(p.centre)}${C.stop[lang]}${C.outside[lang](
        p.points
          .filter((q) => q.out)
          .map((q) => q.period)
          .join(', '),
      )}`,
      '',
    );
    out.push(`### ${C.xmrChart[lang]}`, '');
    out.push(
      table(
        [C.period[lang], 'ASA', 'mR', ''],
        x.points.map((q) => [q.period, fixed(q.value, 1), fixed(q.mr, 1), q.out || q.mrOut ? '⚠' : '']),
      ),
      '',
    );
    out.push(
      `${C.centre[lang]}: ${fixed(x.centre, 1)} s; ${C.limits[lang]}: ${fixed(x.lcl, 1)}–${fixed(x.ucl, 1)} s${C.stop[lang]}${C.outside[lang](
        x.points
          .filter((q) => q.out || q.mrOut)
          .map((q) => q.period)
          .join(', '),
      )}`,
      '',
    );
  }
  if (report.dataQuality.issues.length > 0) {
    out.push(`## ${L.excluded[lang]}`, '', ...report.dataQuality.issues.slice(0, 20).map((i) => `- ${md(i.message)}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
