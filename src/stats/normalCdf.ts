import tCdf from '@stdlib/stats-base-dists-t-cdf';

/**
 * Degrees of freedom at which Student's t is the standard normal to double precision: the t
 * distribution tends to the normal as df grows, and stdlib's t CDF at 1e300 matches R's `pnorm` to
 * 1e-12 (test/outcomes.test.ts checks it against R), which spares a second special-function package.
 */
const NORMAL_DF = 1e300;

/**
 * The standard normal distribution function Φ(x), as R's `pnorm(x)`.
 *
 * @param x - a z value
 * @returns P(Z ≤ x)
 *
 * @example
 * normalCdf(-1.959963984540054) // the lower 2.5% point
 * //=> 0.025000000000000015
 */
export function normalCdf(x: number): number {
  return tCdf(x, NORMAL_DF);
}

/** The 97.5% point of the standard normal, R's `qnorm(0.975)`: the z of a two-sided 95% interval. */
export const Z_975 = 1.959963984540054;
