import { DASH, fixed, interval } from '../_lib/format.js';
import type { DimensionReport, Report } from '../report/types.js';
import type { Stat } from '../stats/types.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { BOOTSTRAP_LABELS as B, type Lang, nameIn } from './labels.js';
import { esc, FONT, r2 } from './svg.js';

/** A share as a whole percent. */
const percent = (x: number | null | undefined): string => (x === null || x === undefined ? DASH : `${Math.round(100 * x)}%`);

/** The headlines of a method whose intervals the section shows, with their column words. */
function headlines(report: Report): Array<{ label: (typeof B.headline)[keyof typeof B.headline]; of: (d: DimensionReport) => Stat | undefined }> {
  if (report.method === 'servqual') return [{ label: B.headline.gap, of: (d) => d.gap }];
  if (report.method === 'servperf') return [{ label: B.headline.perception, of: (d) => d.perception }];
  return [
    { label: B.headline.adequacy, of: (d) => d.adequacy },
    { label: B.headline.superiority, of: (d) => d.superiority },
  ];
}

/** A statistic as "mean [lo, hi]" with its bootstrap interval. */
const withInterval = (s: Stat | undefined): string => (s === undefined ? DASH : `${fixed(s.mean)} ${interval(s.bootstrapCi95)}`);

/** The random groups the respondents were resampled in, or `null` when each was resampled alone (fewer rows than units). */
const groupsOf = (report: Report): number | null => (report.bootstrap?.grouped === true ? report.bootstrap.units : null);

/**
 * The sentences of the section: one per pair of neighbouring ranks the resamples do not tell apart,
 * or one saying every pair keeps its order.
 *
 * @param report - a report with `bootstrap`
 * @param lang - the language
 * @returns the sentences (unescaped)
 */
export function swapSentences(report: Report, lang: Lang): string[] {
  const names = new Map(report.dimensions.map((d) => [d.id, nameIn(d.name, lang)]));
  const swaps = (report.bootstrap?.swaps ?? []).filter((s) => s.indistinct);
  if (swaps.length === 0) return [B.allDistinct[lang]];
  return swaps.map((s) => B.swap[lang](s.ranks[0], s.ranks[1], names.get(s.ids[0]) ?? s.ids[0], names.get(s.ids[1]) ?? s.ids[1], percent(s.share)));
}

/** The rows of the rank-stability table: rank, dimension, holds its rank, top 3, headlines, same quadrant (unescaped). */
function stabilityRows(report: Report, lang: Lang): string[][] {
  const dims = new Map(report.dimensions.map((d) => [d.id, d]));
  return report.priorities
    .filter((p) => p.level === 'dimension')
    .map((p) => {
      const d = dims.get(p.id);
      return [
        String(p.rank),
        d === undefined ? p.id : nameIn(d.name, lang),
        percent(p.rankStability),
        percent(p.top3),
        ...headlines(report).map((h) => (d === undefined ? DASH : withInterval(h.of(d)))),
        percent(d?.quadrantStability),
      ];
    });
}

/** The rows of the importance table: dimension, share used, relative weight, beats a random predictor (unescaped). */
function importanceRows(report: Report, lang: Lang): string[][] {
  return report.dimensions.map((d) => {
    const i = d.importance;
    const beats = i.versusRandom?.beatsRandom;
    return [
      nameIn(d.name, lang),
      `${fixed(i.share, 3)} ${interval(i.bootstrapCi95?.share, 3)}`,
      i.relativeWeight === null ? DASH : `${fixed(i.relativeWeight, 3)} ${interval(i.bootstrapCi95?.relativeWeight, 3)}`,
      beats === undefined || beats === null ? DASH : beats ? B.yes[lang] : B.no[lang],
    ];
  });
}

const stabilityHead = (report: Report, lang: Lang): string[] => [
  B.rank[lang],
  B.dimension[lang],
  B.holdsRank[lang],
  B.top3[lang],
  ...headlines(report).map((h) => h.label[lang]),
  B.sameQuadrant[lang],
];
const importanceHead = (lang: Lang): string[] => [B.dimension[lang], B.share[lang], B.relativeWeight[lang], B.beatsRandom[lang]];

/**
 * The How sure section in Markdown (`--bootstrap`): the resampling, the ranks the resamples do not
 * tell apart, the rank-stability table and the importance intervals (every cell escaped).
 *
 * @param report - a report with `bootstrap`
 * @param lang - the language
 * @returns the section's lines, none without `bootstrap`
 */
export function bootstrapMarkdown(report: Report, lang: Lang): string[] {
  const boot = report.bootstrap;
  if (boot === undefined) return [];
  const cell = (text: string) => escapeMarkdown(text).replaceAll('|', '\\|');
  const table = (head: string[], rows: string[][], align: string) => [
    `| ${head.map(cell).join(' | ')} |`,
    `|${align}`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
  ];
  const head = stabilityHead(report, lang);
  return [
    `## ${B.title[lang]}`,
    '',
    escapeMarkdown(B.intro[lang](boot.replicates, boot.seed, groupsOf(report))),
    '',
    ...swapSentences(report, lang).map((s) => `- ${escapeMarkdown(s)}`),
    '',
    `### ${B.stability[lang]}`,
    '',
    ...table(
      head,
      stabilityRows(report, lang),
      `--:|---|${head
        .slice(2)
        .map(() => '--:|')
        .join('')}`,
    ),
    `### ${B.importance[lang]}`,
    '',
    ...table(importanceHead(lang), importanceRows(report, lang), '---|--:|--:|---|'),
    escapeMarkdown(B.randomNote[lang]),
    '',
  ];
}

