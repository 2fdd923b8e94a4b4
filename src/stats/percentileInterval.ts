/**
 * The percentile bootstrap interval (Efron & Tibshirani 1993, §13.3): the (1 − level)/2 and
 * (1 + level)/2 quantiles of the replicates' estimates, each by linear interpolation between order
 * statistics (R's `quantile(x, type = 7)`, its default). Replicates where the estimate is undefined
 * (`null`, NaN) are left out; with fewer than half of them defined there is no interval.
 *
 * @param values - one estimate per replicate
 * @param level - the coverage, default 0.95
 * @returns `[lo, hi]`, or `null`
 *
 * @example
 * percentileInterval([1, 2, 3, 4, 5], 0.5) // quantiles .25 and .75 of 1…5
 * //=> [2, 4]
 */
export function percentileInterval(values: ReadonlyArray<number | null>, level = 0.95): [number, number] | null {
  const known = values.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (known.length === 0 || known.length * 2 < values.length) return null;
  const at = (q: number): number => {
    const h = (known.length - 1) * q;
    const lo = Math.floor(h);
    const a = known[lo] as number;
    const b = known[Math.min(known.length - 1, lo + 1)] as number;
    return a + (h - lo) * (b - a);
  };
  return [at((1 - level) / 2), at((1 + level) / 2)];
}
