import { ServqualError } from '../errors.js';

/** z for a two-sided 95% interval: the 0.975 quantile of the standard normal. */
export const Z95 = 1.959963984540054;

/**
 * The Wilson score interval of a proportion (Wilson 1927): the values of p whose score test of
 * `successes` out of `n` is not rejected at the 5% level. Unlike the Wald interval p̂ ± z·√(p̂(1 − p̂)/n)
 * it stays inside 0–1 and does not collapse to a point at 0% or 100%. It is R's
 * `prop.test(x, n, correct = FALSE)$conf.int`.
 *
 * centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z·√(p̂(1 − p̂)/n + z²/4n²) / (1 + z²/n).
 *
 * @param successes - how many of the n are counted (satisfied, say)
 * @param n - how many there are; 0 gives `null`
 * @returns `[lo, hi]`, or `null` when n is 0
 * @throws {ServqualError} `E_INVALID_OPTION` when successes is not between 0 and n
 *
 * @example
 * wilsonInterval(8, 10).map((x) => x.toFixed(4))
 * //=> ['0.4902', '0.9433']
 */
export function wilsonInterval(successes: number, n: number): [number, number] | null {
  if (!(successes >= 0 && successes <= n)) throw new ServqualError('E_INVALID_OPTION', `wilsonInterval: ${successes} successes out of ${n}`);
  if (n === 0) return null;
  const p = successes / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
