import type { Matrix } from 'ml-matrix';
import { chiSquareUpperTail, noncentralChiSquareCdf } from '../stats/chiSquare.js';
import { logDeterminant } from './fitCfa.js';

/** The usual fit indices of a covariance-structure model, as lavaan's `fitMeasures()` names them. */
export interface FitMeasures {
  n: number;
  chisq: number;
  df: number;
  pvalue: number;
  cfi: number;
  tli: number;
  rmsea: number;
  /** The 90% interval of RMSEA (lavaan's `rmsea.ci.lower`, `rmsea.ci.upper`). */
  rmseaCi: [number, number];
  srmr: number;
}

/**
 * The noncentrality λ ≥ 0 at which P(χ²(df, λ) ≤ x) equals `target`, by bisection: the CDF falls as
 * λ grows, so the root is bracketed by 0 and a λ far enough out.
 */
function noncentralityAt(x: number, df: number, target: number): number {
  if (noncentralChiSquareCdf(x, df, 0) < target) return 0;
  let lo = 0;
  let hi = Math.max(1, x);
  while (noncentralChiSquareCdf(x, df, hi) > target) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (noncentralChiSquareCdf(x, df, mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Fit measures of a model with implied covariance Σ̂ for a sample covariance S of n respondents, as
 * lavaan computes them for `estimator = "ML"` (normal likelihood, divisor n):
 * - χ² = n·F_ML with df = p(p + 1)/2 − parameters, and its upper-tail p-value;
 * - the baseline (independence) model: χ²_b = n(Σ log s_ii − log|S|), df_b = p(p − 1)/2;
 * - CFI = 1 − max(χ² − df, 0) / max(χ² − df, χ²_b − df_b, 0) (Bentler 1990);
 * - TLI = (χ²_b/df_b − χ²/df) / (χ²_b/df_b − 1) (Tucker & Lewis 1973);
 * - RMSEA = √(max(χ² − df, 0) / (n·df)) (Steiger 1990), with the 90% interval from the noncentral χ²;
 * - SRMR = √(mean over i ≤ j of ((s_ij − σ̂_ij)/√(s_ii s_jj))²) (Bentler's, lavaan's `srmr`).
 *
 * @param s - the sample covariance matrix (divisor n)
 * @param implied - the model-implied covariance matrix
 * @param fmin - the minimised discrepancy F_ML
 * @param n - the number of respondents
 * @param parameters - the number of free parameters
 * @returns the measures
 */
export function fitMeasures(s: Matrix, implied: Matrix, fmin: number, n: number, parameters: number): FitMeasures {
  const p = s.rows;
  const chisq = n * fmin;
  const df = (p * (p + 1)) / 2 - parameters;
  let logDiagonal = 0;
  for (let i = 0; i < p; i++) logDiagonal += Math.log(s.get(i, i));
  const baseline = n * (logDiagonal - (logDeterminant(s) as number));
  const baselineDf = (p * (p - 1)) / 2;
  const cfi = 1 - Math.max(chisq - df, 0) / Math.max(chisq - df, baseline - baselineDf, 0);
  const tli = (baseline / baselineDf - chisq / df) / (baseline / baselineDf - 1);
  const rmseaOf = (lambda: number) => Math.sqrt(Math.max(lambda, 0) / (n * df));
  let squares = 0;
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      const r = (s.get(i, j) - implied.get(i, j)) / Math.sqrt(s.get(i, i) * s.get(j, j));
      squares += r * r;
    }
  }
  return {
    n,
    chisq,
    df,
    pvalue: chiSquareUpperTail(chisq, df),
    cfi,
    tli,
    rmsea: rmseaOf(chisq - df),
    rmseaCi: [rmseaOf(noncentralityAt(chisq, df, 0.95)), rmseaOf(noncentralityAt(chisq, df, 0.05))],
    srmr: Math.sqrt(squares / ((p * (p + 1)) / 2)),
  };
}
