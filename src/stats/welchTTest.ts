import tCdf from '@stdlib/stats-base-dists-t-cdf';
import type { Stat } from './types.js';

/** A difference of two means tested with Welch's t-test. */
export interface WelchTest {
  /** mean(a) − mean(b) */
  mean: number | null;
  se: number | null;
  t: number | null;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number | null;
  /** Two-sided p-value. */
  p: number | null;
}

/**
 * Welch's (1947) two-sample t-test from summary statistics, as R's `t.test(a, b, var.equal = FALSE)`:
 * t = (m_a − m_b)/√(s²_a/n_a + s²_b/n_b), df = (s²_a/n_a + s²_b/n_b)² / Σ (s²/n)²/(n − 1).
 * Fields the data cannot define (n < 2 in a group, no variance in either) are `null`.
 *
 * @example
 * welchTTest({ n: 3, mean: 2, sd: 1 }, { n: 3, mean: 5, sd: 1 }).t // se = √(1/3 + 1/3)
 * //=> -3.6742346141747673
 */
export function welchTTest(a: Stat, b: Stat): WelchTest {
  const mean = a.mean === null || b.mean === null ? null : a.mean - b.mean;
  if (mean === null || a.sd === null || b.sd === null || a.n < 2 || b.n < 2) return { mean, se: null, t: null, df: null, p: null };
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  if (!(se > 0)) return { mean, se: 0, t: null, df: null, p: null };
  const t = mean / se;
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { mean, se, t, df, p: Math.min(1, 2 * tCdf(-Math.abs(t), df)) };
}
