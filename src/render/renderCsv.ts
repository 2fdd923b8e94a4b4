import { DASH } from '../_lib/format.js';
import { headlineOf } from './headlineOf.js';
import { actionIn, CSV_HEADS, LABELS as L, nameIn, OUTCOME_LABELS as O, quadrantIn, zoneIn, type Lang } from './labels.js';
import { summaryLines } from './summaryLines.js';
import { needsSections } from './needsSections.js';
import type { ItemReport, Measures, Report, SegmentReport } from '../report/types.js';

type Cell = string | number | null | undefined;

/**
 * A text cell made safe for spreadsheets: a value beginning with `=`, `+`, `-`, `@`, tab or carriage
 * return is prefixed with `'` so Excel and LibreOffice show it as text instead of running it as a formula
 * (OWASP "CSV injection"). Numbers are written as numbers and never altered.
 *
 * @example
 * neutralizeCell('=HYPERLINK("http://x")')
 * //=> '\'=HYPERLINK("http://x")'
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  // A number that is not finite (a report built by hand, or read back from JSON) prints as the dash tables use.
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : DASH) : neutralizeCell(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const line = (cells: Cell[]): string => cells.map(cell).join(',');

/** Options of {@link renderCsv}. */
export interface RenderCsvOptions {
  lang?: Lang;
}

/**
 * The report's tables as one CSV that Excel opens correctly: a UTF-8 byte-order mark (so Chinese
 * labels show), CRLF line ends, and sections — dimensions, items, priorities, segments, periods — each
 * under a title row and separated by a blank line. Text from the data is neutralised against formula
 * injection (see {@link neutralizeCell}).
 */
