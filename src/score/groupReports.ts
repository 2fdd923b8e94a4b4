import { linearRegression } from 'simple-statistics';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { Method } from '../data/method.js';
import type { PAdjustMethod } from '../stats/adjustPValues.js';
import { adjustPValues } from '../stats/adjustPValues.js';
import { CoMoments } from '../stats/CoMoments.js';
import type { Stat, TestedStat } from '../stats/types.js';
import { welchTTest, type WelchTest } from '../stats/welchTTest.js';
import type { GroupDimension, GroupOverall, PeriodReport, SegmentReport, Trend } from '../report/types.js';
import type { GroupMoments } from './accumulators/group.js';
import type { GroupedMoments } from './groups.js';
import type { Layout } from './layout.js';
import { differenceStat, oneSample, pairedTest, statOf, withAdjusted } from './momentStats.js';
import { periodIndex, type PeriodUnit } from '../data/period.js';

/**
 * The statistic segments are compared on and trends follow: the gap (servqual), the perception
 * (servperf), the adequacy P − MIN (three-column: falling below the minimum matters first).
 */
export function headline(method: Method, block: CoMoments): Stat {
  return method === 'servperf' ? statOf(block, 0) : differenceStat(block);
}

function dimensionsOf(g: GroupMoments, blocks: number, method: Method, layout: Layout, pAdjust: PAdjustMethod): GroupDimension[] {
  const b = blocks;
  const at = (j: number, k: number): CoMoments => g.blocks[j * b + k] as CoMoments;
  const family = (k: number): TestedStat[] =>
    withAdjusted(
      layout.dimensions.map((_, j) => pairedTest(at(j, k))),
      pAdjust,
    );
  const gaps = method === 'servperf' ? null : family(0);
  const sup = method === 'three-column' ? family(1) : null;
  return layout.dimensions.map((d, j) => {
    if (method === 'servqual') return { id: d.id, expectation: statOf(at(j, 0), 0), perception: statOf(at(j, 0), 1), gap: gaps?.[j] as TestedStat };
    if (method === 'servperf') return { id: d.id, perception: statOf(at(j, 0), 0) };
    return { id: d.id, perception: statOf(at(j, 0), 1), adequacy: gaps?.[j] as TestedStat, superiority: sup?.[j] as TestedStat };
  });
}

function overallOf(g: GroupMoments, method: Method): GroupOverall {
  const o = g.overall as CoMoments[];
  const at = (k: number): CoMoments => o[k] as CoMoments;
  if (method === 'servperf') return { unweighted: statOf(at(0)), weighted: statOf(at(1)) };
  if (method === 'servqual') return { unweighted: oneSample(at(0)), weighted: oneSample(at(1)) };
  return { adequacy: { unweighted: oneSample(at(0)), weighted: oneSample(at(1)) }, superiority: { unweighted: oneSample(at(2)), weighted: oneSample(at(3)) } };
}

/**
 * Each segment's dimensions and overall, and each dimension's headline compared with the rest of the
 * respondents (everyone not in the segment) by Welch's t-test, Holm-adjusted across the segments of
 * the column. Segments below `minSize` rows are flagged `small`, never hidden.
 */
export function segmentReports(grouped: GroupedMoments, method: Method, layout: Layout, options: { pAdjust: PAdjustMethod; minSize: number }): SegmentReport[] {
  const keys = grouped.keys();
  const groups = keys.map((k) => grouped.groups.get(k) as GroupMoments);
  const b = grouped.shape.blocks;
  // rests[s][j]: the headline block of dimension j over everyone not in segment s
  const rests = restsOf(
    groups,
    layout.dimensions.map((_, j) => j * b),
  );
  // versus[j][s]: dimension j, segment s
  const versus: Array<Array<WelchTest & { pAdjusted: number | null }>> = layout.dimensions.map((_, j) => {
    const tests = groups.map((g, s) => welchTTest(headline(method, g.blocks[j * b] as CoMoments), headline(method, rests[s]?.[j] as CoMoments)));
    const adjusted = adjustPValues(
      tests.map((t) => t.p),
      'holm',
    );
    return tests.map((t, s) => ({ ...t, pAdjusted: adjusted[s] ?? null }));
  });
  return groups.map((g, s) => ({
    value: keys[s] as string,
    n: g.rows.n,
    small: g.rows.n < options.minSize,
    dimensions: dimensionsOf(g, b, method, layout, options.pAdjust).map((d, j) => ({
      ...d,
      versusRest: versus[j]?.[s] as WelchTest & { pAdjusted: number | null },
    })),
    overall: overallOf(g, method),
  }));
}

