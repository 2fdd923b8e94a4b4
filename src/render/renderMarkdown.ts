import type { Stat, TestedStat } from '../stats/types.js';
import { validityMarkdown } from './validitySection.js';
import { bootstrapMarkdown } from './bootstrapSection.js';
import { DASH, fixed, formatP, interval, stars } from '../_lib/format.js';
import { headlineOf } from './headlineOf.js';
import { readableSegments } from '../score/readableSegments.js';
import {
  actionIn,
  HTML_LABELS,
  issueIn,
  LABELS as L,
  methodIn,
  nameIn,
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
import type { Action, DimensionReport, ItemReport, OverallScore, Report } from '../report/types.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { outcomeTables } from './outcomeTables.js';
import { needsSections } from './needsSections.js';

/** Options of {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** Decimals for means and gaps. Default 2. */
  digits?: number;
  /** Language of every label and sentence. Default `en`. */
  lang?: Lang;
}

type Row = string[];

/** An aligned Markdown table; columns from `numericFrom` on are right-aligned. */
export function markdownTable(head: Row, rows: Row[], numericFrom = 1): string {
  // Cells are escaped first (text from the data cannot end its cell or start a line), then measured.
  const esc = (r: Row): Row => r.map((cell) => escapeMarkdown(cell).replaceAll('|', '\\|'));
  const [escHead, escRows] = [esc(head), rows.map(esc)];
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = escHead.map((h, c) => Math.max(width(h), ...escRows.map((r) => width(r[c] ?? '')), 3));
  const pad = (cell: string, c: number): string => {
    const fill = ' '.repeat(Math.max(0, (widths[c] ?? 0) - width(cell)));
    return c >= numericFrom ? fill + cell : cell + fill;
  };
  const line = (r: Row): string => `| ${r.map((cell, c) => pad(cell, c)).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c >= numericFrom ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(escHead), rule, ...escRows.map(line)].join('\n');
}

/**
 * The report as Markdown: what to fix first, the dimension table (E, P, gap with its 95% CI and
 * adjusted significance, alpha), segments, periods and trends, items, overall scores, warnings and
 * excluded rows. Tables are aligned (CJK characters count double) so they read well in a terminal and
 * paste cleanly into a wiki.
 *
 * @param report - A report of {@link analyze}, {@link analyzeCsv} or an analyzer's `result()`.
 * @param options - `lang`: `en` (default) or `zh`, for every word a person reads.
 * @returns The Markdown text, ending in a newline.
 * @example
 * const report = await analyzeCsv('examples/hotel-survey.csv', { instrument: servqual22 });
 * renderMarkdown(report, { lang: 'zh' }).split('\n')[0]
 * //=> '# 服务质量报告：SERVQUAL 量表（22 项，1991 版）'
 */
export function renderMarkdown(report: Report, options: RenderMarkdownOptions = {}): string {
  const lang = options.lang ?? 'en';
  const dg = options.digits ?? 2;
  const f = (x: number | null | undefined): string => fixed(x, dg);
  const tested = (t: TestedStat | undefined): Row => [`${f(t?.mean)}${stars(t?.pAdjusted)}`, interval(t?.ci95, dg), formatP(t?.pAdjusted)];
  const dimName = new Map(report.dimensions.map((d) => [d.id, nameIn(d.name, lang)]));
  const out: string[] = [];
  out.push(`# ${L.title[lang]}${lang === 'zh' ? '：' : ': '}${escapeMarkdown(nameIn(report.instrument.name, lang))}`, '');
  const colon = lang === 'zh' ? '：' : ': ';
  out.push(
    `${L.method[lang]}${colon}${methodIn(report.method, lang)} · ${L.scale[lang]} ${report.instrument.scale.min}–${report.instrument.scale.max} · ${sampleLine(report.sample, lang)}${lang === 'zh' ? '。' : '.'}`,
    '',
  );

  const summary = summaryLines(report, lang);
  out.push(`## ${L.summary[lang]}`, '', `- ${escapeMarkdown(summary.overall)}`);
  out.push(
    `- ${L.summaryTop[lang]}${summary.top.length === 0 ? `${colon}${L.summaryNone[lang]}` : colon.trimEnd()}`,
    ...summary.top.map((t, i) => `  ${i + 1}. ${escapeMarkdown(t)}`),
  );
  out.push(...summary.cautions.map((c) => `- ${escapeMarkdown(c)}`));
  out.push(`- ${escapeMarkdown(summary.base)}`, '');

  const top = report.priorities.filter((p) => p.level === 'dimension');
  if (top.length > 0) {
    out.push(`## ${L.fixFirst[lang]}`, '');
    for (const p of top) {
      out.push(
        `${p.rank}. ${escapeMarkdown(p.reason[lang])}${lang === 'zh' ? '（' : ' ('}${L.priority[lang]} ${fixed(p.score, 3)}${lang === 'zh' ? '）' : ')'}`,
      );
      const details = priorityDetails(report, p, lang);
      if (details.weakest.length > 0) out.push(`   - ${L.weakestItems[lang]}${colon}${details.weakest.map(escapeMarkdown).join(lang === 'zh' ? '；' : '; ')}`);
      if (details.causes.length > 0) out.push(`   - ${L.causes[lang]}${colon.trimEnd()}`);
      for (const c of details.causes) {
        out.push(`     - **${c.title}**${colon}${c.why}`);
        out.push(...(c.remedies.length === 0 ? [`       - *${L.remediesAbove[lang]}*`] : c.remedies.map((r) => `       - ${r}`)));
      }
    }
    out.push('', L.priorityNote[report.method][lang], '');
    if (report.ipa.importance === 'equal') out.push(report.method === 'servperf' ? L.servperfEqual[lang] : L.noIpa[lang], '');
  }

  out.push(`## ${L.dimensions[lang]}`, '');
  const C = L.col;
  const ipa = report.ipa.importance !== 'equal';
  const actions = new Map(report.priorities.filter((p) => p.level === 'dimension').map((p) => [p.id, p.action]));
  const verdict = (d: DimensionReport): Row => [actionIn(actions.get(d.id), lang), ...(ipa ? [quadrantIn(d.quadrant, lang)] : [])];
  const verdictHead = [L.action[lang], ...(ipa ? [L.quadrant[lang]] : [])];
  const alphaOf = (d: DimensionReport, key: keyof DimensionReport['reliability']): string => fixed(d.reliability[key]?.alpha, 3);
  if (report.method === 'servqual') {
    out.push(
      markdownTable(
        [L.dimension[lang], C.n[lang], C.E[lang], C.P[lang], L.gap[lang], C.ci[lang], C.pAdj[lang], C.alphaE[lang], C.alphaP[lang], ...verdictHead],
        report.dimensions.map((d) => [
          dimName.get(d.id) ?? d.id,
          String(d.gap?.n ?? 0),
          f(d.expectation?.mean),
          f(d.perception.mean),
          ...tested(d.gap),
          alphaOf(d, 'expectation'),
          alphaOf(d, 'perception'),
          ...verdict(d),
        ]),
      ),
    );
  } else if (report.method === 'servperf') {
    out.push(
      markdownTable(
        [L.dimension[lang], C.n[lang], C.P[lang], C.sd[lang], C.alphaP[lang], ...verdictHead],
        report.dimensions.map((d) => [
          dimName.get(d.id) ?? d.id,
          String(d.perception.n),
          f(d.perception.mean),
          f(d.perception.sd),
          alphaOf(d, 'perception'),
          ...verdict(d),
        ]),
      ),
    );
  } else {
    out.push(
      markdownTable(
        [
          L.dimension[lang],
          C.MIN[lang],
          C.DES[lang],
          C.P[lang],
          L.adequacy[lang],
          C.pAdj[lang],
          L.superiority[lang],
          C.pAdj[lang],
          L.zone[lang],
          ...verdictHead,
        ],
        report.dimensions.map((d) => [
          dimName.get(d.id) ?? d.id,
          f(d.minimum?.mean),
          f(d.desired?.mean),
          f(d.perception.mean),
          `${f(d.adequacy?.mean)}${stars(d.adequacy?.pAdjusted)}`,
          formatP(d.adequacy?.pAdjusted),
          `${f(d.superiority?.mean)}${stars(d.superiority?.pAdjusted)}`,
          formatP(d.superiority?.pAdjusted),
          zoneIn(d.zone?.zone, lang),
          ...verdict(d),
        ]),
      ),
    );
  }
  out.push('', L.significance[lang](L.adjustment[report.options.pAdjust][lang]), '');

  const textFormat = {
    number: (x: number | null | undefined, digits?: number) => fixed(x, digits ?? dg),
    count: (x: number | null | undefined) => fixed(x, 0),
    p: formatP,
    text: (t: string) => t,
  };
  for (const s of needsSections(report, lang, textFormat)) {
    out.push(`## ${s.title}`, '', markdownTable(s.head, s.rows, s.id === 'need-levels' ? 3 : s.id === 'groups' ? 2 : 1), '', escapeMarkdown(s.note), '');
  }

  if (report.segments !== null) out.push(...segmentSections(report, lang, f));
  if (report.periods !== null) out.push(...periodSection(report, lang, f));
  if (report.outcomes !== undefined) out.push(...outcomeSection(report.outcomes, lang));

  out.push(`## ${L.items[lang]}`, '');
  const itemActions = new Map(report.priorities.filter((p) => p.level === 'item').map((p) => [p.id, p.action]));
  out.push(
    itemTable(report.items, report.method, f, tested, (id) => dimName.get(id) ?? id, lang, itemActions),
    '',
  );

  out.push(`## ${L.overall[lang]}`, '');
  out.push(overallSection(report, f, lang), '');

  if (report.validity !== undefined) out.push(...validityMarkdown(report.validity, new Map(report.dimensions.map((d) => [d.id, d.name])), lang));
  out.push(...bootstrapMarkdown(report, lang));
  if (report.warnings.length > 0) out.push(`## ${L.warnings[lang]}`, '', ...report.warnings.map((w) => `- ${escapeMarkdown(w.message[lang])}`), '');
  // Each problem under the reason of its own code (set-aside values after the excluded rows).
  const groups = qualityGroups(report, lang, 10);
  if (groups.length > 0) {
    out.push(`## ${report.sample.excluded > 0 ? L.excluded[lang] : HTML_LABELS.quality[lang]}`, '');
    for (const g of groups) out.push(`- ${escapeMarkdown(g.line)}`, ...g.issues.map((i) => `  - ${escapeMarkdown(i)}`));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The outcome measures: CSI, CSAT and NPS by group, and their change between the last two periods. */
function outcomeSection(outcomes: NonNullable<Report['outcomes']>, lang: Lang): string[] {
  const t = outcomeTables(outcomes, lang);
  const out = [`## ${OUTCOME_LABELS.title[lang]}`, '', markdownTable(t.measures.head, t.measures.rows), ''];
  if (t.change !== null) out.push(`### ${escapeMarkdown(t.change.title)}`, '', markdownTable(t.change.table.head, t.change.table.rows), '');
  out.push(...t.notes.map((n) => escapeMarkdown(n)), '');
  return out;
}

function segmentSections(report: Report, lang: Lang, f: (x: number | null | undefined) => string): string[] {
  const out: string[] = [];
  for (const [column, segments] of Object.entries(report.segments ?? {})) {
    out.push(`## ${L.segments[lang]}${lang === 'zh' ? '：' : ': '}${escapeMarkdown(column)}`, '');
    const head = [L.segment[lang], L.col.n[lang], ...report.dimensions.map((d) => nameIn(d.name, lang))];
    const { shown, note } = readableSegments(segments);
    const rows = shown.map((s) => [
      `${s.value === '' ? L.blank[lang] : s.value}${s.small ? ' ⚠' : ''}`,
      String(s.n),
      ...s.dimensions.map((d) => {
        const v = d.versusRest;
        return `${f(headlineOf(d, report.method)?.mean)} (${v.mean === null ? DASH : `${v.mean >= 0 ? '+' : ''}${f(v.mean)}`}${stars(v.pAdjusted)})`;
      }),
    ]);
    out.push(markdownTable(head, rows), '', ...(note === null ? [] : [note[lang], '']), L.segmentNote[lang](report.options.minSegmentSize), '');
  }
  return out;
}

function periodSection(report: Report, lang: Lang, f: (x: number | null | undefined) => string): string[] {
  const periods = report.periods ?? [];
  const head = [L.period[lang], L.col.n[lang], ...report.dimensions.map((d) => nameIn(d.name, lang))];
  const rows = periods.map((p) => [p.period, String(p.n), ...p.dimensions.map((d) => f(headlineOf(d, report.method)?.mean))]);
  const trend = [
    L.trend[lang],
    '',
    ...report.dimensions.map((d) =>
      d.trend?.slope === null || d.trend === undefined
        ? DASH
        : `${f(d.trend.slope)}${d.trend.p === null ? '' : ` (p ${formatP(d.trend.p).replace(/^(?!<)/, '= ')})`}`,
    ),
  ];
  const change = [
    L.change[lang],
    '',
    ...report.dimensions.map((d) => (d.trend?.change === null || d.trend === undefined ? DASH : `${d.trend.change >= 0 ? '+' : ''}${f(d.trend.change)}`)),
  ];
  return [`## ${L.periods[lang]}`, '', markdownTable(head, [...rows, trend, change]), ''];
}

/** The item table: each item's wording next to its id, its measures, and its verdict. */
function itemTable(
  items: ItemReport[],
  method: Report['method'],
  f: (x: number | null | undefined) => string,
  tested: (t: TestedStat | undefined) => Row,
  dim: (id: string) => string,
  lang: Lang,
  actions: ReadonlyMap<string, Action>,
): string {
  const C = L.col;
  const wording = (i: ItemReport): string => (i.text === undefined ? '' : nameIn(i.text, lang));
  const withImportance = items.some((i) => i.importance?.share !== undefined && i.importance.share !== null);
  const imp = (i: ItemReport): Row =>
    withImportance ? [i.importance?.share === null || i.importance?.share === undefined ? DASH : `${fixed(i.importance.share * 100, 1)}%`] : [];
  const impHead = withImportance ? [L.itemImportance[lang]] : [];
  const lead = (i: ItemReport): Row => [i.id, wording(i), dim(i.dimension)];
  const head = [L.item[lang], L.wording[lang], L.dimension[lang]];
  const act = (i: ItemReport): string => actionIn(actions.get(i.id), lang);
  if (method === 'servqual') {
    return markdownTable(
      [...head, C.n[lang], C.E[lang], C.P[lang], L.gap[lang], C.ci[lang], C.pAdj[lang], ...impHead, L.action[lang]],
      items.map((i) => [...lead(i), String(i.gap?.n ?? 0), f(i.expectation?.mean), f(i.perception.mean), ...tested(i.gap), ...imp(i), act(i)]),
      3,
    );
  }
  if (method === 'servperf') {
    return markdownTable(
      [...head, C.n[lang], C.P[lang], C.sd[lang], ...impHead, L.action[lang]],
      items.map((i) => [...lead(i), String(i.perception.n), f(i.perception.mean), f(i.perception.sd), ...imp(i), act(i)]),
      3,
    );
  }
  return markdownTable(
    [...head, C.MIN[lang], C.DES[lang], C.P[lang], L.adequacy[lang], L.superiority[lang], L.zone[lang], ...impHead, L.action[lang]],
    items.map((i) => [
      ...lead(i),
      f(i.minimum?.mean),
      f(i.desired?.mean),
      f(i.perception.mean),
      `${f(i.adequacy?.mean)}${stars(i.adequacy?.pAdjusted)}`,
      `${f(i.superiority?.mean)}${stars(i.superiority?.pAdjusted)}`,
      zoneIn(i.zone?.zone, lang),
      ...imp(i),
      act(i),
    ]),
    3,
  );
}

function overallSection(report: Report, f: (x: number | null | undefined) => string, lang: Lang): string {
  const o = report.overall;
  const line = (label: string, s: Stat): Row => {
    const t = s as Partial<TestedStat>;
    return report.method === 'servperf'
      ? [label, String(s.n), f(s.mean), f(s.sd)]
      : [label, String(s.n), f(s.mean), f(s.sd), interval(t.ci95 ?? null), formatP(t.p ?? null)];
  };
  const rows: Row[] = [];
  const add = (prefix: string, score: OverallScore<Stat>): void => {
    rows.push(line(`${prefix}, ${L.unweighted[lang]}`, score.unweighted), line(`${prefix}, ${L.weighted[lang]}`, score.weighted));
  };
  if ('adequacy' in o) {
    add(L.adequacy[lang], o.adequacy);
    add(L.superiority[lang], o.superiority);
  } else {
    add(report.method === 'servperf' ? L.perception[lang] : L.gap[lang], o);
  }
  const w = 'adequacy' in o ? o.adequacy.weights : o.weights;
  const C = L.col;
  const head = [L.score[lang], C.n[lang], L.mean[lang], C.sd[lang], ...(report.method === 'servperf' ? [] : [C.ci[lang], C.p[lang]])];
  return `${markdownTable(head, rows)}\n\n${L.weights[lang](w.respondent, w.instrument, w.equal)}`;
}
