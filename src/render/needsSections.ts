import { fixed } from '../_lib/format.js';
import type { Measures, Report } from '../report/types.js';
import { LABELS as L, NEEDS_LABELS as N, nameIn, type Lang } from './labels.js';
import { conventionalThresholds } from '../kano/penaltyReward.js';

/** How a renderer writes a cell: numbers (with `digits` decimals where it rounds), p-values and text. */
export interface CellFormat<C> {
  number: (x: number | null | undefined, digits?: number) => C;
  count: (x: number | null | undefined) => C;
  p: (x: number | null | undefined) => C;
  text: (s: string) => C;
}

/** One table of the sections above the dimensions, in the renderer's cells. */
export interface NeedsSection<C> {
  /** An anchor for the HTML page. */
  id: 'groups' | 'need-levels' | 'penalty-reward';
  title: string;
  head: string[];
  rows: C[][];
  /** What the table computes, in a sentence or two. */
  note: string;
}

/**
 * The report's sections above the dimensions, as tables every renderer (Markdown, HTML, CSV) writes
 * alike: the instrument's groups of dimensions, the gaps by level of need, and penalty–reward, each
 * present only when the report has it. The measures' columns are the method's, as in the dimension table.
 *
 * @param report - the report
 * @param lang - the language of the heads and words
 * @param format - how the renderer writes a cell (formatted text, or raw numbers for CSV)
 * @returns the sections, in that order
 *
 * @example
 * needsSections({ method: 'servqual', dimensions: [], priorities: [] } as never, 'en', { number: String, count: String, p: String, text: String }).length
 * //=> 0
 */
export function needsSections<C>(report: Report, lang: Lang, format: CellFormat<C>): Array<NeedsSection<C>> {
  const { number, count, p, text } = format;
  const C = L.col;
  const m = report.method;
  const measureHead =
    m === 'servqual'
      ? [C.n[lang], C.E[lang], C.P[lang], L.gap[lang], `${C.ci[lang]} −`, `${C.ci[lang]} +`, C.pAdj[lang]]
      : m === 'servperf'
        ? [C.n[lang], C.P[lang], C.sd[lang]]
        : [C.n[lang], C.MIN[lang], C.DES[lang], C.P[lang], L.adequacy[lang], C.pAdj[lang], L.superiority[lang], C.pAdj[lang]];
  const measureCells = (x: Measures): C[] =>
    m === 'servqual'
      ? [
          count(x.gap?.n),
          number(x.expectation?.mean),
          number(x.perception.mean),
          number(x.gap?.mean),
          number(x.gap?.ci95?.[0]),
          number(x.gap?.ci95?.[1]),
          p(x.gap?.pAdjusted),
        ]
      : m === 'servperf'
        ? [count(x.perception.n), number(x.perception.mean), number(x.perception.sd)]
        : [
            count(x.adequacy?.n),
            number(x.minimum?.mean),
            number(x.desired?.mean),
            number(x.perception.mean),
            number(x.adequacy?.mean),
            p(x.adequacy?.pAdjusted),
            number(x.superiority?.mean),
            p(x.superiority?.pAdjusted),
          ];
  const dimName = new Map(report.dimensions.map((d) => [d.id, nameIn(d.name, lang)]));
  const list = (ids: readonly string[]): string => ids.join(lang === 'zh' ? '、' : ', ');
  const out: Array<NeedsSection<C>> = [];
  if (report.groups !== undefined) {
    out.push({
      id: 'groups',
      title: N.groups[lang],
      head: [N.group[lang], N.members[lang], ...measureHead],
      rows: report.groups.map((g) => [text(nameIn(g.name, lang)), text(list(g.dimensions.map((id) => dimName.get(id) ?? id))), ...measureCells(g)]),
      note: N.groupNote[lang],
    });
  }
  if (report.needLevels !== undefined) {
    out.push({
      id: 'need-levels',
      title: N.needLevels[lang],
      head: [N.needLevel[lang], L.dimensions[lang], L.items[lang], ...measureHead],
      rows: report.needLevels.map((l) => [
        text(N.levelNames[l.level][lang]),
        text(list(l.dimensions.map((id) => dimName.get(id) ?? id))),
        text(list(l.items)),
        ...measureCells(l),
      ]),
      note: N.needLevelNote[lang],
    });
  }
  const pr = report.penaltyReward;
  if (pr !== undefined) {
    const t = pr.thresholds;
    out.push({
      id: 'penalty-reward',
      title: N.penaltyReward[lang],
      head: [
        N.factor[lang],
        N.lowN[lang],
        N.highN[lang],
        N.penalty[lang],
        `${C.ci[lang]} −`,
        `${C.ci[lang]} +`,
        N.reward[lang],
        `${C.ci[lang]} −`,
        `${C.ci[lang]} +`,
        N.range[lang],
        N.asymmetry[lang],
        N.impactClass[lang],
        N.refused[lang],
      ],
      rows: pr.factors.map((f) => [
        text(nameIn(f.name, lang)),
        count(f.lowN),
        count(f.highN),
        number(f.penalty?.estimate, 3),
        number(f.penalty?.ci95[0], 3),
        number(f.penalty?.ci95[1], 3),
        number(f.reward?.estimate, 3),
        number(f.reward?.ci95[0], 3),
        number(f.reward?.ci95[1], 3),
        number(f.range, 3),
        number(f.asymmetry, 3),
        text(f.class === null ? '' : N.classNames[f.class][lang]),
        text(f.refused === null ? '' : f.refused[lang]),
      ]),
      note: N.penaltyRewardNote[lang](
        fixed(pr.cutoffs.low, 2),
        fixed(pr.cutoffs.high, 2),
        pr.n,
        fixed(pr.r2, 3),
        fixed(t.basic, 2),
        fixed(t.excitement, 2),
        N.thresholdSource[conventionalThresholds(t) ? 'conventional' : 'given'][lang],
      ),
    });
  }
  return out;
}
