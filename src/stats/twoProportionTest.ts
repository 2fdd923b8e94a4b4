import { normalCdf, Z_975 } from './normalCdf.js';
import type { WaveDifference } from './WaveDifference.js';

/**
 * Two independent proportions compared, p₂ − p₁, as R's `prop.test(c(x2, x1), c(n2, n1), correct = FALSE)`:
 * the z test with the pooled proportion p̄ = (x₁ + x₂)/(n₁ + n₂), `z = (p₂ − p₁) / √(p̄(1 − p̄)(1/n₁ + 1/n₂))`
 * (z² is prop.test's X-squared), and the Wald 95% interval with the unpooled
 * `se = √(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂)` (prop.test's conf.int).
 *
 * @param x1 - successes of the earlier sample
 * @param n1 - its size
 * @param x2 - successes of the later sample
 * @param n2 - its size
 * @returns the difference and its test (`null` fields where a sample is empty or both are all alike)
 *
 * @example
 * twoProportionTest(30, 50, 40, 50).p.toFixed(5) // prop.test(c(40, 30), c(50, 50), correct = FALSE)$p.value
 * //=> '0.02910'
 */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): WaveDifference {
  if (!(n1 > 0 && n2 > 0)) return { difference: null, se: null, statistic: null, df: null, p: null, ci95: null };
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const difference = p2 - p1;
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const ci95: [number, number] = [difference - Z_975 * se, difference + Z_975 * se];
  const pooled = (x1 + x2) / (n1 + n2);
  const seTest = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(seTest > 0)) return { difference, se, statistic: null, df: null, p: null, ci95 };
  const statistic = difference / seTest;
  return { difference, se, statistic, df: null, p: Math.min(1, 2 * normalCdf(-Math.abs(statistic))), ci95 };
}
