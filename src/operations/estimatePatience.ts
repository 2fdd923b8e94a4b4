import { ServqualError } from '../errors.js';
import type { CallIndicators } from '../report/CallsReportSchema.js';

/**
 * Callers' mean patience in seconds, estimated from a call log for Erlang A: the mean wait of all
 * calls divided by the abandonment rate, θ̂ = P(abandon) / E[wait] (Mandelbaum & Zeltyn 2007; Brown et
 * al. 2005) — which is the total time all callers waited over the number who hung up. With
 * exponential patience, E[wait] = P(abandon)/θ holds exactly, so the estimate needs no model of the
 * queue.
 *
 * @param calls - a group's indicators (e.g. a calls report's `overall`): answered and abandoned
 *   counts, ASA and the mean time to abandon
 * @returns the mean patience, in seconds
 * @throws {ServqualError} `E_NO_DATA` when no call was abandoned (patience cannot be estimated)
 * @example
 * // 90 answered after 20 s on average, 10 hung up after 50 s: (90 × 20 + 10 × 50) / 10
 * estimatePatience({ answered: 90, abandoned: 10, asa: 20, meanTimeToAbandon: 50 })
 * //=> 230
 */
export function estimatePatience(calls: Pick<CallIndicators, 'answered' | 'abandoned' | 'asa' | 'meanTimeToAbandon'>): number {
  const { answered, abandoned } = calls;
  if (abandoned === 0 || calls.meanTimeToAbandon === null)
    throw new ServqualError('E_NO_DATA', 'estimatePatience: no call was abandoned, so the patience cannot be estimated; give it (--patience SECONDS)');
  return (answered * (calls.asa ?? 0) + abandoned * calls.meanTimeToAbandon) / abandoned;
}