/** The importance shares used with their intervals as whiskers: an inline SVG, every label escaped. */
function whiskerChart(report: Report, lang: Lang): string {
  const rows = report.dimensions.map((d) => ({ name: nameIn(d.name, lang), share: d.importance.share, ci: d.importance.bootstrapCi95?.share ?? null }));
  const top = Math.max(...rows.map((r) => Math.max(r.share, r.ci?.[1] ?? 0)), 1e-9);
  const step = top <= 0.4 ? 0.05 : top <= 0.8 ? 0.1 : 0.2;
  const axisMax = Math.ceil((top * 1.05) / step) * step;
  const left = 150;
  const width = 560;
  const plot = width - left - 20;
  const rowH = 28;
  const height = rows.length * rowH + 40;
  const x = (v: number) => left + (v / axisMax) * plot;
  const ticks = Array.from({ length: Math.round(axisMax / step) + 1 }, (_, i) => i * step);
  const desc = B.chartDesc[lang](rows.map((r) => `${r.name} ${fixed(r.share, 3)} ${interval(r.ci, 3)}`));
  const body = rows
    .map((r, i) => {
      const y = 14 + i * rowH + rowH / 2;
      const whisker =
        r.ci === null
          ? ''
          : `<line x1="${r2(x(r.ci[0]))}" x2="${r2(x(r.ci[1]))}" y1="${r2(y)}" y2="${r2(y)}" stroke="#1f5f8b" stroke-width="2"/><line x1="${r2(x(r.ci[0]))}" x2="${r2(x(r.ci[0]))}" y1="${r2(y - 6)}" y2="${r2(y + 6)}" stroke="#1f5f8b" stroke-width="2"/><line x1="${r2(x(r.ci[1]))}" x2="${r2(x(r.ci[1]))}" y1="${r2(y - 6)}" y2="${r2(y + 6)}" stroke="#1f5f8b" stroke-width="2"/>`;
      return `<g><title>${esc(`${r.name}: ${fixed(r.share, 3)} ${interval(r.ci, 3)}`)}</title><text x="${left - 8}" y="${r2(y + 4)}" text-anchor="end" ${FONT}>${esc(r.name)}</text>${whisker}<circle cx="${r2(x(r.share))}" cy="${r2(y)}" r="4.5" fill="#1f5f8b"/></g>`;
    })
    .join('');
  const axisY = 14 + rows.length * rowH;
  const axis = ticks
    .map(
      (t) =>
        `<line x1="${r2(x(t))}" x2="${r2(x(t))}" y1="10" y2="${axisY}" stroke="#e3e3e3"/><text x="${r2(x(t))}" y="${axisY + 16}" text-anchor="middle" ${FONT}>${esc(fixed(t, 2))}</text>`,
    )
    .join('');
  return `<svg class="whiskers" role="img" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" aria-labelledby="whiskers-title whiskers-desc"><title id="whiskers-title">${esc(B.chartTitle[lang])}</title><desc id="whiskers-desc">${esc(desc)}</desc>${axis}${body}</svg>`;
}

/**
 * The How sure section as HTML (`--bootstrap`): the resampling, the ranks the resamples do not tell
 * apart, the importance shares with their intervals as whiskers, the rank-stability table and the
 * importance intervals with the random-predictor test (every string escaped).
 *
 * @param report - a report with `bootstrap`
 * @param lang - the language
 * @returns the `<section>`, or `''` without `bootstrap`
 */
export function bootstrapHtml(report: Report, lang: Lang): string {
  const boot = report.bootstrap;
  if (boot === undefined) return '';
  // Reflowed into cards on a narrow screen, each value labelled, like the report's other wide tables.
  const table = (head: string[], rows: string[][]) =>
    `<div class="scroll"><table class="reflow"><thead><tr>${head.map((h, i) => `<th${i === 1 ? ' class="text"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map(
        (r) =>
          `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td${i === 1 ? ' class="text"' : ''} data-label="${esc(head[i] ?? '')}">${esc(c)}</td>`)).join('')}</tr>`,
      )
      .join('')}</tbody></table></div>`;
  const importance = importanceRows(report, lang);
  return [
    `<section id="how-sure"><h2>${esc(B.title[lang])}</h2><p>${esc(B.intro[lang](boot.replicates, boot.seed, groupsOf(report)))}</p>`,
    `<ul>${swapSentences(report, lang)
      .map((s) => `<li>${esc(s)}</li>`)
      .join('')}</ul>`,
    `<h3>${esc(B.importance[lang])}</h3>${whiskerChart(report, lang)}`,
    `${table(importanceHead(lang), importance)}<p class="note">${esc(B.randomNote[lang])}</p>`,
    `<h3>${esc(B.stability[lang])}</h3>${table(stabilityHead(report, lang), stabilityRows(report, lang))}</section>`,
  ].join('');
}
