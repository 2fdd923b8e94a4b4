/**
 * Pearson's correlation coefficient of paired values: Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²), by
 * two passes (the means first), which keeps it exact to rounding for values far from zero.
 *
 * @param x - the first values
 * @param y - the second values, paired with `x` by position (the same length)
 * @returns r in [−1, 1], or `null` with fewer than two pairs or when either side does not vary
 * @example
 * // R: cor(c(1, 2, 3, 4), c(2, 4, 5, 9)) is 0.964763821237732
 * Math.round(pearson([1, 2, 3, 4], [2, 4, 5, 9]) * 1e12) / 1e12
 * //=> 0.964763821238
 */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = Math.min(x.length, y.length);
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
