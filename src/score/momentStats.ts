import { adjustPValues, type PAdjustMethod } from '../stats/adjustPValues.js';
import type { CoMoments } from '../stats/CoMoments.js';
import { tTestFromMoments } from '../stats/tTestFromMoments.js';
import type { Stat, TestedStat } from '../stats/types.js';

/** Mean, sd and n of variable i of an accumulator. */
export function statOf(m: CoMoments, i = 0): Stat {
  return { n: m.n, mean: m.n === 0 ? null : (m.mean[i] as number), sd: m.n < 2 ? null : Math.sqrt(Math.max(0, m.variance(i))) };
}

/**
 * The paired test of a comparison accumulator ([base, P, P − base]): the mean is P̄ − base̅ of the same
 * respondents, so gap.mean = perception.mean − expectation.mean exactly; the variance is that of P − base.
 */
export function pairedTest(m: CoMoments): TestedStat {
  return tTestFromMoments(m.n, (m.mean[1] as number) - (m.mean[0] as number), m.variance(2));
}

/** The tests with `pAdjusted` set by adjusting their p-values together, as one family. */
export function withAdjusted(tests: TestedStat[], method: PAdjustMethod): TestedStat[] {
  const adjusted = adjustPValues(
    tests.map((t) => t.p),
    method,
  );
  return tests.map((t, i) => ({ ...t, pAdjusted: adjusted[i] ?? null }));
}

/** The one-sample t-test of variable 0 against zero. */
export const oneSample = (m: CoMoments): TestedStat => tTestFromMoments(m.n, m.mean[0] as number, m.variance(0));

/** The difference variable of a comparison block ([base, P, P − base]) as a statistic: mean P̄ − base̅, sd of P − base. */
export function differenceStat(m: CoMoments): Stat {
  return { n: m.n, mean: m.n === 0 ? null : (m.mean[1] as number) - (m.mean[0] as number), sd: m.n < 2 ? null : Math.sqrt(Math.max(0, m.variance(2))) };
}
