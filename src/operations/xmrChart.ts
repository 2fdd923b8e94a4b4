import type { XmrChart } from '../report/CallsReportSchema.js';

/** 3 / d₂, d₂ = 1.128 being the mean range of two standard normal values. */
const E2 = 2.66;
/** D₄ for moving ranges of two. */
const D4 = 3.267;

/**
 * An individuals and moving-range (XmR) chart, for one value per period such as ASA: the centre is
 * the mean x̄, the moving ranges are |xᵢ − xᵢ₋₁|, and the limits x̄ ± 2.66·MR̄ (MR̄ the mean moving
 * range) estimate 3σ from the point-to-point variation, so a slow drift does not widen them as a
 * standard deviation would. A moving range above 3.267·MR̄ (`mrOut`) marks a jump between periods.
 *
 * @param values - one value per period, in order
 * @returns the centre, MR̄, the limits and each point (`null` limits with fewer than two points)
 * @example
 * // x̄ = 20, MR̄ = (2 + 4 + 2) / 3 = 8/3, limits 20 ∓ 2.66 · 8/3 = [12.907, 27.093]
 * const chart = xmrChart([{ period: 'a', value: 20 }, { period: 'b', value: 22 }, { period: 'c', value: 18 }, { period: 'd', value: 20 }]);
 * [chart.centre, Math.round(chart.ucl * 1000) / 1000, chart.points.some((p) => p.out)]
 * //=> [20, 27.093, false]
 */
export function xmrChart(values: ReadonlyArray<{ period: string; value: number }>): XmrChart {
  if (values.length === 0) return { centre: null, mrBar: null, lcl: null, ucl: null, mrUcl: null, points: [] };
  let sum = 0;
  for (const v of values) sum += v.value;
  const centre = sum / values.length;
  const ranges = values.map((v, i) => (i === 0 ? null : Math.abs(v.value - (values[i - 1] as { value: number }).value)));
  let rangeSum = 0;
  for (const r of ranges) rangeSum += r ?? 0;
  const mrBar = values.length > 1 ? rangeSum / (values.length - 1) : null;
  const lcl = mrBar === null ? null : centre - E2 * mrBar;
  const ucl = mrBar === null ? null : centre + E2 * mrBar;
  const mrUcl = mrBar === null ? null : D4 * mrBar;
  const points = values.map((v, i) => {
    const mr = ranges[i] ?? null;
    return {
      period: v.period,
      value: v.value,
      mr,
      out: lcl !== null && ucl !== null && (v.value < lcl || v.value > ucl),
      mrOut: mr !== null && mrUcl !== null && mr > mrUcl,
    };
  });
  return { centre, mrBar, lcl, ucl, mrUcl, points };
}
