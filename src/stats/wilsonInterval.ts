import { Z_975 } from './normalCdf.js';

/**
 * The Wilson (1927) score interval of a proportion, 95%: the p whose score test against x of n is not
 * rejected, `(p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n)` with z = Φ⁻¹(0.975). It is R's
 * `prop.test(x, n, correct = FALSE)$conf.int`, and stays inside [0, 1] even at p̂ = 0 or 1, where
 * the Wald interval collapses to a point (Agresti & Coull 1998; Newcombe 1998).
 *
 * @param x - successes
 * @param n - trials
 * @returns `[lower, upper]`, or `null` for n = 0
 *
 * @example
 * wilsonInterval(7, 10).map((b) => b.toFixed(4)) // prop.test(7, 10, correct = FALSE)
 * //=> ['0.3968', '0.8922']
 */
export function wilsonInterval(x: number, n: number): [number, number] | null {
  if (!(n > 0)) return null;
  const p = x / n;
  const z2 = Z_975 * Z_975;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z_975 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  // At x = 0 (x = n) the lower (upper) bound is 0 (1) exactly; the formula leaves a rounding residue.
  return [x <= 0 ? 0 : Math.max(0, centre - half), x >= n ? 1 : Math.min(1, centre + half)];
}