/**
 * For each group s, its blocks at `indexes` merged over every other group: the rest it is compared
 * with. Linear in the number of groups (merging all the others for each group was quadratic: 4,000
 * segments took 33 s): the groups before s, merged left to right as a running prefix, merged with
 * those after s, merged right to left once from the end. Only merges (Chan et al.), no subtraction of
 * a group from the total, so nothing cancels; the prefix is the fold a group-by-group merge makes.
 *
 * @param groups - the groups, in report order
 * @param indexes - which of each group's blocks to merge
 * @returns per group, per index, the rest's moments
 */
function restsOf(groups: readonly GroupMoments[], indexes: readonly number[]): CoMoments[][] {
  if (groups.length === 0) return [];
  const empty = (): CoMoments[] => indexes.map((i) => new CoMoments((groups[0]?.blocks[i] as CoMoments).k));
  const blocksOf = (g: GroupMoments): CoMoments[] => indexes.map((i) => g.blocks[i] as CoMoments);
  // after[s]: groups s + 1 … end, merged right to left
  const after: CoMoments[][] = new Array<CoMoments[]>(groups.length);
  let suffix = empty();
  for (let s = groups.length - 1; s >= 0; s--) {
    after[s] = suffix;
    if (s > 0) suffix = blocksOf(groups[s] as GroupMoments).map((m, x) => new CoMoments(m.k).merge(m).merge(suffix[x] as CoMoments));
  }
  const prefix = empty();
  return groups.map((g, s) => {
    const rest = prefix.map((m, x) => new CoMoments(m.k).merge(m).merge((after[s] as CoMoments[])[x] as CoMoments));
    blocksOf(g).forEach((m, x) => (prefix[x] as CoMoments).merge(m));
    return rest;
  });
}

/** Each period's dimensions and overall, in calendar order. */
export function periodReports(grouped: GroupedMoments, method: Method, layout: Layout, unit: PeriodUnit, pAdjust: PAdjustMethod): PeriodReport[] {
  return grouped
    .keys()
    .map((label) => ({ label, index: periodIndex(label, unit) }))
    .sort((a, b) => a.index - b.index)
    .map(({ label }) => {
      const g = grouped.groups.get(label) as GroupMoments;
      return { period: label, n: g.rows.n, dimensions: dimensionsOf(g, grouped.shape.blocks, method, layout, pAdjust), overall: overallOf(g, method) };
    });
}

/**
 * The trend of a dimension's headline over periods: the OLS slope of the period means on the calendar
 * index (so a skipped quarter counts as a quarter), with its 95% CI and p-value from the t distribution
 * on k − 2 degrees of freedom, and the change from the previous period to the last.
 */
export function trendOf(points: ReadonlyArray<{ index: number; mean: number | null }>): Trend {
  const xy = points.filter((p): p is { index: number; mean: number } => p.mean !== null).map((p) => [p.index, p.mean] as [number, number]);
  const k = xy.length;
  const last = xy[k - 1];
  const previous = xy[k - 2];
  const change = last !== undefined && previous !== undefined ? last[1] - previous[1] : null;
  if (k < 2) return { periods: k, slope: null, ci95: null, df: null, p: null, change };
  const { m: slope, b: intercept } = linearRegression(xy);
  if (k < 3) return { periods: k, slope, ci95: null, df: null, p: null, change };
  const meanX = xy.reduce((s, [x]) => s + x, 0) / k;
  const sxx = xy.reduce((s, [x]) => s + (x - meanX) ** 2, 0);
  const sse = xy.reduce((s, [x, y]) => s + (y - (intercept + slope * x)) ** 2, 0);
  const df = k - 2;
  const se = Math.sqrt(sse / df / sxx);
  if (!(se > 0)) return { periods: k, slope, ci95: [slope, slope], df, p: null, change };
  const t = slope / se;
  const half = tQuantile(0.975, df) * se;
  return { periods: k, slope, ci95: [slope - half, slope + half], df, p: Math.min(1, 2 * tCdf(-Math.abs(t), df)), change };
}
