import { DASH } from '../_lib/format.js';
import { headlineOf } from './headlineOf.js';
import { LABELS as L, nameIn, quadrantIn, type Lang } from './labels.js';
import type { Report } from '../report/types.js';

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

  section(
    L.dimensions[lang],
    [
      'id',
      L.dimension[lang],
      'n',
      'E',
      'P',
      'MIN',
      'DES',
      L.gap[lang],
      'ci95_lo',
      'ci95_hi',
      'p',
      'p_adj',
      'alpha_E',
      'alpha_P',
      L.importance[lang],
      L.quadrant[lang],
    ],
    report.dimensions.map((d) => {
      const g = d.gap ?? d.adequacy;
      return [
        d.id,
        dimName.get(d.id),
        (g ?? d.perception).n,
        d.expectation?.mean,
        d.perception.mean,
        d.minimum?.mean,
        d.desired?.mean,
        g?.mean,
        g?.ci95?.[0],
        g?.ci95?.[1],
        g?.p,
        g?.pAdjusted,
        d.reliability.expectation?.alpha,
        d.reliability.perception?.alpha,
        d.importance.share,
        quadrantIn(d.quadrant, lang),
      ];
    }),
  );
  section(
    L.items[lang],
    ['id', L.dimension[lang], 'n', 'E', 'P', 'MIN', 'DES', L.gap[lang], 'ci95_lo', 'ci95_hi', 'p', 'p_adj'],
    report.items.map((i) => {
      const g = i.gap ?? i.adequacy;
      return [
        i.id,
        dimName.get(i.dimension),
        (g ?? i.perception).n,
        i.expectation?.mean,
        i.perception.mean,
        i.minimum?.mean,
        i.desired?.mean,
        g?.mean,
        g?.ci95?.[0],
        g?.ci95?.[1],
        g?.p,
        g?.pAdjusted,
      ];
    }),
  );
  section(
    L.fixFirst[lang],
    ['rank', 'level', 'id', 'score', L.quadrant[lang], 'reason'],
    report.priorities.map((p) => [p.rank, p.level, p.id, p.score, quadrantIn(p.quadrant, lang), p.reason[lang]]),
  );
  for (const [column, segments] of Object.entries(report.segments ?? {})) {
    section(
      `${L.segments[lang]}: ${column}`,
      [column, 'n', 'small', ...report.dimensions.flatMap((d) => [dimName.get(d.id), `${dimName.get(d.id) ?? d.id} ${L.versusRest[lang]}`, 'p_adj'])],
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
      [L.period[lang], 'n', ...report.dimensions.map((d) => dimName.get(d.id))],
      report.periods.map((p) => [p.period, p.n, ...p.dimensions.map((d) => headlineOf(d, report.method)?.mean)]),
    );
  }
  return `\uFEFF${rows.map(line).join('\r\n')}\r\n`;
}
