import type { DiagnosisReport } from '../gaps/diagnose.js';
import { neutralizeCell } from './renderCsv.js';
import { DIAGNOSIS_LABELS as D, LABELS as L, nameIn, type Lang } from './labels.js';

type Cell = string | number | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeCell(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The five-gap report as one CSV that Excel opens correctly (a UTF-8 byte-order mark, CRLF line ends,
 * text neutralised against formula injection), in sections under a title row, separated by a blank
 * line: the gaps with their severity; each severity measure (source, points, scale, share of the
 * range); gap 1's customers' and managers' expectations by dimension; the staff constructs (score,
 * alpha, weakest, reverse-keyed); the remedies. Numbers are unrounded.
 *
 * @param report - from `diagnose`, `diagnoseCsv` or `diagnoseFromReports`
 * @param lang - the language of the heads and names: `en` (default) or `zh`
 * @example
 * const ids = servqual22.dimensions.flatMap((d) => d.items.map((i) => i.id));
 * const rows = [5, 6].map((p) => Object.fromEntries(ids.flatMap((id) => [[`E${id}`, 6], [`P${id}`, p]])));
 * const csv = renderDiagnosisCsv(await diagnose({ customers: rows }, { instrument: servqual22 }));
 * csv.split('\r\n').slice(1, 3) // gap 5 is measured: P − E = −0.5 is not significant with two rows
 * //=> ['Gap,Name,Measured,Severity', '5,Customer gap,yes,0']
 */
export function renderDiagnosisCsv(report: DiagnosisReport, lang: Lang = 'en'): string {
  const C = D.csv;
  const yes = (b: boolean): string => (b ? C.yes[lang] : C.no[lang]);
  const rows: Cell[][] = [];
  const section = (title: string, head: Cell[], body: Cell[][]): void => {
    if (rows.length > 0) rows.push([]);
    rows.push([title], head, ...body);
  };
  section(
    D.title[lang],
    [C.gap[lang], C.name[lang], C.measured[lang], C.severity[lang]],
    report.gaps.map((g) => [g.gap, g.name[lang], yes(g.measured), g.severity]),
  );
  section(
    C.measures[lang],
    [C.gap[lang], C.source[lang], C.points[lang], C.scaleMin[lang], C.scaleMax[lang], C.share[lang]],
    report.gaps.flatMap((g) => g.measures.map((m) => [g.gap, D.sources[m.source][lang], m.points, m.scale.min, m.scale.max, m.share])),
  );
  const gap1 = report.gaps.find((g) => g.gap === 1)?.dimensions;
  if (gap1 !== undefined)
    section(
      C.comparisons[lang],
      [C.id[lang], L.dimension[lang], D.customers[lang], D.managers[lang], D.difference[lang], L.col.pAdj[lang], C.significant[lang]],
      gap1.map((d) => [
        d.id,
        nameIn(d.name, lang),
        d.customer.mean,
        d.management.mean,
        d.difference.mean,
        d.difference.pAdjusted,
        yes(d.difference.significant),
      ]),
    );
  const staffed = report.gaps.filter((g) => g.staff !== undefined).sort((a, b) => a.gap - b.gap);
  if (staffed.length > 0)
    section(
      C.constructs[lang],
      [C.gap[lang], C.id[lang], D.construct[lang], D.constructScore[lang], 'α', C.weakest[lang], C.reverseKeyed[lang]],
      staffed.flatMap((g) =>
        (g.staff?.constructs ?? []).map((c) => [
          g.gap,
          c.id,
          c.name[lang],
          c.score.mean,
          c.reliability?.alpha,
          yes(g.staff?.weakest.some((w) => w.id === c.id) === true),
          yes(c.reverseKeyed),
        ]),
      ),
    );
  section(
    C.remedies[lang],
    [C.gap[lang], C.remedy[lang]],
    report.gaps.flatMap((g) => g.remedies.map((r) => [g.gap, r[lang]])),
  );
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