export function renderCsv(report: Report, options: RenderCsvOptions = {}): string {
  const lang = options.lang ?? 'en';
  const rows: Cell[][] = [];
  const section = (title: string, head: Cell[], body: Cell[][]): void => {
    if (rows.length > 0) rows.push([]);
    rows.push([title], head, ...body);
  };
  const dimName = new Map(report.dimensions.map((d) => [d.id, nameIn(d.name, lang)]));

  const summary = summaryLines(report, lang);
  rows.push([L.summary[lang]], [summary.overall], ...summary.top.map((t, i) => [`${i + 1}. ${t}`]), ...summary.cautions.map((c) => [c]), [summary.base]);

  // The columns of the method only: a SERVPERF sheet has no empty E, gap or p columns.
  const m = report.method;
  const K = Object.fromEntries(Object.entries(CSV_HEADS).map(([k, v]) => [k, v[lang]])) as Record<keyof typeof CSV_HEADS, string>;
  const measureHead: Cell[] =
    m === 'servqual'
      ? [K.n, K.E, K.P, L.gap[lang], K.ciLo, K.ciHi, K.p, K.pAdj]
      : m === 'servperf'
        ? [K.n, K.P, K.SD]
        : [K.n, K.MIN, K.DES, K.P, L.adequacy[lang], K.pAdj, L.superiority[lang], K.pAdj, L.zone[lang]];
  const measureCells = (x: Measures): Cell[] =>
    m === 'servqual'
      ? [x.gap?.n, x.expectation?.mean, x.perception.mean, x.gap?.mean, x.gap?.ci95?.[0], x.gap?.ci95?.[1], x.gap?.p, x.gap?.pAdjusted]
      : m === 'servperf'
        ? [x.perception.n, x.perception.mean, x.perception.sd]
        : [
            x.adequacy?.n,
            x.minimum?.mean,
            x.desired?.mean,
            x.perception.mean,
            x.adequacy?.mean,
            x.adequacy?.pAdjusted,
            x.superiority?.mean,
            x.superiority?.pAdjusted,
            x.zone?.zone === undefined || x.zone.zone === null ? null : lang === 'zh' ? zoneIn(x.zone.zone, lang) : x.zone.zone,
          ];
  const action = new Map(report.priorities.map((p) => [`${p.level}:${p.id}`, p.action]));
  const ipa = report.ipa.importance !== 'equal';
  section(
    L.dimensions[lang],
    [
      K.id,
      L.dimension[lang],
      ...measureHead,
      ...(m === 'servqual' ? [K.alphaE] : []),
      K.alphaP,
      L.importance[lang],
      L.action[lang],
      ...(ipa ? [L.quadrant[lang]] : []),
    ],
    report.dimensions.map((d) => [
      d.id,
      dimName.get(d.id),
      ...measureCells(d),
      ...(m === 'servqual' ? [d.reliability.expectation?.alpha] : []),
      d.reliability.perception?.alpha,
      d.importance.share,
      actionIn(action.get(`dimension:${d.id}`), lang),
      ...(ipa ? [quadrantIn(d.quadrant, lang)] : []),
    ]),
  );
  const withImportance = report.items.some((i) => i.importance !== undefined);
  const importanceCells = (i: ItemReport): Cell[] => (withImportance ? [i.importance?.stated, i.importance?.share, i.importance?.relativeWeightShare] : []);
  section(
    L.items[lang],
    [
      K.id,
      L.wording[lang],
      L.dimension[lang],
      ...measureHead,
      ...(withImportance ? [K.importanceStated, K.importanceShare, K.importanceRw] : []),
      L.action[lang],
    ],
    report.items.map((i) => [
      i.id,
      i.text === undefined ? '' : nameIn(i.text, lang),
      dimName.get(i.dimension),
      ...measureCells(i),
      ...importanceCells(i),
      actionIn(action.get(`item:${i.id}`), lang),
    ]),
  );
  section(
    L.fixFirst[lang],
    [K.rank, K.level, K.id, K.score, L.action[lang], L.quadrant[lang], K.reason],
    report.priorities.map((p) => [
      p.rank,
      lang === 'zh' ? (p.level === 'item' ? L.item[lang] : L.dimension[lang]) : p.level,
      p.id,
      p.score,
      actionIn(p.action, lang),
      quadrantIn(p.quadrant, lang),
      p.reason[lang],
    ]),
  );
  const rawFormat = {
    number: (x: number | null | undefined) => x,
    count: (x: number | null | undefined) => x,
    p: (x: number | null | undefined) => x,
    text: (t: string) => t,
  };
  for (const s of needsSections<Cell>(report, lang, rawFormat)) section(s.title, s.head, s.rows);
  for (const [column, segments] of Object.entries<SegmentReport[]>(report.segments ?? {})) {
    section(
      `${L.segments[lang]}${lang === 'zh' ? '：' : ': '}${column}`,
      [column, K.n, K.small, ...report.dimensions.flatMap((d) => [dimName.get(d.id), `${dimName.get(d.id) ?? d.id} ${L.versusRest[lang]}`, K.pAdj])],
      segments.map((s) => [
        s.value,
        s.n,
        s.small ? 1 : 0,
        ...s.dimensions.flatMap((d) => [headlineOf(d, report.method)?.mean, d.versusRest.mean, d.versusRest.pAdjusted]),
      ]),
    );
  }
  if (report.periods !== null) {
    section(
      L.periods[lang],
      [L.period[lang], K.n, ...report.dimensions.map((d) => dimName.get(d.id))],
      report.periods.map((p) => [p.period, p.n, ...p.dimensions.map((d) => headlineOf(d, report.method)?.mean)]),
    );
  }
  if (report.outcomes !== undefined) {
    const o = report.outcomes;
    const keys = (['csi', 'csat', 'nps'] as const).filter((k) => o[k] !== null);
    type Group = Pick<typeof o, 'csi' | 'csat' | 'nps'>;
    // Numbers as numbers: per measure its n, estimate and 95% bounds (CSAT a share, NPS in points).
    const measureCells = (g: Group): Cell[] => keys.flatMap((k) => [g[k]?.n, g[k]?.value, g[k]?.ci95?.[0], g[k]?.ci95?.[1]]);
    const groups: Cell[][] = [[O.all[lang], ...measureCells(o)]];
    for (const [column, segments] of Object.entries(o.segments ?? {})) for (const g of segments) groups.push([`${column}: ${g.value}`, ...measureCells(g)]);
    for (const p of o.periods ?? []) groups.push([p.period, ...measureCells(p)]);
    section(O.title[lang], [O.group[lang], ...keys.flatMap((k) => [`${k}_n`, k, `${k}_ci95_lo`, `${k}_ci95_hi`])], groups);
    const c = o.change;
    if (c !== null) {
      section(
        O.change[lang](c.from, c.to),
        [O.measure[lang], O.difference[lang], 'se', 'statistic', 'df', 'p', 'ci95_lo', 'ci95_hi'],
        keys.map((k) => [k, c[k]?.difference, c[k]?.se, c[k]?.statistic, c[k]?.df, c[k]?.p, c[k]?.ci95?.[0], c[k]?.ci95?.[1]]),
      );
    }
  }
  return `\uFEFF${rows.map(line).join('\r\n')}\r\n`;
}
