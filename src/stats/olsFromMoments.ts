import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { inverse, Matrix } from 'ml-matrix';
import type { CoMoments } from './CoMoments.js';

/** One coefficient of an OLS fit. */
export interface OlsCoefficient {
  estimate: number;
  se: number;
  ci95: [number, number];
}

/** An OLS fit with an intercept: the slopes (in the predictors' order), R², n and residual df. */
export interface OlsFit {
  n: number;
  df: number;
  r2: number;
  coefficients: OlsCoefficient[];
}

/**
 * Ordinary least squares of y on p predictors with an intercept, from the co-moments of
 * [y, x₁ … x_p] (R's `lm(y ~ x)`, `confint`): b = S_xx⁻¹ S_xy on centred cross-products,
 * RSS = S_yy − bᵀS_xy, s² = RSS / (n − p − 1), se_j = √(s² (S_xx⁻¹)_jj), CI = b ± t_{.975, n−p−1}·se.
 *
 * @param moments - co-moments with y first, then the p predictors
 * @returns the fit; `null` when n ≤ p + 1 or the predictors are collinear (or one is constant)
 *
 * @example
 * const m = new CoMoments(2);
 * for (const [x, y] of [[0, 1], [1, 3], [2, 4], [3, 8]]) m.add([y, x]);
 * olsFromMoments(m).coefficients[0].estimate // slope: Sxy / Sxx = 11 / 5
 * //=> 2.2
 */
export function olsFromMoments(moments: CoMoments): OlsFit | null {
  const p = moments.k - 1;
  const n = moments.n;
  if (p < 1 || n <= p + 1) return null;
  const sxx = new Matrix(p, p);
  const sxy = new Matrix(p, 1);
  for (let i = 0; i < p; i++) {
    sxy.set(i, 0, moments.comoment(0, i + 1));
    for (let j = 0; j < p; j++) sxx.set(i, j, moments.comoment(i + 1, j + 1));
  }
  let inv: Matrix;
  try {
    inv = inverse(sxx);
  } catch {
    return null;
  }
  if (!inv.to1DArray().every(Number.isFinite)) return null;
  const b = inv.mmul(sxy);
  let explained = 0;
  for (let i = 0; i < p; i++) explained += b.get(i, 0) * sxy.get(i, 0);
  const syy = moments.comoment(0, 0);
  const df = n - p - 1;
  const s2 = Math.max(0, syy - explained) / df;
  const t = tQuantile(0.975, df);
  const coefficients = Array.from({ length: p }, (_, j) => {
    const estimate = b.get(j, 0);
    const se = Math.sqrt(s2 * inv.get(j, j));
    return { estimate, se, ci95: [estimate - t * se, estimate + t * se] as [number, number] };
  });
  return { n, df, r2: syy > 0 ? explained / syy : 0, coefficients };
}
