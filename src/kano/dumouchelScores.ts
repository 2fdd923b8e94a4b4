import type { CoMoments } from '../stats/CoMoments.js';
import { tTestFromMoments } from '../stats/tTestFromMoments.js';
import type { KanoAnswer } from './kanoEvaluation.js';

/** DuMouchel's functional scale: answers 1–5 score 4, 2, 0, −1, −2. */
export const DUMOUCHEL_FUNCTIONAL: readonly number[] = [4, 2, 0, -1, -2];

/** DuMouchel's dysfunctional scale: answers 1–5 score −2, −1, 0, 2, 4. */
export const DUMOUCHEL_DYSFUNCTIONAL: readonly number[] = [-2, -1, 0, 2, 4];

/** The mean of a continuous Kano score, with its 95% confidence interval. */
export interface KanoScore {
  mean: number | null;
  sd: number | null;
  /** mean ± t_{.975, n − 1}·sd/√n; `null` when n < 2. */
  ci95: [number, number] | null;
}

/**
 * One respondent's continuous Kano scores (DuMouchel, in Berger et al. 1993): the functional answer on
 * the scale 4, 2, 0, −1, −2 and the dysfunctional answer on −2, −1, 0, 2, 4, so that "I like it"
 * with the attribute and "I dislike it" without it both score 4. The means of the two place an
 * attribute on a plane (functional up, dysfunctional across) whatever the category counts say.
 *
 * @param functional - the functional answer, 1–5
 * @param dysfunctional - the dysfunctional answer, 1–5
 * @returns [functional score, dysfunctional score]
 *
 * @example
 * dumouchelScores(1, 5) // one-dimensional: 4 both ways
 * //=> [4, 4]
 */
export function dumouchelScores(functional: KanoAnswer, dysfunctional: KanoAnswer): [number, number] {
  return [DUMOUCHEL_FUNCTIONAL[functional - 1] as number, DUMOUCHEL_DYSFUNCTIONAL[dysfunctional - 1] as number];
}

/**
 * The mean of variable `i` of the scores' moments, with a t-based 95% confidence interval (as R's
 * `t.test(x)$conf.int`).
 *
 * @param moments - co-moments of [functional, dysfunctional] scores
 * @param i - 0 for functional, 1 for dysfunctional
 *
 * @example
 * const m = new CoMoments(2);
 * for (const [f, d] of [[1, 5], [2, 5], [1, 3]]) m.add(dumouchelScores(f, d));
 * kanoScore(m, 0).mean // (4 + 2 + 4) / 3
 * //=> 10 / 3
 */
export function kanoScore(moments: CoMoments, i: 0 | 1): KanoScore {
  if (moments.n === 0) return { mean: null, sd: null, ci95: null };
  const t = tTestFromMoments(moments.n, moments.mean[i] as number, moments.variance(i));
  return { mean: t.mean, sd: t.sd, ci95: t.ci95 };
}
