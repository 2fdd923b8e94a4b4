import type { LocalizedText } from '../instrument/schema.js';
import { validityHtml } from './validitySection.js';
import { bootstrapHtml } from './bootstrapSection.js';
import { fixed, formatP } from '../_lib/format.js';
import { headlineOf } from './headlineOf.js';
import {
  actionIn,
  HTML_LABELS as H,
  issueIn,
  LABELS as L,
  methodIn,
  nameIn,
  NEEDS_LABELS,
  OUTCOME_LABELS,
  quadrantIn,
  reasonIn,
  sampleLine,
  zoneIn,
  type Lang,
} from './labels.js';
import { qualityGroups } from './qualityGroups.js';
import { priorityDetails } from './priorityDetails.js';
import { summaryLines } from './summaryLines.js';
import { readableSegments } from '../score/readableSegments.js';
import { needsSections } from './needsSections.js';
import { barChart, esc, groupedBarChart, heatMap, ipaChart, lineChart, zoneChart } from './svg.js';
import type { DimensionReport, GroupDimension, Report } from '../report/types.js';
import { htmlHead } from './htmlHead.js';
import { outcomeTables, type TextTable } from './outcomeTables.js';

/** The survey report's own style: the summary, priorities, scrolling tables on a phone. */
const PAGE_CSS = `#summary { background: #f4f8fb; border: 1px solid #d6e4ef; border-radius: 6px; padding: .2rem 1rem .6rem; } #summary h2 { border: 0; margin-top: .6rem; } #summary h3 { font-size: 1rem; margin: .6rem 0 .2rem; }
#priorities li > p { margin: .3rem 0; } .weakest, .causes { font-size: .9rem; margin: .2rem 0 .2rem 1rem; } .causes ul { margin: .2rem 0; padding-left: 1.2rem; }
.scroll { overflow-x: auto; } .scroll th, .scroll td { white-space: nowrap; } td.wording, th.wording, td.text, th.text { text-align: left; } .scroll td.wording { white-space: normal; min-width: 12rem; }
@media (max-width: 640px) { body { margin: 1rem auto; padding: 0 .75rem; } table.reflow thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); } table.reflow, table.reflow tbody, table.reflow tr { display: block; } table.reflow tr { border: 1px solid #ddd; border-radius: 6px; margin: .6rem 0; padding: .3rem .6rem; } table.reflow th[scope=row] { display: block; border: 0; padding: .2rem 0; white-space: normal; } table.reflow td, .scroll table.reflow td.wording { display: flex; justify-content: space-between; gap: 1rem; border: 0; border-top: 1px solid #f0f0f0; padding: .2rem 0; white-space: normal; min-width: 0; text-align: right; } table.reflow td::before { content: attr(data-label); color: #555; text-align: left; flex: none; } table.reflow td.wording, table.reflow td.text { text-align: left; } table.reflow td.wording { display: block; } table.reflow td.wording::before { display: block; } }
li.action-fix > p:first-child::before, li.action-improve > p:first-child::before { content: "●"; margin-right: .35rem; } li.action-fix > p:first-child::before { color: #c0392b; } li.action-improve > p:first-child::before { color: #e67e22; }`;

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  lang?: Lang;
  /** What the IPA chart labels each point with: its name (default), or its name and penalty–reward class (when the report has penalty–reward by dimension). */
  ipaLabels?: 'name' | 'class';
}

function headline(d: GroupDimension | DimensionReport, method: Report['method']): number | null {
  return headlineOf(d, method)?.mean ?? null;
}

/** Which dimensions' trends are significant (slope p < .05), in a sentence; or that none is. */
function trendVerdict(report: Report, lang: Lang): string {
  const significant = report.dimensions.filter((d) => d.trend?.p !== null && d.trend?.p !== undefined && d.trend.p < 0.05);
  if (significant.length === 0) return H.trendNone[lang];
  const list = significant.map((d) =>
    lang === 'zh'
      ? `${nameIn(d.name, lang)}（${L.trend[lang]} ${fixed(d.trend?.slope)}，p ${formatP(d.trend?.p)}）`
      : `${nameIn(d.name, lang)} (${fixed(d.trend?.slope)} per period, p ${formatP(d.trend?.p)})`,
  );
  return H.trendSome[lang](list.join(lang === 'zh' ? '；' : '; '));
}

