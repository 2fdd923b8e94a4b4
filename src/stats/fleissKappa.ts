/** Observers' agreement on a set of subjects: percent agreement and Fleiss' κ. */
export interface Agreement {
  /** Subjects rated at least twice (the others say nothing about agreement). */
  subjects: number;
  /** Ratings of those subjects. */
  ratings: number;
  /** P̄: the mean, over subjects, of the share of pairs of ratings that agree; `null` with no subjects. */
  percentAgreement: number | null;
  /** Fleiss' κ = (P̄ − P̄ₑ) / (1 − P̄ₑ); `null` with no subjects, or when every rating falls in one category (P̄ₑ = 1). */
  kappa: number | null;
}

/**
 * Fleiss' κ (Fleiss 1971) for any number of observers rating subjects into categories: how much more
 * the observers agree than they would by chance. Each row of `counts` is a subject, each column a
 * category, each cell how many ratings put the subject there. Subjects rated fewer than twice are left
 * out. For subject i with nᵢ ratings, Pᵢ = (Σⱼ nᵢⱼ² − nᵢ) / (nᵢ(nᵢ − 1)) is the share of agreeing pairs;
 * P̄ is their mean (the percent agreement); pⱼ = Σᵢ nᵢⱼ / Σᵢ nᵢ and P̄ₑ = Σⱼ pⱼ². With the same number of
 * ratings per subject this is Fleiss' statistic exactly; with differing numbers, the usual extension
 * that averages the subjects' Pᵢ.
 *
 * @param counts - subjects × categories, counts of ratings
 * @returns subjects, ratings, percent agreement and κ
 * @example
 * // Two observers (pass, fail) agree on 4 of 5 visits: P̄ = 4/5; p = (5/10, 5/10), P̄ₑ = 0.5, κ = (0.8 − 0.5) / 0.5 = 0.6
 * const a = fleissKappa([[2, 0], [0, 2], [2, 0], [0, 2], [1, 1]]);
 * [a.percentAgreement, Math.round(a.kappa * 1e12) / 1e12]
 * //=> [0.8, 0.6]
 */
export function fleissKappa(counts: ReadonlyArray<readonly number[]>): Agreement {
  const rated = counts.filter((row) => row.reduce((s, c) => s + c, 0) >= 2);
  if (rated.length === 0) return { subjects: 0, ratings: 0, percentAgreement: null, kappa: null };
  const categories = Math.max(...rated.map((r) => r.length));
  const totals = new Array<number>(categories).fill(0);
  let ratings = 0;
  let pSum = 0;
  for (const row of rated) {
    let n = 0;
    let squares = 0;
    row.forEach((c, j) => {
      n += c;
      squares += c * c;
      totals[j] = (totals[j] as number) + c;
    });
    ratings += n;
    pSum += (squares - n) / (n * (n - 1));
  }
  const pBar = pSum / rated.length;
  let pe = 0;
  for (const t of totals) pe += (t / ratings) ** 2;
  return { subjects: rated.length, ratings, percentAgreement: pBar, kappa: pe >= 1 ? null : (pBar - pe) / (1 - pe) };
}
