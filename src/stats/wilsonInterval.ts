import { ServqualError } from '../errors.js';
import { Z_975 } from './normalCdf.js';

/**
 * The Wilson score interval of a proportion (Wilson 1927): the set of p for which the score test of
 * x successes in n trials does not reject at the level of `z`. Unlike the Wald interval p̂ ± z·√(p̂(1 − p̂)/n)
 * it stays inside [0, 1] and keeps its coverage when p̂ is 0 or 1 or n is small, which is where audits
 * of service standards often are. It is R's `prop.test(x, n, correct = FALSE)$conf.int`.
 *
 * Definition: with p̂ = x/n, centre = (x + z²/2) / (n + z²) and half-width
 * z / (n + z²) · √(x(n − x)/n + z²/4); the interval is centre ∓ half-width.
 *
 * @param x - successes (passed observations), 0 ≤ x ≤ n
 * @param n - trials (observations)
 * @param z - the normal quantile; default Φ⁻¹(0.975), a 95% interval
 * @returns [low, high], or `null` when n is 0
 * @throws {ServqualError} `E_INVALID_OPTION` when x is not between 0 and n
 * @example
 * // 8 of 10: R's prop.test(8, 10, correct = FALSE)$conf.int is 0.4901625 0.9433178
 * wilsonInterval(8, 10)?.map((v) => Math.round(v * 1e7) / 1e7)
 * //=> [0.4901625, 0.9433178]
 */
export function wilsonInterval(x: number, n: number, z: number = Z_975): [number, number] | null {
  if (!(x >= 0 && x <= n)) throw new ServqualError('E_INVALID_OPTION', `wilsonInterval: ${x} successes out of ${n}`);
  if (!(n > 0)) return null;
  const z2 = z * z;
  const centre = (x + z2 / 2) / (n + z2);
  const half = (z / (n + z2)) * Math.sqrt((x * (n - x)) / n + z2 / 4);
  // At x = 0 or x = n the end is 0 or 1 exactly; rounding must not put it a hair outside.
  return [x === 0 ? 0 : Math.max(0, centre - half), x === n ? 1 : Math.min(1, centre + half)];
}
