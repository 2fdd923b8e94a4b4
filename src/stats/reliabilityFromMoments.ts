import type { CoMoments } from './CoMoments.js';

const RELATIVE_EPSILON = 1e-10;

/** Item-level reliability: corrected item–total correlation and alpha without the item. */
export interface ItemReliability {
  id: string;
  /** Correlation of the item with the sum of the other items (psych's `r.drop`). */
  rDrop: number | null;
  /** Raw alpha of the scale without this item (psych's `alpha.drop$raw_alpha`). */
  alphaIfDeleted: number | null;
}

/** Cronbach's alpha of one scale, with item statistics. */
export interface Reliability {
  /** Respondents used (listwise: every item present). */
  n: number;
  /** Raw alpha, k/(k − 1)·(1 − Σσ²_i / σ²_total). */
  alpha: number | null;
  /** Alpha of the standardised items, k·r̄ / (1 + (k − 1)·r̄). */
  standardizedAlpha: number | null;
  items: ItemReliability[];
}

/**
 * Cronbach's (1951) alpha and item statistics from the co-moments of a scale's items, as
 * R's `psych::alpha` reports them (`raw_alpha`, `std.alpha`, `r.drop`, `alpha.drop$raw_alpha`).
 * Undefined values (fewer than 2 items or 2 respondents, zero variance) are `null`.
 *
 * @param moments - co-moments of the k items over the respondents used
 * @param ids - the k item ids, in the same order
 */
export function reliabilityFromMoments(moments: CoMoments, ids: readonly string[]): Reliability {
  return reliabilityFromCovariance((i, j) => moments.covariance(i, j), moments.k, moments.n, ids);
}

/**
 * The same statistics from any item covariance matrix — e.g. a pairwise-complete one, as
 * `psych::alpha(x)` uses when x has missing values.
 *
 * @param cov - the sample covariance of items i and j
 * @param k - number of items
 * @param n - the respondent count to report (needs ≥ 2 for anything to be defined)
 * @param ids - the k item ids
 */
export function reliabilityFromCovariance(cov: (i: number, j: number) => number, k: number, n: number, ids: readonly string[]): Reliability {
  const items: ItemReliability[] = ids.map((id) => ({ id, rDrop: null, alphaIfDeleted: null }));
  if (n < 2 || k < 2) return { n, alpha: null, standardizedAlpha: null, items };

  let total = 0;
  let traceSum = 0;
  let corrSum = 0;
  let corrDefined = true;
  const rowSums = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    traceSum += cov(i, i);
    for (let j = 0; j < k; j++) {
      const c = cov(i, j);
      total += c;
      rowSums[i] = (rowSums[i] as number) + c;
      if (i !== j) {
        const denom = Math.sqrt(cov(i, i) * cov(j, j));
        if (denom > 0) corrSum += c / denom;
        else corrDefined = false;
      }
    }
  }

  // The variance of a sum is a sum of covariances, so a scale whose items cancel exactly can come out
  // as ±1e-16 instead of 0 depending on the order rows were added or merged. Below this fraction of
  // the item variances it is treated as zero: alpha is then undefined whatever the order.
  const negligible = (variance: number, scale: number): boolean => !(variance > RELATIVE_EPSILON * scale);
  // A pairwise matrix can lack a pair seen together by fewer than two respondents.
  if (!Number.isFinite(total) || !Number.isFinite(corrSum)) return { n, alpha: null, standardizedAlpha: null, items };
  const alpha = negligible(total, traceSum) ? null : (k / (k - 1)) * (1 - traceSum / total);
  const rBar = corrSum / (k * (k - 1));
  // r̄ = −1/(k − 1) (e.g. two perfectly opposed items) makes the denominator 0: undefined, not ±Infinity.
  const stdDenominator = 1 + (k - 1) * rBar;
  const standardizedAlpha = corrDefined && Math.abs(stdDenominator) > 1e-12 ? (k * rBar) / stdDenominator : null;

  for (let i = 0; i < k; i++) {
    const vi = cov(i, i);
    const covWithRest = (rowSums[i] as number) - vi;
    const restVar = total - 2 * (rowSums[i] as number) + vi;
    const restTrace = traceSum - vi;
    const item = items[i] as ItemReliability;
    const restUsable = !negligible(restVar, restTrace);
    const r = vi > 0 && restUsable ? covWithRest / Math.sqrt(vi * restVar) : null;
    // A correlation that is zero in exact arithmetic can come out as ±1e-17; snap it, so the sign
    // (which raises the "should it be reverse-keyed?" flag) does not depend on the order of rows.
    item.rDrop = r !== null && Math.abs(r) < 1e-12 ? 0 : r;
    item.alphaIfDeleted = k > 2 && restUsable ? ((k - 1) / (k - 2)) * (1 - restTrace / restVar) : null;
  }
  return { n, alpha, standardizedAlpha, items };
}
