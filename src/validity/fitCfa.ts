import { CholeskyDecomposition, inverse, Matrix } from 'ml-matrix';
import { DEFAULTS } from '../defaults.js';

/** A fitted confirmatory factor model in which every variable loads on exactly one factor. */
export interface CfaFit {
  /** Whether the scoring iterations met the tolerance before the iteration limit. */
  converged: boolean;
  iterations: number;
  /** Unstandardized loadings, one per variable (on its own factor); each factor's first variable is its marker, fixed at 1. */
  loadings: Float64Array;
  /** Factor variances and covariances (m × m). */
  phi: Matrix;
  /** Residual variances, one per variable. */
  theta: Float64Array;
  /** The model-implied covariance matrix Σ(θ̂) = ΛΦΛᵀ + Θ. */
  implied: Matrix;
  /** The minimised ML discrepancy F = log|Σ| + tr(SΣ⁻¹) − log|S| − p (so χ² = n·F). */
  fmin: number;
  /** Number of free parameters. */
  parameters: number;
}

/** log|A| of a symmetric matrix, or `null` when it is not positive definite. */
export function logDeterminant(a: Matrix): number | null {
  const chol = new CholeskyDecomposition(a);
  if (!chol.isPositiveDefinite()) return null;
  const l = chol.lowerTriangularMatrix;
  let sum = 0;
  for (let i = 0; i < a.rows; i++) sum += Math.log(l.get(i, i));
  return 2 * sum;
}

/**
 * Maximum-likelihood confirmatory factor analysis of a covariance matrix, for a simple structure
 * (each variable on one factor, factors free to correlate, residuals uncorrelated), identified as
 * lavaan's `cfa()` does by fixing each factor's first loading to 1.
 *
 * The discrepancy F(θ) = log|Σ(θ)| + tr(S Σ(θ)⁻¹) − log|S| − p is minimised by Fisher scoring: the
 * step solves H δ = −g with g_k = tr(W(Σ − S)W Σ_k) and the expected Hessian H_kl = tr(W Σ_k W Σ_l),
 * W = Σ⁻¹ and Σ_k = ∂Σ/∂θ_k, halving the step until F falls (and Σ stays positive definite).
 * Standardized results do not depend on the marker, so they compare with any identification.
 *
 * @param sample - the sample covariance matrix (p × p, divisor n, as the ML likelihood has it), as an ml-matrix `Matrix` or rows of numbers
 * @param factorOf - for each variable, the index of its factor (0 … m − 1); each factor needs two variables or more
 * @param m - the number of factors
 * @returns the fit; `converged` is false when the tolerance was not met or no step could lower F
 *
 * @example
 * // One factor, three variables, Σ = λλᵀ + diag(θ) with λ = (1, 0.8, 0.6), φ = 1, θ = 0.5 each:
 * // a saturated model (6 moments, 6 parameters) recovers it exactly.
 * const s = [[1.5, 0.8, 0.6], [0.8, 1.14, 0.48], [0.6, 0.48, 0.86]];
 * Number(fitCfa(s, Int32Array.from([0, 0, 0]), 1).loadings[1].toFixed(9))
 * //=> 0.8
 */
