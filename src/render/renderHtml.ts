import type { LocalizedText } from '../instrument/schema.js';
import { fixed, formatP } from '../_lib/format.js';
import { headlineOf } from './headlineOf.js';
import { HTML_LABELS as H, LABELS as L, nameIn, quadrantIn, reasonIn, sampleLine, type Lang } from './labels.js';
import { readableSegments } from '../score/readableSegments.js';
import { barChart, esc, groupedBarChart, heatMap, ipaChart, lineChart, zoneChart } from './svg.js';
import type { DimensionReport, GroupDimension, Report } from '../report/types.js';

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  lang?: Lang;
}

function headline(d: GroupDimension | DimensionReport, method: Report['method']): number | null {
  return headlineOf(d, method)?.mean ?? null;
}

/** A figure: the chart, and a caption that says in words what it shows. */
function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

/**
 * The report as one self-contained HTML page: no scripts, no network, no external fonts. It shows the
 * ranked priorities, inline-SVG charts — dimension gaps with CI whiskers, expectation against perception,
 * the IPA quadrant plot, the zone of tolerance (three-column), trends (with periods) and a segment ×
 * dimension heat map (with segments) — the dimension table and the data-quality summary. Every string
 * from the data is escaped; every chart has a title, axis labels, a legend where needed and a text alternative.
 *
 * @param report - A report of {@link analyze}, {@link analyzeCsv} or an analyzer's `result()`.
 * @param options - `lang`: `en` (default) or `zh`.
 * @returns The page, to be written to a `.html` file.
 * @example
 * const report = await analyzeCsv('examples/hotel-survey.csv', { instrument: servqual22 });
 * const page = renderHtml(report, { lang: 'zh' });
 * [page.startsWith('<!doctype html>\n<html lang="zh-CN">'), page.includes('<script'), page.includes('<svg')]
 * //=> [true, false, true]
 */
