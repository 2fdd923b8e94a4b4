import { fixed } from '../_lib/format.js';
import type { ParetoReport } from '../pareto/pareto.js';
import { HTML_LABELS as H, PARETO_LABELS as P, type Lang } from './labels.js';
import { htmlHead } from './htmlHead.js';
import { paretoChart } from './paretoChart.js';
import { paretoSummary } from './renderParetoMarkdown.js';
import { esc } from './svg.js';

const pct = (x: number): string => `${fixed(x * 100, 1)}%`;

/**
 * A Pareto report as one self-contained HTML page (no scripts, no network): the vital few in a
 * sentence, the Pareto chart (bars by count, the cumulative line, the threshold) and the table.
 * Every string from the data is escaped.
 *
 * @param report - a report of `pareto`
 * @param lang - `en` (default) or `zh`
 * @returns the page
 *
 * @example
 * const page = renderParetoHtml(pareto(['<script>', 'wait']), 'zh');
 * [page.includes('<html lang="zh-CN">'), page.includes('<script>'), page.includes('id="chart-pareto"')]
 * //=> [true, false, true]
 */
export function renderParetoHtml(report: ParetoReport, lang: Lang = 'en'): string {
  const desc = report.categories.map((c) => `${c.category}: ${c.count} (${pct(c.cumulative)})`).join('; ');
  const chart = paretoChart(
    'chart-pareto',
    P.chart[lang],
    desc,
    report.categories.map((c) => ({ label: c.category, count: c.count, cumulative: c.cumulative, vital: c.vital })),
    report.threshold,
    { count: P.countAxis[lang], cumulative: P.cumulativeAxis[lang], threshold: P.thresholdLine[lang](pct(report.threshold)) },
  );
  const rows = report.categories
    .map(
      (c) =>
        `<tr${c.vital ? ' class="vital"' : ''}><th scope="row">${esc(c.category)}</th><td>${c.count}</td><td>${pct(c.share)}</td><td>${pct(c.cumulative)}</td><td>${c.vital ? esc(P.yes[lang]) : ''}</td></tr>`,
    )
    .join('');
  const table = `<table><thead><tr><th>${esc(P.category[lang])}</th><th>${esc(P.count[lang])}</th><th>${esc(P.share[lang])}</th><th>${esc(P.cumulative[lang])}</th><th>${esc(P.vital[lang])}</th></tr></thead><tbody>${rows}</tbody></table>`;
  const [summary, ties, read] = paretoSummary(report, lang).map(esc);
  return `${htmlHead(lang, P.title[lang], 'tr.vital th { color: #c0392b; }')}<header><h1>${esc(P.title[lang])}</h1><p>${summary}</p></header>
<main>
<section id="charts"><figure>${chart}<figcaption>${esc(P.chart[lang])}</figcaption></figure></section>
<section id="categories">${table}<p class="note">${ties}</p><p class="note">${read}</p></section>
</main>
<footer>${esc(H.generated[lang])}</footer>
</body>
</html>
`;
}