export function fitCfa(sample: Matrix | number[][], factorOf: Int32Array, m: number): CfaFit {
  const s = Matrix.isMatrix(sample) ? sample : new Matrix(sample);
  const p = s.rows;
  const marker = new Int32Array(m).fill(-1);
  for (let i = 0; i < p; i++) if ((marker[factorOf[i] as number] as number) < 0) marker[factorOf[i] as number] = i;
  const freeLoadings: number[] = [];
  for (let i = 0; i < p; i++) if (marker[factorOf[i] as number] !== i) freeLoadings.push(i);
  const phiPairs: Array<[number, number]> = [];
  for (let f = 0; f < m; f++) for (let g = 0; g <= f; g++) phiPairs.push([f, g]);
  const q = freeLoadings.length + phiPairs.length + p;

  // θ: [free loadings | φ lower triangle | residual variances], started as lavaan's "simple" start does in spirit:
  // half of each variance residual, half of each marker's variance common, loadings from the marker's covariances.
  const theta0 = new Float64Array(q);
  const phiStart = (f: number) => 0.5 * s.get(marker[f] as number, marker[f] as number);
  freeLoadings.forEach((i, k) => {
    const f = factorOf[i] as number;
    theta0[k] = s.get(i, marker[f] as number) / phiStart(f);
  });
  phiPairs.forEach(([f, g], k) => {
    theta0[freeLoadings.length + k] = f === g ? phiStart(f) : 0;
  });
  for (let i = 0; i < p; i++) theta0[freeLoadings.length + phiPairs.length + i] = 0.5 * s.get(i, i);

  const unpack = (t: Float64Array) => {
    const lambda = new Float64Array(p).fill(1);
    freeLoadings.forEach((i, k) => {
      lambda[i] = t[k] as number;
    });
    const phi = new Matrix(m, m);
    phiPairs.forEach(([f, g], k) => {
      const v = t[freeLoadings.length + k] as number;
      phi.set(f, g, v);
      phi.set(g, f, v);
    });
    const resid = t.slice(freeLoadings.length + phiPairs.length);
    return { lambda, phi, resid };
  };
  const implied = (t: Float64Array): Matrix => {
    const { lambda, phi, resid } = unpack(t);
    const sigma = new Matrix(p, p);
    for (let a = 0; a < p; a++) {
      for (let b = 0; b <= a; b++) {
        let v = (lambda[a] as number) * (lambda[b] as number) * phi.get(factorOf[a] as number, factorOf[b] as number);
        if (a === b) v += resid[a] as number;
        sigma.set(a, b, v);
        sigma.set(b, a, v);
      }
    }
    return sigma;
  };
  const logDetS = logDeterminant(s) ?? Number.NaN;
  const discrepancy = (sigma: Matrix): number => {
    const logDet = logDeterminant(sigma);
    if (logDet === null) return Number.POSITIVE_INFINITY;
    const w = inverse(sigma);
    let trace = 0;
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) trace += s.get(a, b) * w.get(b, a);
    return logDet + trace - logDetS - p;
  };
  /**
   * Every ∂Σ/∂θ_k has the form c_k(x_k y_kᵀ + y_k x_kᵀ): a loading λ_i gives x = e_i, y = column f of ΛΦ;
   * a factor covariance φ_fg gives the loadings of f and of g; a variance φ_ff or θ_i the same vector
   * twice with c = ½. So tr(W Σ_k W Σ_l) = 2c_k c_l[(x_kᵀWy_l)(x_lᵀWy_k) + (x_kᵀWx_l)(y_kᵀWy_l)], and the
   * whole expected Hessian costs three q × q Gram products instead of q dense p³ sandwiches.
   */
  const rankTwo = (t: Float64Array) => {
    const { lambda, phi } = unpack(t);
    const x = new Matrix(p, q);
    const y = new Matrix(p, q);
    const c = new Float64Array(q);
    const onFactor = (f: number) => Float64Array.from(lambda, (l, a) => (factorOf[a] === f ? l : 0));
    freeLoadings.forEach((i, k) => {
      const f = factorOf[i] as number;
      x.set(i, k, 1);
      for (let b = 0; b < p; b++) y.set(b, k, (lambda[b] as number) * phi.get(f, factorOf[b] as number));
      c[k] = 1;
    });
    phiPairs.forEach(([f, g], j) => {
      const k = freeLoadings.length + j;
      const a = onFactor(f);
      const b = onFactor(g);
      for (let r = 0; r < p; r++) {
        x.set(r, k, a[r] as number);
        y.set(r, k, b[r] as number);
      }
      c[k] = f === g ? 0.5 : 1;
    });
    for (let i = 0; i < p; i++) {
      const k = freeLoadings.length + phiPairs.length + i;
      x.set(i, k, 1);
      y.set(i, k, 1);
      c[k] = 0.5;
    }
    return { x, y, c };
  };

  let t = theta0;
  let sigma = implied(t);
  let f = discrepancy(sigma);
  let converged = false;
  let iterations = 0;
  for (; iterations < DEFAULTS.cfaMaxIterations && Number.isFinite(f); iterations++) {
    const w = inverse(sigma);
    const { x, y, c } = rankTwo(t);
    const wx = w.mmul(x);
    const wy = w.mmul(y);
    const xx = x.transpose().mmul(wx);
    const xy = x.transpose().mmul(wy);
    const yy = y.transpose().mmul(wy);
    const r = w.mmul(Matrix.sub(sigma, s)).mmul(w);
    const ry = r.mmul(y);
    const gradient = new Matrix(q, 1);
    const hessian = new Matrix(q, q);
    for (let k = 0; k < q; k++) {
      let g = 0;
      for (let a = 0; a < p; a++) g += x.get(a, k) * ry.get(a, k);
      gradient.set(k, 0, 2 * (c[k] as number) * g);
      for (let l = 0; l <= k; l++) {
        const h = 2 * (c[k] as number) * (c[l] as number) * (xy.get(k, l) * xy.get(l, k) + xx.get(k, l) * yy.get(k, l));
        hessian.set(k, l, h);
        hessian.set(l, k, h);
      }
    }
    const chol = new CholeskyDecomposition(hessian);
    if (!chol.isPositiveDefinite()) break;
    const step = chol.solve(gradient).mul(-1).to1DArray();
    // Near the minimum F changes by less than its own rounding, so comparing F cannot judge a step:
    // there the quadratic model is trusted and the full scoring step is taken.
    const predicted = -step.reduce((acc, v, k) => acc + v * gradient.get(k, 0), 0);
    let next = t;
    let nextSigma = sigma;
    let nextF = f;
    for (let halvings = 0, alpha = 1; halvings < 40; halvings++, alpha /= 2) {
      const candidate = Float64Array.from(t, (v, k) => v + alpha * (step[k] as number));
      const candidateSigma = implied(candidate);
      const candidateF = discrepancy(candidateSigma);
      if (candidateF <= f || (halvings === 0 && Number.isFinite(candidateF) && predicted < 1e-12 * Math.max(1, f))) {
        next = candidate;
        nextSigma = candidateSigma;
        nextF = candidateF;
        break;
      }
    }
    const largestStep = Math.max(...step.map((v, k) => Math.abs(v) / Math.max(1, Math.abs(t[k] as number))));
    const moved = next !== t;
    t = next;
    sigma = nextSigma;
    f = nextF;
    if (largestStep < DEFAULTS.cfaTolerance) {
      converged = true;
      iterations++;
      break;
    }
    if (!moved) break;
  }
  const { lambda, phi, resid } = unpack(t);
  return { converged, iterations, loadings: lambda, phi, theta: resid, implied: sigma, fmin: f, parameters: q };
}