export function renderHtml(report: Report, options: RenderHtmlOptions = {}): string {
  const lang = options.lang ?? 'en';
  const name = (d: { name: LocalizedText }): string => nameIn(d.name, lang);
  const dims = report.dimensions;
  const { min, max } = report.instrument.scale;
  const parts: string[] = [];

  // Priorities
  const top = report.priorities.filter((p) => p.level === 'dimension');
  parts.push(
    `<section id="priorities"><h2>${esc(L.fixFirst[lang])}</h2><ol>${top.map((p) => `<li>${esc(p.reason[lang])}</li>`).join('')}</ol><p class="note">${esc(L.priorityNote[lang])}</p></section>`,
  );

  // Charts
  const figures: string[] = [];
  const bars = dims.map((d) => {
    const t = report.method === 'servqual' ? d.gap : report.method === 'three-column' ? d.adequacy : undefined;
    return { label: name(d), value: headline(d, report.method), lo: t?.ci95?.[0] ?? null, hi: t?.ci95?.[1] ?? null };
  });
  const barTitle = report.method === 'servqual' ? H.charts.gaps[lang] : report.method === 'servperf' ? H.charts.perf[lang] : H.charts.adequacy[lang];
  figures.push(
    figure(
      barChart(
        'chart-gaps',
        barTitle,
        bars.map((b) => `${b.label}: ${fixed(b.value)}${b.lo === null ? '' : ` [${fixed(b.lo)}, ${fixed(b.hi)}]`}`).join('; '),
        bars,
        report.method === 'servqual' ? H.gapAxis[lang] : H.scaleAxis[lang],
      ),
      barTitle,
    ),
  );
  if (report.method === 'servqual') {
    const series = [
      { label: L.expectation[lang], color: '#aab7b8' },
      { label: L.perception[lang], color: '#2e86c1' },
    ];
    const data = dims.map((d) => ({ label: name(d), values: [d.expectation?.mean ?? null, d.perception.mean] }));
    figures.push(
      figure(
        groupedBarChart(
          'chart-ep',
          H.charts.ep[lang],
          data.map((d) => `${d.label}: E ${fixed(d.values[0])}, P ${fixed(d.values[1])}`).join('; '),
          data,
          series,
          [min, max],
          H.scaleAxis[lang],
        ),
        H.charts.ep[lang],
      ),
    );
  }
  if (report.method === 'three-column') {
    const data = dims.map((d) => ({
      label: name(d),
      minimum: d.zone?.minimum ?? null,
      desired: d.zone?.desired ?? null,
      perception: d.zone?.perception ?? null,
    }));
    figures.push(
      figure(
        zoneChart(
          'chart-zone',
          H.charts.zone[lang],
          data.map((d) => `${d.label}: MIN ${fixed(d.minimum)}, DES ${fixed(d.desired)}, P ${fixed(d.perception)}`).join('; '),
          data,
          [min, max],
          {
            axis: H.scaleAxis[lang],
            band: H.band[lang],
            perception: L.perception[lang],
          },
        ),
        H.charts.zone[lang],
      ),
    );
  }
  const ipaPoints = dims.flatMap((d) => {
    const x = report.ipa.performance === 'gap' ? headline(d, report.method) : d.perception.mean;
    return x === null ? [] : [{ label: name(d), x, y: d.importance.share }];
  });
  if (ipaPoints.length > 0) {
    figures.push(
      figure(
        ipaChart(
          'chart-ipa',
          H.charts.ipa[lang],
          dims.map((d) => `${name(d)}: ${quadrantIn(d.quadrant, lang)}`).join('; '),
          ipaPoints,
          { x: report.ipa.crosshairs.performance, y: report.ipa.crosshairs.importance },
          {
            x: report.ipa.performance === 'gap' ? H.gapAxis[lang] : L.perception[lang],
            y: H.importanceAxis[lang],
            quadrants: [
              quadrantIn('concentrate-here', lang),
              quadrantIn('keep-up-the-good-work', lang),
              quadrantIn('low-priority', lang),
              quadrantIn('possible-overkill', lang),
            ],
          },
        ),
        `${H.charts.ipa[lang]} (${H.source[report.ipa.importance][lang]})`,
      ),
    );
  }
  if (report.periods !== null && report.periods.length > 0) {
    const periods = report.periods;
    const series = dims.map((d, j) => ({
      label: name(d),
      values: periods.map((p) => (p.dimensions[j] === undefined ? null : headline(p.dimensions[j] as GroupDimension, report.method))),
    }));
    figures.push(
      figure(
        lineChart(
          'chart-trend',
          H.charts.trend[lang],
          dims
            .map(
              (d) =>
                `${name(d)}: ${L.trend[lang]} ${fixed(d.trend?.slope ?? null)}${d.trend?.p === null || d.trend === undefined ? '' : ` (p ${formatP(d.trend.p)})`}`,
            )
            .join('; '),
          periods.map((p) => p.period),
          series,
          { x: L.period[lang], y: report.method === 'servqual' ? H.gapAxis[lang] : H.scaleAxis[lang] },
        ),
        H.charts.trend[lang],
      ),
    );
  }
  for (const [column, all] of Object.entries(report.segments ?? {})) {
    const { shown: segments, note } = readableSegments(all);
    const rows = segments.map((s) => `${s.value === '' ? L.blank[lang] : s.value}${s.small ? ' ⚠' : ''}`);
    const values = segments.map((s) => s.dimensions.map((d) => d.versusRest.mean));
    const notable = segments.flatMap((s) =>
      s.dimensions
        .filter((d) => d.versusRest.pAdjusted !== null && d.versusRest.pAdjusted < 0.05)
        .map((d) => {
          const dim = dims.find((x) => x.id === d.id);
          return `${s.value} ${dim === undefined ? d.id : name(dim)}: ${fixed(d.versusRest.mean)} (${(d.versusRest.mean ?? 0) < 0 ? H.below[lang] : H.above[lang]}, p ${formatP(d.versusRest.pAdjusted)})`;
        }),
    );
    figures.push(
      figure(
        heatMap(
          `chart-heat-${column}`,
          `${H.charts.heat[lang]}: ${column}`,
          notable.length > 0 ? notable.join('; ') : L.segmentNote[lang](report.options.minSegmentSize),
          rows,
          dims.map(name),
          values,
          0,
          {
            legendLow: H.below[lang],
            legendHigh: H.above[lang],
          },
        ),
        `${H.charts.heat[lang]}: ${column} — ${note === null ? '' : `${note[lang]} `}${L.segmentNote[lang](report.options.minSegmentSize)}`,
      ),
    );
  }
  parts.push(`<section id="charts">${figures.join('')}</section>`);

  // Dimension table
  const rows = dims
    .map((d) => {
      const t = d.gap ?? d.adequacy;
      return `<tr><th scope="row">${esc(name(d))}</th><td>${fixed(d.expectation?.mean ?? d.minimum?.mean)}</td><td>${fixed(d.perception.mean)}</td><td>${fixed(t?.mean)}</td><td>${esc(formatP(t?.pAdjusted))}</td><td>${fixed(d.reliability.perception?.alpha, 3)}</td><td>${esc(quadrantIn(d.quadrant, lang))}</td></tr>`;
    })
    .join('');
  const first = report.method === 'three-column' ? 'MIN' : 'E';
  parts.push(
    `<section id="dimensions"><h2>${esc(L.dimensions[lang])}</h2><table><thead><tr><th>${esc(L.dimension[lang])}</th><th>${first}</th><th>P</th><th>${esc(report.method === 'three-column' ? L.adequacy[lang] : L.gap[lang])}</th><th>p (adj.)</th><th>α P</th><th>${esc(L.quadrant[lang])}</th></tr></thead><tbody>${rows}</tbody></table></section>`,
  );

  // Data quality
  const issues = report.dataQuality.issues
    .slice(0, 20)
    .map((i) => `<li>${esc(i.message)}</li>`)
    .join('');
  const warnings = report.warnings.map((w) => `<li>${esc(w.message[lang])}</li>`).join('');
  parts.push(
    `<section id="quality"><h2>${esc(H.quality[lang])}</h2><p>${esc(sampleLine(report.sample, lang))}</p>${report.sample.reasons.length > 0 ? `<ul>${report.sample.reasons.map((r) => `<li>${r.rows} × ${esc(reasonIn(r, lang))}</li>`).join('')}</ul>` : ''}${issues === '' ? '' : `<ul class="issues">${issues}</ul>`}${warnings === '' ? '' : `<h3>${esc(L.warnings[lang])}</h3><ul>${warnings}</ul>`}</section>`,
  );

  const title = `${L.title[lang]}: ${nameIn(report.instrument.name, lang)}`;
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 1000px; padding: 0 1rem; color: #222; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; margin-top: 2rem; }
figure { margin: 1.5rem 0; } figcaption { font-size: .9rem; color: #555; }
svg.chart { max-width: 100%; height: auto; }
table { border-collapse: collapse; } th, td { padding: .25rem .6rem; border-bottom: 1px solid #eee; text-align: right; } th[scope=row], thead th:first-child { text-align: left; }
.note { font-size: .85rem; color: #555; } footer { margin-top: 3rem; font-size: .8rem; color: #777; }
</style>
</head>
<body>
<header><h1>${esc(title)}</h1><p>${esc(`${L.method[lang]}: ${report.method} · ${L.scale[lang]} ${min}–${max} · ${sampleLine(report.sample, lang)}`)}</p></header>
<main>
${parts.join('\n')}
</main>
<footer>${esc(H.generated[lang])} · schema ${esc(report.schemaVersion)}</footer>
</body>
</html>
`;
}
