import { Matrix } from 'ml-matrix';

/**
 * The heterotrait–monotrait ratio of correlations of two constructs (Henseler, Ringle & Sarstedt
 * 2015): the mean correlation between items of different constructs, over the geometric mean of the
 * mean correlations among items of the same construct. Absolute correlations are used, as in
 * `semTools::htmt(absolute = TRUE)`, so that a construct scored in the other direction does not hide
 * how close two constructs are.
 *
 * @param covariance - the items' covariance (or correlation) matrix, as an ml-matrix `Matrix` or rows of numbers
 * @param a - indices of the first construct's items (two or more)
 * @param b - indices of the second construct's items (two or more)
 * @returns the ratio; values near 1 mean the two are not measured as separate things
 *
 * @example
 * // Items 0–1 correlate .6 with each other, items 2–3 .5, and across constructs .3:
 * // .3 / √(.6 × .5) = 0.5477…
 * const r = [[1, 0.6, 0.3, 0.3], [0.6, 1, 0.3, 0.3], [0.3, 0.3, 1, 0.5], [0.3, 0.3, 0.5, 1]];
 * Number(htmt(r, [0, 1], [2, 3]).toFixed(6))
 * //=> 0.547723
 */
export function htmt(covariance: Matrix | number[][], a: readonly number[], b: readonly number[]): number {
  const c = Matrix.isMatrix(covariance) ? covariance : new Matrix(covariance);
  const r = (i: number, j: number) => Math.abs(c.get(i, j) / Math.sqrt(c.get(i, i) * c.get(j, j)));
  const within = (items: readonly number[]) => {
    let sum = 0;
    let count = 0;
    for (let x = 0; x < items.length; x++) {
      for (let y = x + 1; y < items.length; y++) {
        sum += r(items[x] as number, items[y] as number);
        count++;
      }
    }
    return sum / count;
  };
  let across = 0;
  for (const i of a) for (const j of b) across += r(i, j);
  across /= a.length * b.length;
  return across / Math.sqrt(within(a) * within(b));
}
