import { ServqualError } from '../errors.js';

/**
 * The deviations an update or merge works on, shared by every accumulator (a thread runs one at a
 * time): an analyzer holds tens of thousands of CoMoments, and a scratch array each was a third of
 * their allocation.
 */
let scratch = new Float64Array(64);

/** {@link scratch}, at least k long. */
function scratchOf(k: number): Float64Array {
  if (scratch.length < k) scratch = new Float64Array(k);
  return scratch;
}

/** The serialised form of a {@link CoMoments} accumulator. */
export interface CoMomentsJSON {
  k: number;
  n: number;
  mean: number[];
  /** Upper triangle of the co-moment matrix, row by row (k(k+1)/2 values). */
  c: number[];
}

/**
 * Streaming means and co-moments of k variables (the sufficient statistics of a covariance matrix).
 *
 * Updates are Welford's, generalised to co-moments: `C += (x − m_old)(x − m_new)ᵀ`; merging uses
 * Chan, Golub & LeVeque's (1979) pairwise formula, `C = C_a + C_b + δδᵀ n_a n_b / n`, so shards can be
 * combined in any grouping. Memory is O(k²) whatever the number of rows.
 */
export class CoMoments {
  /** Number of variables. */
  readonly k: number;
  /** Number of observations added. */
  n = 0;
  /** Running means. */
  readonly mean: Float64Array;
  /** Co-moments Σ(x_i − m_i)(x_j − m_j), upper triangle packed row by row. */
  readonly c: Float64Array;

  constructor(k: number) {
    if (!Number.isInteger(k) || k < 1) throw new ServqualError('E_INVALID_OPTION', `CoMoments: k must be a positive integer, got ${k}`);
    this.k = k;
    this.mean = new Float64Array(k);
    this.c = new Float64Array((k * (k + 1)) / 2);
  }

  /**
   * Adds one observation of all k variables, read from `x` starting at `offset` (none may be NaN:
   * callers decide which rows qualify). The offset lets callers pass a slice of a larger row without
   * allocating a view for it.
   */
  add(x: ArrayLike<number>, offset = 0): void {
    const { k, mean, c } = this;
    const delta = scratchOf(k);
    const n = ++this.n;
    for (let i = 0; i < k; i++) {
      const d = (x[offset + i] as number) - (mean[i] as number);
      delta[i] = d;
      mean[i] = (mean[i] as number) + d / n;
    }
    let p = 0;
    for (let i = 0; i < k; i++) {
      const di = delta[i] as number;
      for (let j = i; j < k; j++) {
        c[p] = (c[p] as number) + di * ((x[offset + j] as number) - (mean[j] as number));
        p++;
      }
    }
  }

  /**
   * Adds one observation of three variables (k = 3) without an array — the hot path of paired
   * comparisons ([base, P, P − base]); the same arithmetic as {@link add}, unrolled.
   */
  add3(x0: number, x1: number, x2: number): void {
    const n = ++this.n;
    const m = this.mean;
    const c = this.c;
    const d0 = x0 - (m[0] as number);
    const d1 = x1 - (m[1] as number);
    const d2 = x2 - (m[2] as number);
    const m0 = (m[0] as number) + d0 / n;
    const m1 = (m[1] as number) + d1 / n;
    const m2 = (m[2] as number) + d2 / n;
    m[0] = m0;
    m[1] = m1;
    m[2] = m2;
    const e0 = x0 - m0;
    const e1 = x1 - m1;
    const e2 = x2 - m2;
    c[0] = (c[0] as number) + d0 * e0;
    c[1] = (c[1] as number) + d0 * e1;
    c[2] = (c[2] as number) + d0 * e2;
    c[3] = (c[3] as number) + d1 * e1;
    c[4] = (c[4] as number) + d1 * e2;
    c[5] = (c[5] as number) + d2 * e2;
  }

  /** Adds one observation of a single variable (k = 1), without an array. */
  add1(x: number): void {
    const n = ++this.n;
    const m = this.mean[0] as number;
    const d = x - m;
    const m2 = m + d / n;
    this.mean[0] = m2;
    this.c[0] = (this.c[0] as number) + d * (x - m2);
  }

  /** Folds another accumulator of the same k into this one; returns `this`. */
  merge(other: CoMoments): this {
    if (other.k !== this.k) throw new ServqualError('E_INVALID_STATE', `CoMoments.merge: k differs (${this.k} vs ${other.k})`);
    if (other.n === 0) return this;
    if (this.n === 0) {
      this.n = other.n;
      this.mean.set(other.mean);
      this.c.set(other.c);
      return this;
    }
    const { k, mean, c } = this;
    const delta = scratchOf(k);
    const na = this.n;
    const nb = other.n;
    const n = na + nb;
    for (let i = 0; i < k; i++) {
      const d = (other.mean[i] as number) - (mean[i] as number);
      delta[i] = d;
      mean[i] = (mean[i] as number) + (d * nb) / n;
    }
    const f = (na * nb) / n;
    let p = 0;
    for (let i = 0; i < k; i++) {
      for (let j = i; j < k; j++) {
        c[p] = (c[p] as number) + (other.c[p] as number) + (delta[i] as number) * (delta[j] as number) * f;
        p++;
      }
    }
    this.n = n;
    return this;
  }

  /** The co-moment Σ(x_i − m_i)(x_j − m_j). */
  comoment(i: number, j: number): number {
    const [a, b] = i <= j ? [i, j] : [j, i];
    return this.c[a * this.k - (a * (a - 1)) / 2 + (b - a)] as number;
  }

  /** Sample covariance (denominator n − 1); `NaN` when n < 2. */
  covariance(i: number, j: number): number {
    return this.n < 2 ? Number.NaN : this.comoment(i, j) / (this.n - 1);
  }

  /** Sample variance (denominator n − 1); `NaN` when n < 2. */
  variance(i: number): number {
    return this.covariance(i, i);
  }

  toJSON(): CoMomentsJSON {
    return { k: this.k, n: this.n, mean: Array.from(this.mean), c: Array.from(this.c) };
  }

  /** Restores an accumulator from {@link CoMoments.toJSON}. */
  static fromJSON(json: CoMomentsJSON): CoMoments {
    // sizes first: a hostile k must not allocate k(k + 1)/2 doubles before it is found wrong
    if (!Number.isInteger(json.k) || json.k < 1 || json.mean.length !== json.k || json.c.length !== (json.k * (json.k + 1)) / 2 || !(json.n >= 0)) {
      throw new ServqualError('E_INVALID_STATE', `CoMoments.fromJSON: inconsistent sizes for k = ${json.k}`);
    }
    const out = new CoMoments(json.k);
    out.n = json.n;
    out.mean.set(json.mean);
    out.c.set(json.c);
    return out;
  }
}
