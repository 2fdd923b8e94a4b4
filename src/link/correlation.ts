import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { Z_975 as Z95 } from '../stats/normalCdf.js';

/** How two measures move together across units. */
export interface Correlation {
  /** Units with both values. */
  units: number;
  /** Pearson's r (weighted where weights are given); `null` under 3 units or without spread. */
  r: number | null;
  /** Spearman's ρ: Pearson's r of the ranks (ties share their mean rank); `null` as r. */
  rho: number | null;
  /** Fisher-z 95% interval of r, tanh(atanh r ± 1.96/√(units − 3)); `null` under 4 units. */
  ci95: [number, number] | null;
  /** Two-sided p of r = 0, from t = r·√((units − 2)/(1 − r²)) on units − 2 df. */
  p: number | null;
  /** The least-squares slope of y on x (weighted where weights are given): y's change per unit of x. */
  slope: number | null;
}

/** Mean ranks, 1-based; tied values share the mean of the ranks they span. */
export function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
    for (let k = i; k <= j; k++) out[order[k]?.[1] as number] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Weighted means, covariance and variances of two series. */
function moments(xs: readonly number[], ys: readonly number[], ws: readonly number[]) {
  let sw = 0;
  let mx = 0;
  let my = 0;
  xs.forEach((x, i) => {
    const w = ws[i] as number;
    sw += w;
    mx += w * x;
    my += w * (ys[i] as number);
  });
  mx /= sw;
  my /= sw;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const w = ws[i] as number;
    const dx = x - mx;
    const dy = (ys[i] as number) - my;
    sxy += w * dx * dy;
    sxx += w * dx * dx;
    syy += w * dy * dy;
  });
  return { sxy, sxx, syy };
}

const pearson = (xs: readonly number[], ys: readonly number[], ws: readonly number[]): number | null => {
  const { sxy, sxx, syy } = moments(xs, ys, ws);
  return sxx > 0 && syy > 0 ? Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))) : null;
};

/**
 * Pearson's r, Spearman's ρ, the Fisher-z interval, the t-test p and the least-squares slope of y
 * on x across units: R's `cor.test(x, y)` (its estimate, conf.int and p.value) and
 * `cor.test(x, y, method = "spearman")$estimate`. With weights (one per unit, such as its
 * respondents), r, ρ and the slope are weighted; the interval and p still count units.
 *
 * @param xs - one value per unit
 * @param ys - one value per unit, in the same order
 * @param weights - optional, one positive weight per unit
 * @returns the correlation; figures it cannot give are `null`
 *
 * @example
 * const c = correlation([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]);
 * [c.r, c.rho, c.slope]
 * //=> [0.8, 0.8, 0.8]
 */
export function correlation(xs: readonly number[], ys: readonly number[], weights?: readonly number[]): Correlation {
  const units = xs.length;
  const ws = weights ?? xs.map(() => 1);
  if (units < 3) return { units, r: null, rho: null, ci95: null, p: null, slope: null };
  const r = pearson(xs, ys, ws);
  const rho = pearson(ranks(xs), ranks(ys), ws);
  const { sxy, sxx } = moments(xs, ys, ws);
  const slope = sxx > 0 ? sxy / sxx : null;
  let ci95: [number, number] | null = null;
  let p: number | null = null;
  if (r !== null) {
    if (units > 3 && Math.abs(r) < 1) {
      const z = Math.atanh(r);
      const half = Z95 / Math.sqrt(units - 3);
      ci95 = [Math.tanh(z - half), Math.tanh(z + half)];
    }
    const df = units - 2;
    p = Math.abs(r) === 1 ? 0 : Math.min(1, 2 * tCdf(-Math.abs(r * Math.sqrt(df / (1 - r * r))), df));
  }
  return { units, r, rho, ci95, p, slope };
}
