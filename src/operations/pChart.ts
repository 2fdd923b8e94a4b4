import type { PChart } from '../report/CallsReportSchema.js';

/** One period of a p-chart: its label, the units inspected and how many were defective. */
export interface PChartInput {
  period: string;
  /** Units in the period (calls offered). */
  n: number;
  /** Defective units (calls abandoned). */
  defectives: number;
}

/**
 * A p-chart (Shewhart's control chart for a proportion) with varying limits: the centre line is
 * p̄ = Σ defectives / Σ n over all periods, and each period i gets its own 3σ limits
 * p̄ ± 3·√(p̄(1 − p̄)/nᵢ), clipped to [0, 1], since a period with fewer calls varies more by chance.
 * A point outside its limits (`out`) signals a special cause worth looking for; points inside are
 * the process's ordinary noise and do not call for action on their own.
 *
 * @param periods - the periods in order; periods with n = 0 are left out
 * @returns the centre line (`null` with no units at all) and each period's p, limits and `out`
 * @example
 * // p̄ = 30 / 1000 = 0.03; period 2: 3·√(0.03 · 0.97 / 500) = 0.02289, so its limits are [0.00711, 0.05289]
 * const chart = pChart([{ period: 'a', n: 500, defectives: 10 }, { period: 'b', n: 500, defectives: 20 }]);
 * [chart.centre, Math.round(chart.points[1].ucl * 1e5) / 1e5, chart.points.map((p) => p.out)]
 * //=> [0.03, 0.05289, [false, false]]
 */
export function pChart(periods: readonly PChartInput[]): PChart {
  const used = periods.filter((p) => p.n > 0);
  let units = 0;
  let defectives = 0;
  for (const p of used) {
    units += p.n;
    defectives += p.defectives;
  }
  if (units === 0) return { centre: null, points: [] };
  const centre = defectives / units;
  const points = used.map((q) => {
    const p = q.defectives / q.n;
    const sigma = Math.sqrt((centre * (1 - centre)) / q.n);
    const lcl = Math.max(0, centre - 3 * sigma);
    const ucl = Math.min(1, centre + 3 * sigma);
    return { period: q.period, n: q.n, p, lcl, ucl, out: p < lcl || p > ucl };
  });
  return { centre, points };
}
