import type { CallIndicators, CallTarget } from '../report/CallsReportSchema.js';
import type { CallGroupMoments } from './callGroup.js';
import { checkCallTarget, metricValue } from './callTargets.js';
import { serviceLevels } from './serviceLevels.js';

const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

/**
 * The indicators of a group of calls, from its moments: offered = answered + abandoned;
 * abandonmentRate = abandoned / offered; asa = total wait of answered calls / answered (the mean of
 * their waits); aht = total handle time / answered; answeredWithinRings = answered within the ring
 * limit / answered with a ring count; the five service levels; and each target's verdict.
 *
 * @param m - the group's moments
 * @param targets - the control targets, judged in order
 */
export function callGroupIndicators(m: CallGroupMoments, targets: readonly CallTarget[]): CallIndicators {
  const answered = m.answeredWait.n;
  const abandoned = m.abandonedWait.n;
  const counts = {
    answeredWithin: m.answeredWithin.n,
    abandonedWithin: m.abandonedWithin.n,
    abandonedShort: m.abandonedShort.n,
    answeredWithRings: m.answeredWithRings.n,
    answeredWithinRings: m.answeredWithinRings.n,
  };
  const values = {
    offered: answered + abandoned,
    answered,
    abandoned,
    abandonmentRate: ratio(abandoned, answered + abandoned),
    asa: answered > 0 ? (m.answeredWait.mean[0] as number) : null,
    aht: m.handle.n > 0 ? (m.handle.mean[0] as number) : null,
    answeredWithinRings: ratio(counts.answeredWithinRings, counts.answeredWithRings),
    meanTimeToAbandon: abandoned > 0 ? (m.abandonedWait.mean[0] as number) : null,
    serviceLevels: serviceLevels({ answered, abandoned, ...counts }),
    counts,
  };
  return { ...values, targets: targets.map((t) => checkCallTarget(t, metricValue(values, t.metric))) };
}
