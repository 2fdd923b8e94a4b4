import { fixed } from '../_lib/format.js';
import type { LinkageReport } from '../link/linkUnits.js';
import { HTML_LABELS as H, LINK_LABELS as L, type Lang } from './labels.js';
import { htmlHead } from './htmlHead.js';
import { linkageTables } from './linkageParts.js';
import { scatterChart } from './scatterChart.js';
import { esc } from './svg.js';

/**
 * A linkage report as one self-contained HTML page (no scripts, no network): the scatter of the
 * units' staff overall against their customers' overall (medians dashed, the least-squares line,
 * the units below both medians in red), the links, the units and the units left out. Every string
 * from the data is escaped.
 *
 * @param report - a report of `linkUnits`
 * @param lang - `en` (default) or `zh`
 * @returns the page
 */
export function renderLinkageHtml(report: LinkageReport, lang: Lang = 'en'): string {
  const t = linkageTables(report, lang);
  const table = (header: readonly string[], rows: ReadonlyArray<readonly string[]>): string =>
    `<table><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`)
      .join('')}</tbody></table>`;
  const headline = report.pairs.find((p) => p.from.side === 'staff' && p.from.id === 'overall' && p.to.id === 'overall');
  const points = report.units.flatMap((u) =>
    u.staff.overall === null || u.staff.overall === undefined || u.customers.overall === null || u.customers.overall === undefined
      ? []
      : [{ label: u.unit, x: u.staff.overall, y: u.customers.overall, flagged: u.bothBelowMedian }],
  );
  const chart =
    points.length === 0
      ? ''
      : `<section id="charts"><figure>${scatterChart(
          'chart-linkage',
          L.chart[lang],
          `${L.chartDesc[lang](fixed(headline?.r ?? null))} ${points.map((p) => `${p.label}: ${fixed(p.x)}, ${fixed(p.y)}`).join('; ')}`,
          points,
          { x: L.staffOverall[lang], y: L.customersOverall[lang] },
          { x: report.medians.staff, y: report.medians.customers },
          headline?.slope ?? null,
        )}<figcaption>${esc(L.chartDesc[lang](fixed(headline?.r ?? null)))}</figcaption></figure></section>`;
  return `${htmlHead(lang, L.title[lang])}<header><h1>${esc(L.title[lang])}</h1><p>${esc(L.summary[lang](report.units.length, report.by, report.excluded.length, report.minUnit))}</p>${
    report.weighted ? `<p>${esc(L.weighted[lang])}</p>` : ''
  }<p class="note">${esc(L.correlational[lang])}</p></header>
<main>
${chart}
<section id="links"><h2>${esc(L.links[lang])}</h2>${table(t.links.header, t.links.rows)}${t.links.note === null ? '' : `<p class="note">${esc(t.links.note)}</p>`}</section>
<section id="units"><h2>${esc(L.units[lang])}</h2>${table(t.units.header, t.units.rows)}<p class="note">${esc(L.bothBelowNote[lang])}</p></section>
${t.excluded.length === 0 ? '' : `<section id="excluded"><h2>${esc(L.excluded[lang])}</h2><ul>${t.excluded.map((line) => `<li>${esc(line)}</li>`).join('')}</ul></section>`}
</main>
<footer>${esc(H.generated[lang])}</footer>
</body>
</html>
`;
}
