import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { EigenvalueDecomposition, Matrix, solve } from 'ml-matrix';
import type { CoMoments } from '../stats/CoMoments.js';

/** How strongly one driver moves the outcome. */
export interface DriverWeight {
  /** Pearson r with the outcome, and its two-sided p-value (as R's `cor.test`). */
  correlation: { r: number | null; p: number | null };
  /** OLS coefficient on z-scores (R: `coef(lm(scale(y) ~ scale(X)))`). */
  standardizedBeta: number | null;
  /** Johnson's (2000) relative weight; the weights sum to R². */
  relativeWeight: number | null;
  /** relativeWeight / R². */
  relativeWeightShare: number | null;
}

/** Key-driver analysis of an outcome on k drivers. */
export interface DriverImportance {
  n: number;
  /** R² of the OLS regression of the outcome on all drivers. */
  r2: number | null;
  drivers: DriverWeight[];
}

/**
 * Derived importance from the co-moments of [outcome, driver₁ … driver_k] over complete respondents:
 * correlations, standardized OLS betas, and Johnson's (2000) relative weights.
 *
 * Relative weights: with R_xx = V Λ Vᵀ, Λ_h = V Λ^{1/2} Vᵀ relates the drivers to their closest orthogonal
 * counterparts Z; β_Z = Λ_h⁻¹ r_xy regresses the outcome on Z; ε_j = Σ_k (Λ_h)²_jk β²_Zk, and Σ ε_j = R².
 * Undefined values (n ≤ k + 1, a constant driver or outcome, collinear drivers) are `null`.
 *
 * @param moments - co-moments with the outcome first, then the k drivers
 */
export function driverImportance(moments: CoMoments): DriverImportance {
  const p = moments.k - 1;
  const n = moments.n;
  const sd = Array.from({ length: p + 1 }, (_, i) => Math.sqrt(moments.variance(i)));
  const corr = (i: number, j: number): number => moments.covariance(i, j) / ((sd[i] as number) * (sd[j] as number));
  const drivers: DriverWeight[] = Array.from({ length: p }, (_, j) => {
    const r = n >= 3 && (sd[0] as number) > 0 && (sd[j + 1] as number) > 0 ? corr(0, j + 1) : null;
    return { correlation: { r, p: r === null ? null : correlationP(r, n) }, standardizedBeta: null, relativeWeight: null, relativeWeightShare: null };
  });
  if (drivers.some((d) => d.correlation.r === null) || n <= p + 1) return { n, r2: null, drivers };

  const rxx = new Matrix(p, p);
  const rxy = new Matrix(p, 1);
  for (let i = 0; i < p; i++) {
    rxy.set(i, 0, corr(0, i + 1));
    for (let j = 0; j < p; j++) rxx.set(i, j, i === j ? 1 : corr(i + 1, j + 1));
  }
  const eig = new EigenvalueDecomposition(rxx, { assumeSymmetric: true });
  const lambda = eig.realEigenvalues;
  // Collinear drivers: the regression is not identified.
  if (Math.min(...lambda) <= 1e-10 * Math.max(...lambda)) return { n, r2: null, drivers };

  const beta = solve(rxx, rxy);
  let r2 = 0;
  for (let i = 0; i < p; i++) r2 += rxy.get(i, 0) * beta.get(i, 0);

  const v = eig.eigenvectorMatrix;
  const lambdaHalf = v.mmul(Matrix.diag(lambda.map(Math.sqrt))).mmul(v.transpose());
  const betaZ = v
    .mmul(Matrix.diag(lambda.map((l) => 1 / Math.sqrt(l))))
    .mmul(v.transpose())
    .mmul(rxy);
  drivers.forEach((d, j) => {
    let eps = 0;
    for (let k = 0; k < p; k++) eps += lambdaHalf.get(j, k) ** 2 * betaZ.get(k, 0) ** 2;
    d.standardizedBeta = beta.get(j, 0);
    d.relativeWeight = eps;
    d.relativeWeightShare = r2 > 0 ? eps / r2 : null;
  });
  return { n, r2, drivers };
}

/** Two-sided p-value of a Pearson correlation: t = r·√(n − 2)/√(1 − r²) on n − 2 df. */
function correlationP(r: number, n: number): number | null {
  if (n < 3) return null;
  if (Math.abs(r) >= 1) return 0;
  const t = (r * Math.sqrt(n - 2)) / Math.sqrt(1 - r * r);
  return Math.min(1, 2 * tCdf(-Math.abs(t), n - 2));
}