/** A figure: the chart, and a caption that says in words what it shows. */
function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

/** A text table as HTML, every cell escaped; the first column heads its row. */
function htmlTable(t: TextTable): string {
  const head = t.head.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = t.rows.map(([first, ...rest]) => `<tr><th scope="row">${esc(first ?? '')}</th>${rest.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** The outcome measures' section: CSI, CSAT and NPS by group, and their change between the last two periods. */
function outcomeSection(outcomes: NonNullable<Report['outcomes']>, lang: Lang): string {
  const t = outcomeTables(outcomes, lang);
  const change = t.change === null ? '' : `<h3>${esc(t.change.title)}</h3>${htmlTable(t.change.table)}`;
  return `<section id="outcomes"><h2>${esc(OUTCOME_LABELS.title[lang])}</h2>${htmlTable(t.measures)}${change}${t.notes.map((n) => `<p>${esc(n)}</p>`).join('')}</section>`;
}

/**
 * The report as one self-contained HTML page: no scripts, no network, no external fonts. It shows the
 * ranked priorities, inline-SVG charts — dimension gaps with CI whiskers, expectation against perception,
 * the IPA quadrant plot, the zone of tolerance (three-column), trends (with periods) and a segment ×
 * dimension heat map (with segments) — the dimension table and the data-quality summary. Every string
 * from the data is escaped; every chart has a title, axis labels, a legend where needed and a text alternative.
 *
 * @param report - A report of {@link analyze}, {@link analyzeCsv} or an analyzer's `result()`.
 * @param options - `lang`: `en` (default) or `zh`; `ipaLabels`: `name` (default), or `class` to add each IPA point's penalty–reward class.
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
  const colon = lang === 'zh' ? '：' : ': ';
  const comma = lang === 'zh' ? '，' : ', ';
  const semi = lang === 'zh' ? '；' : '; ';
  const parts: string[] = [];

  // Summary, then the priorities with the questions and causes behind them
  const summary = summaryLines(report, lang);
  const topList = summary.top.length === 0 ? `<p>${esc(L.summaryNone[lang])}</p>` : `<ol>${summary.top.map((t) => `<li>${esc(t)}</li>`).join('')}</ol>`;
  parts.push(
    `<section id="summary"><h2>${esc(L.summary[lang])}</h2><p class="overall">${esc(summary.overall)}</p><h3>${esc(L.summaryTop[lang])}</h3>${topList}${summary.cautions.map((c) => `<p class="caution">${esc(c)}</p>`).join('')}<p>${esc(summary.base)}</p></section>`,
  );
  const top = report.priorities.filter((p) => p.level === 'dimension');
  const detailsOf = (p: (typeof top)[number]): string => {
    const d = priorityDetails(report, p, lang);
    const weakest =
      d.weakest.length === 0
        ? ''
        : `<p class="weakest"><strong>${esc(L.weakestItems[lang])}</strong>${lang === 'zh' ? '：' : ': '}${d.weakest.map(esc).join(lang === 'zh' ? '；' : '; ')}</p>`;
    const causes =
      d.causes.length === 0
        ? ''
        : `<div class="causes"><strong>${esc(L.causes[lang])}</strong><ul>${d.causes
            .map(
              (c) =>
                `<li><strong>${esc(c.title)}</strong>${lang === 'zh' ? '：' : ': '}${esc(c.why)}${c.remedies.length === 0 ? ` <em>${lang === 'zh' ? '（' : '('}${esc(L.remediesAbove[lang])}${lang === 'zh' ? '）' : ')'}</em>` : `<ul>${c.remedies.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>`}</li>`,
            )
            .join('')}</ul></div>`;
    return weakest + causes;
  };
  const equalNote = report.ipa.importance === 'equal' ? `<p class="note">${esc(report.method === 'servperf' ? L.servperfEqual[lang] : L.noIpa[lang])}</p>` : '';
  parts.push(
    `<section id="priorities"><h2>${esc(L.fixFirst[lang])}</h2><ol>${top.map((p) => `<li class="action-${p.action}"><p>${esc(p.reason[lang])}</p>${detailsOf(p)}</li>`).join('')}</ol><p class="note">${esc(L.priorityNote[report.method][lang])}</p>${equalNote}</section>`,
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
        bars.map((b) => `${b.label}${colon}${fixed(b.value)}${b.lo === null ? '' : ` [${fixed(b.lo)}, ${fixed(b.hi)}]`}`).join(semi),
        bars,
        report.method === 'servqual' ? H.gapAxis[lang] : report.method === 'three-column' ? H.adequacyAxis[lang] : H.scaleAxis[lang],
        // SERVPERF's bars are means on the answer scale: the axis spans the scale, not just the data.
        report.method === 'servperf' ? [min, max] : undefined,
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
          data.map((d) => `${d.label}${colon}${L.col.E[lang]} ${fixed(d.values[0])}${comma}${L.col.P[lang]} ${fixed(d.values[1])}`).join(semi),
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
          data
            .map(
              (d) =>
                `${d.label}${colon}${L.col.MIN[lang]} ${fixed(d.minimum)}${comma}${L.col.DES[lang]} ${fixed(d.desired)}${comma}${L.col.P[lang]} ${fixed(d.perception)}`,
            )
            .join(semi),
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
  // `ipaLabels: 'class'`: each point also names its penalty–reward class, where the report has one.
  const classes = new Map((report.penaltyReward?.level === 'dimension' ? report.penaltyReward.factors : []).map((f) => [f.id, f.class]));
  const ipaLabel = (d: DimensionReport): string => {
    const c = options.ipaLabels === 'class' ? classes.get(d.id) : undefined;
    return c === undefined || c === null ? name(d) : `${name(d)} · ${NEEDS_LABELS.classNames[c][lang]}`;
  };
  const ipaPoints = dims.flatMap((d) => {
    const x = report.ipa.performance === 'gap' ? headline(d, report.method) : d.perception.mean;
    return x === null ? [] : [{ label: ipaLabel(d), x, y: d.importance.share }];
  });
  // With equal importance every point sits on the importance crosshair: the grid says nothing, so it is left out (the priorities say why).
  if (ipaPoints.length > 0 && report.ipa.importance !== 'equal') {
    figures.push(
      figure(
        ipaChart(
          'chart-ipa',
          H.charts.ipa[lang],
          dims.map((d) => `${name(d)}${colon}${quadrantIn(d.quadrant, lang)}`).join(semi),
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
        lang === 'zh'
          ? `${H.charts.ipa[lang]}（${H.source[report.ipa.importance][lang]}）`
          : `${H.charts.ipa[lang]} (${H.source[report.ipa.importance][lang]})`,
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
                `${name(d)}${colon}${L.trend[lang]} ${fixed(d.trend?.slope ?? null)}${d.trend?.p === null || d.trend === undefined ? '' : lang === 'zh' ? `（p ${formatP(d.trend.p)}）` : ` (p ${formatP(d.trend.p)})`}`,
            )
            .join(semi),
          periods.map((p) => p.period),
          series,
          {
            x: L.period[lang],
            y: report.method === 'servqual' ? H.gapAxis[lang] : report.method === 'three-column' ? H.adequacyAxis[lang] : H.scaleAxis[lang],
          },
          periods.map((p) => H.periodN[lang](p.n)),
        ),
        `${H.charts.trend[lang]}${lang === 'zh' ? '。' : '. '}${trendVerdict(report, lang)}`,
      ),
    );
  }
  for (const [column, all] of Object.entries(report.segments ?? {})) {
    const { shown: segments, note } = readableSegments(all);
    const rows = segments.map((s) => `${s.value === '' ? L.blank[lang] : s.value}${s.small ? ' ⚠' : ''}`);
    const values = segments.map((s) => s.dimensions.map((d) => d.versusRest.mean));
    const pAdjusted = segments.map((s) => s.dimensions.map((d) => d.versusRest.pAdjusted));
    const notable = segments.flatMap((s) =>
      s.dimensions
        .filter((d) => d.versusRest.pAdjusted !== null && d.versusRest.pAdjusted < 0.05)
        .map((d) => {
          const dim = dims.find((x) => x.id === d.id);
          return lang === 'zh'
            ? `${s.value} ${dim === undefined ? d.id : name(dim)}：${fixed(d.versusRest.mean)}（${(d.versusRest.mean ?? 0) < 0 ? H.below[lang] : H.above[lang]}，p ${formatP(d.versusRest.pAdjusted)}）`
            : `${s.value} ${dim === undefined ? d.id : name(dim)}: ${fixed(d.versusRest.mean)} (${(d.versusRest.mean ?? 0) < 0 ? H.below[lang] : H.above[lang]}, p ${formatP(d.versusRest.pAdjusted)})`;
        }),
    );
    figures.push(
      figure(
        heatMap(
          `chart-heat-${column}`,
          `${H.charts.heat[lang]}${colon}${column}`,
          notable.length > 0 ? notable.join(lang === 'zh' ? '；' : '; ') : L.segmentNote[lang](report.options.minSegmentSize),
          rows,
          dims.map(name),
          values,
          0,
          {
            legendLow: H.below[lang],
            legendHigh: H.above[lang],
            notSignificant: H.notSignificant[lang],
          },
          pAdjusted,
        ),
        `${H.charts.heat[lang]}${colon}${column} — ${note === null ? '' : `${note[lang]} `}${L.segmentNote[lang](report.options.minSegmentSize)}`,
      ),
    );
  }
  parts.push(`<section id="charts">${figures.join('')}</section>`);

  // Dimension table, with the columns of the method, then the item table with each item's wording
  const C = L.col;
  const actions = new Map(report.priorities.map((p) => [`${p.level}:${p.id}`, p.action]));
  const ipa = report.ipa.importance !== 'equal';
  // Each cell carries its column's head (data-label): on a phone a row becomes a card of labelled lines.
  const cells = (values: ReadonlyArray<string>, labels: ReadonlyArray<string>): string =>
    values.map((v, i) => `<td data-label="${esc(labels[i] ?? '')}">${esc(v)}</td>`).join('');
  const heads = (values: ReadonlyArray<string>): string => values.map((v) => `<th>${esc(v)}</th>`).join('');
  const measureHead =
    report.method === 'servqual'
      ? [C.E[lang], C.P[lang], L.gap[lang], C.pAdj[lang]]
      : report.method === 'servperf'
        ? [C.P[lang], C.sd[lang]]
        : [C.MIN[lang], C.DES[lang], C.P[lang], L.adequacy[lang], C.pAdj[lang], L.superiority[lang], C.pAdj[lang], L.zone[lang]];
  const measureCells = (m: DimensionReport | Report['items'][number]): string[] =>
    report.method === 'servqual'
      ? [fixed(m.expectation?.mean), fixed(m.perception.mean), fixed(m.gap?.mean), formatP(m.gap?.pAdjusted)]
      : report.method === 'servperf'
        ? [fixed(m.perception.mean), fixed(m.perception.sd)]
        : [
            fixed(m.minimum?.mean),
            fixed(m.desired?.mean),
            fixed(m.perception.mean),
            fixed(m.adequacy?.mean),
            formatP(m.adequacy?.pAdjusted),
            fixed(m.superiority?.mean),
            formatP(m.superiority?.pAdjusted),
            zoneIn(m.zone?.zone, lang),
          ];
  const dimHead = [...measureHead, C.alphaP[lang], L.action[lang], ...(ipa ? [L.quadrant[lang]] : [])];
  const rows = dims
    .map(
      (d) =>
        `<tr><th scope="row">${esc(name(d))}</th>${cells([...measureCells(d), fixed(d.reliability.perception?.alpha, 3), actionIn(actions.get(`dimension:${d.id}`), lang), ...(ipa ? [quadrantIn(d.quadrant, lang)] : [])], dimHead)}</tr>`,
    )
    .join('');
  parts.push(
    `<section id="dimensions"><h2>${esc(L.dimensions[lang])}</h2><div class="scroll"><table class="reflow"><thead><tr><th>${esc(L.dimension[lang])}</th>${heads(dimHead)}</tr></thead><tbody>${rows}</tbody></table></div></section>`,
  );
  // Groups of dimensions, need levels and penalty–reward, when the report has them
  const textFormat = {
    number: (x: number | null | undefined, digits?: number) => fixed(x, digits),
    count: (x: number | null | undefined) => fixed(x, 0),
    p: formatP,
    text: (t: string) => t,
  };
  for (const s of needsSections(report, lang, textFormat)) {
    const body = s.rows.map((r) => `<tr><th scope="row">${esc(r[0] ?? '')}</th>${cells(r.slice(1), s.head.slice(1))}</tr>`).join('');
    parts.push(
      `<section id="${s.id}"><h2>${esc(s.title)}</h2><div class="scroll"><table><thead><tr><th>${esc(s.head[0] ?? '')}</th>${heads(s.head.slice(1))}</tr></thead><tbody>${body}</tbody></table></div><p class="note">${esc(s.note)}</p></section>`,
    );
  }
  const dimNames = new Map(dims.map((d) => [d.id, name(d)]));
  const itemRows = report.items
    .map(
      (i) =>
        `<tr><th scope="row">${esc(i.id)}</th><td class="wording" data-label="${esc(L.wording[lang])}">${esc(i.text === undefined ? '' : nameIn(i.text, lang))}</td><td class="text" data-label="${esc(L.dimension[lang])}">${esc(dimNames.get(i.dimension) ?? i.dimension)}</td>${cells([...measureCells(i), actionIn(actions.get(`item:${i.id}`), lang)], [...measureHead, L.action[lang]])}</tr>`,
    )
    .join('');
  parts.push(
    `<section id="items"><h2>${esc(L.items[lang])}</h2><div class="scroll"><table class="reflow"><thead><tr><th>${esc(L.item[lang])}</th><th class="wording">${esc(L.wording[lang])}</th><th class="text">${esc(L.dimension[lang])}</th>${heads([...measureHead, L.action[lang]])}</tr></thead><tbody>${itemRows}</tbody></table></div></section>`,
  );

  if (report.validity !== undefined) parts.push(validityHtml(report.validity, new Map(report.dimensions.map((d) => [d.id, d.name])), lang));
  if (report.bootstrap !== undefined) parts.push(bootstrapHtml(report, lang));
  if (report.outcomes !== undefined) parts.push(outcomeSection(report.outcomes, lang));

  // Data quality
  const groups = qualityGroups(report, lang, 20)
    .map((g) => `<li>${esc(g.line)}${g.issues.length === 0 ? '' : `<ul class="issues">${g.issues.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`}</li>`)
    .join('');
  const warnings = report.warnings.map((w) => `<li>${esc(w.message[lang])}</li>`).join('');
  parts.push(
    `<section id="quality"><h2>${esc(H.quality[lang])}</h2><p>${esc(sampleLine(report.sample, lang))}</p>${groups === '' ? '' : `<ul>${groups}</ul>`}${warnings === '' ? '' : `<h3>${esc(L.warnings[lang])}</h3><ul>${warnings}</ul>`}</section>`,
  );

  const title = `${L.title[lang]}${lang === 'zh' ? '：' : ': '}${nameIn(report.instrument.name, lang)}`;
  return `${htmlHead(lang, title, PAGE_CSS)}<header><h1>${esc(title)}</h1><p>${esc(`${L.method[lang]}${lang === 'zh' ? '：' : ': '}${methodIn(report.method, lang)} · ${L.scale[lang]} ${min}–${max} · ${sampleLine(report.sample, lang)}`)}</p></header>
<main>
${parts.join('\n')}
</main>
<footer>${esc(H.generated[lang])} · schema ${esc(report.schemaVersion)}</footer>
</body>
</html>
`;
}
