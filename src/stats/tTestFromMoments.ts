import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { TestedStat } from './types.js';

/**
 * Two-sided one-sample t-test of H0: μ = 0 from summary moments — the paired t-test when the
 * values are differences (R's `t.test(p, e, paired = TRUE)`, SciPy's `ttest_rel`).
 *
 * t = mean / (sd / √n), df = n − 1, p = 2·F_t(−|t|; df), CI = mean ± t_{0.975; df}·se, dz = mean / sd,
 * with sd the sample standard deviation (denominator n − 1). `pAdjusted` starts equal to `p`; the
 * caller adjusts it across the family.
 *
 * @param n - number of observations
 * @param mean - their mean
 * @param variance - their sample variance (denominator n − 1)
 *
 * @example
 * tTestFromMoments(4, 1, 2 / 3).t // values 0, 1, 1, 2: sd = 0.8165, se = 0.4082
 * //=> 2.449489742783178
 */
export function tTestFromMoments(n: number, mean: number, variance: number): TestedStat {
  if (n === 0) return { n, mean: null, sd: null, se: null, ci95: null, t: null, df: null, p: null, pAdjusted: null, dz: null };
  if (n < 2 || !(variance >= 0)) return { n, mean, sd: null, se: null, ci95: null, t: null, df: null, p: null, pAdjusted: null, dz: null };
  const sd = Math.sqrt(variance);
  const df = n - 1;
  if (sd === 0) return { n, mean, sd, se: 0, ci95: [mean, mean], t: null, df, p: null, pAdjusted: null, dz: null };
  const se = sd / Math.sqrt(n);
  const t = mean / se;
  const p = Math.min(1, 2 * tCdf(-Math.abs(t), df));
  const half = tQuantile(0.975, df) * se;
  return { n, mean, sd, se, ci95: [mean - half, mean + half], t, df, p, pAdjusted: p, dz: mean / sd };
}
