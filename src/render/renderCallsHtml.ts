import { fixed } from '../_lib/format.js';
import type { CallsReport } from '../report/CallsReportSchema.js';
import { callsSampleLine, callsTable, overallRows, percent, serviceLevelRows } from './callsTable.js';
import { CALLS_LABELS as C, HTML_LABELS as H, LABELS as L, type Lang } from './labels.js';
import { controlChart, esc } from './svg.js';
import { htmlHead } from './htmlHead.js';

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('')}</tbody></table>`;
}

/**
 * The calls report as one self-contained HTML page (no scripts, no network): the overall indicators
 * against their targets, the five service levels, a table per `by` column and of the periods, and
 * with periods a p-chart of the abandonment rate and an XmR chart of ASA as inline SVG, with the
 * excluded rows. Every string from the data is escaped; each chart has a title and a text alternative.
 *
 * @param report - a report of `callIndicators`, `callsCsv` or a `CallLog`
 * @param lang - `en` (default) or `zh`
 * @example
 * const report = callIndicators([{ offered_at: '2025-03-03', outcome: 'answered', wait_seconds: 8 }, { offered_at: '2025-03-04', outcome: 'abandoned', wait_seconds: 50 }], { period: 'day' });
 * const page = renderCallsHtml(report, 'zh');
 * [page.startsWith('<!doctype html>\n<html lang="zh-CN">'), page.includes('<script'), page.includes('id="chart-abandonment"')]
 * //=> [true, false, true]
 */
export function renderCallsHtml(report: CallsReport, lang: Lang = 'en'): string {
  const o = report.options;
  const parts = callsHtmlSections(report, lang);
  return `${htmlHead(lang, C.title[lang])}<header><h1>${esc(C.title[lang])}</h1><p>${esc(`${callsSampleLine(report, lang)}${C.stop[lang]}${C.settings[lang](o.answerWithin, o.shortAbandon, o.rings)}`)}</p></header>
<main>
${parts.join('\n')}
</main>
<footer>${esc(H.generated[lang])} · schema ${esc(report.schemaVersion)}</footer>
</body>
</html>
`;
}

/**
 * The sections of the calls page, each a `<section>` of escaped HTML: the overall indicators against
 * their targets, the service levels, the segments and periods, the control charts and the excluded
 * rows. The Operations page (`renderOperationsHtml`) places them after the standards' compliance.
 *
 * @param report - a calls report
 * @param lang - `en` (default) or `zh`
 * @returns the sections, in page order
 * @example
 * const report = callIndicators([{ outcome: 'answered', wait_seconds: 8 }]);
 * callsHtmlSections(report).map((s) => /id="([^"]+)"/.exec(s)?.[1])
 * //=> ['overall', 'service-levels', 'quality']
 */
export function callsHtmlSections(report: CallsReport, lang: Lang = 'en'): string[] {
  const o = report.options;
  const parts: string[] = [];
  parts.push(
    `<section id="overall"><h2>${esc(C.overall[lang])}</h2>${table([C.indicator[lang], C.value[lang], C.target[lang]], overallRows(report, lang))}<p class="note">${esc(C.ahtNote[lang])}</p></section>`,
  );
  parts.push(
    `<section id="service-levels"><h2>${esc(`${C.serviceLevels[lang]} (T = ${o.answerWithin} s)`)}</h2>${table([C.formula[lang], '', C.value[lang], C.target[lang]], serviceLevelRows(report, lang))}</section>`,
  );
  for (const [column, segments] of Object.entries(report.segments ?? {})) {
    const t = callsTable(
      report,
      segments.map((s) => ({ name: s.value === '' ? L.blank[lang] : s.value, indicators: s })),
      column,
      lang,
    );
    parts.push(`<section class="segments"><h2>${esc(C.segments[lang](column))}</h2>${table(t.head, t.rows)}</section>`);
  }
  if (report.periods !== null) {
    const t = callsTable(
      report,
      report.periods.map((p) => ({ name: p.period, indicators: p })),
      C.period[lang],
      lang,
    );
    parts.push(
      `<section id="periods"><h2>${esc(C.periods[lang])}</h2>${table(t.head, t.rows)}${report.dataQuality.undated > 0 ? `<p class="note">${esc(C.undated[lang](report.dataQuality.undated))}</p>` : ''}</section>`,
    );
  }
  const charts = report.controlCharts;
  if (charts !== null) {
    const p = charts.abandonment;
    const x = charts.asa;
    const pOut = C.outside[lang](
      p.points
        .filter((q) => q.out)
        .map((q) => q.period)
        .join(', '),
    );
    const xOut = C.outside[lang](
      x.points
        .filter((q) => q.out || q.mrOut)
        .map((q) => q.period)
        .join(', '),
    );
    const words = (y: string) => ({ x: C.period[lang], y, value: y, centre: C.centre[lang], limits: C.limits[lang] });
    const pSvg = controlChart(
      'chart-abandonment',
      C.pChart[lang],
      `${C.centre[lang]} ${percent(p.centre)}; ${p.points.map((q) => `${q.period}: ${percent(q.p)} [${percent(q.lcl)}, ${percent(q.ucl)}]`).join('; ')}`,
      p.points.map((q) => ({ label: q.period, value: q.p, lcl: q.lcl, ucl: q.ucl, out: q.out })),
      p.centre,
      words(C.abandonmentRate[lang]),
      (v) => percent(v),
    );
    const xSvg = controlChart(
      'chart-asa',
      C.xmrChart[lang],
      `${C.centre[lang]} ${fixed(x.centre, 1)} s, ${C.limits[lang]} ${fixed(x.lcl, 1)}–${fixed(x.ucl, 1)} s; ${x.points.map((q) => `${q.period}: ${fixed(q.value, 1)}`).join('; ')}`,
      x.points.map((q) => ({ label: q.period, value: q.value, lcl: x.lcl === null ? null : Math.max(0, x.lcl), ucl: x.ucl, out: q.out || q.mrOut })),
      x.centre,
      words(C.asa[lang]),
      (v) => fixed(v, 1),
    );
    parts.push(
      `<section id="control-charts"><h2>${esc(C.controlCharts[lang])}</h2><figure>${pSvg}<figcaption>${esc(`${C.pChart[lang]}${C.stop[lang]}${pOut}`)}</figcaption></figure><figure>${xSvg}<figcaption>${esc(`${C.xmrChart[lang]}${C.stop[lang]}${xOut}`)}</figcaption></figure></section>`,
    );
  }
  const issues = report.dataQuality.issues
    .slice(0, 20)
    .map((i) => `<li>${esc(i.message)}</li>`)
    .join('');
  parts.push(
    `<section id="quality"><h2>${esc(H.quality[lang])}</h2><p>${esc(callsSampleLine(report, lang))}</p>${issues === '' ? '' : `<ul class="issues">${issues}</ul>`}</section>`,
  );
  return parts;
}
